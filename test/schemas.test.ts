// The JSON Schemas in data/schema/ must be what the zod schemas generate today.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedSchemas } from "../scripts/schemas.js";

describe("data/schema", () => {
  for (const [name, text] of Object.entries(generatedSchemas())) {
    it(`${name} is up to date (run npm run schemas if this fails)`, () => {
      expect(readFileSync(`data/schema/${name}`, "utf8")).toBe(text);
    });
  }
});
