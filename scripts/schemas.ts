/**
 * The JSON Schemas shipped in data/schema/, generated from the zod schemas (the single source of truth).
 * `npm run schemas` writes them; test/schemas.test.ts fails when a committed file is stale.
 */
import * as z from "zod/mini";
import { CanonicalScoresSchema } from "../src/audit/canonical-scores.js";
import { ManifestSchema } from "../src/audit/manifest.js";
import { CrosswalkSchema } from "../src/compare/crosswalk.js";
import { FrameworkSchema } from "../src/framework/schema.js";
import { describeFrameworkSchemas } from "../src/framework/schema-docs.js";
import { MethodSchema } from "../src/method/schema.js";
import { describeMethodSchemas } from "../src/method/schema-docs.js";
import { UncertaintySpecSchema } from "../src/uncertainty/spec.js";
import { CLI_OUTPUT_SCHEMAS } from "../src/cli/json/schemas.js";

const SCHEMAS: Record<string, z.ZodMiniType> = {
  "crosswalk.schema.json": CrosswalkSchema,
  "framework.schema.json": FrameworkSchema,
  "manifest.schema.json": ManifestSchema,
  "method.schema.json": MethodSchema,
  "scores.schema.json": CanonicalScoresSchema,
  "uncertainty.schema.json": UncertaintySpecSchema,
};

/** Each schema file's name and its exact text. */
export function generatedSchemas(): Record<string, string> {
  // The framework and method schemas carry their descriptions apart (src/*/schema-docs.ts: an app that
  // validates documents does not bundle them); the other schemas describe themselves.
  describeFrameworkSchemas();
  describeMethodSchemas();
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    // "input" describes what an author writes: fields with defaults are optional.
    const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" });
    out[name] = `${JSON.stringify({ $id: `principle10/data/schema/${name}`, ...json }, null, 2)}\n`;
  }
  // What `--format json` prints: "output" describes what a reader of the JSON receives.
  for (const [name, schema] of Object.entries(CLI_OUTPUT_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: "output", target: "draft-2020-12" });
    out[name] = `${JSON.stringify({ $id: `principle10/data/schema/${name}`, ...json }, null, 2)}\n`;
  }
  return out;
}
