/**
 * Reading a JSON document (framework, method, uncertainty spec, crosswalk) against its zod schema, turning
 * every schema failure into a {@link P10Issue} that names the JSON path. Shared by every document parser,
 * so each reports problems the same way.
 */
import type { P10ErrorCode } from "./error-codes.js";
import { en } from "zod/locales";
import type * as z from "zod/mini";
import type { $ZodError } from "zod/v4/core";
import type { P10Issue } from "./errors.js";

/** Keys that could reach an object's prototype when a document is merged or indexed naively. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Writes a JSON path such as `nodes[12].scale` from path segments.
 *
 * @param segments - property names and array indices, outermost first.
 * @returns the path; `(root)` for the empty path.
 * @example
 * ```ts
 * import { jsonPath } from "./document.js";
 * jsonPath(["nodes", 12, "scale"]); // "nodes[12].scale"
 * ```
 */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(s))) out += out ? `.${String(s)}` : String(s);
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out || "(root)";
}

/**
 * How deeply a JSON document may nest. Every document principle10 reads is shallow (a framework nests
 * about 6 levels); the limit stops a hostile document (100,000 nested arrays) before any walk of it.
 */
export const MAX_DOCUMENT_DEPTH = 64;

/**
 * Finds keys such as `__proto__`, `constructor` or `prototype` anywhere in a parsed JSON value, and nesting
 * deeper than {@link MAX_DOCUMENT_DEPTH} (`P10_DOCUMENT_TOO_DEEP`). `JSON.parse` keeps `__proto__` as an own
 * key, so a document carrying it is refused before any use. The walk is iterative (an explicit stack), so
 * no document can overflow the call stack.
 *
 * @param value - a parsed JSON value.
 * @param code - the issue code to report for a forbidden key.
 * @returns one issue per forbidden key, with its path, and one for the first place nested too deeply.
 * @example
 * ```ts
 * import { findForbiddenKeys } from "./document.js";
 * findForbiddenKeys(JSON.parse('{"a":{"__proto__":{}}}'), "P10_METHOD_FORBIDDEN_KEY")[0]?.path; // "a.__proto__"
 * findForbiddenKeys(JSON.parse("[".repeat(100) + "]".repeat(100)), "P10_METHOD_FORBIDDEN_KEY")[0]?.code; // "P10_DOCUMENT_TOO_DEEP"
 * ```
 */
export function findForbiddenKeys(value: unknown, code: P10ErrorCode): P10Issue[] {
  const issues: P10Issue[] = [];
  let tooDeep = false;
  // Each entry: a value and its path (shared prefixes are copied only as deep as the limit allows).
  const stack: { v: unknown; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: PropertyKey[] };
    if (typeof v !== "object" || v === null) continue;
    if (path.length >= MAX_DOCUMENT_DEPTH) {
      if (!tooDeep) {
        tooDeep = true;
        issues.push({
          code: "P10_DOCUMENT_TOO_DEEP",
          severity: "error",
          path: `${jsonPath(path.slice(0, 8))}…`,
          message: `the document nests more than ${MAX_DOCUMENT_DEPTH} levels deep (no principle10 document needs more)`,
        });
      }
      continue;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(v)
      ? v.map((item, i) => [i, item])
      : Object.keys(v).map((key) => [key, (v as Record<string, unknown>)[key]]);
    // Pushed in reverse so that issues come out in document order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [PropertyKey, unknown];
      if (typeof key === "string" && FORBIDDEN_KEYS.has(key)) continue;
      stack.push({ v: child, path: [...path, key] });
    }
    if (!Array.isArray(v)) {
      for (const key of Object.keys(v)) {
        if (!FORBIDDEN_KEYS.has(key)) continue;
        issues.push({
          code,
          severity: "error",
          path: jsonPath([...path, key]),
          message: `the key "${key}" is not allowed in a document (it could reach an object prototype)`,
        });
      }
    }
  }
  return issues;
}

/** Issue codes for a document kind: one for unknown keys, one for every other schema failure. */
export interface SchemaIssueCodes {
  readonly unknownKey: P10ErrorCode;
  readonly schema: P10ErrorCode;
}

/**
 * Converts zod's issues into principle10 issues with JSON paths and stable codes.
 *
 * @param error - the zod error.
 * @param codes - the codes to use.
 * @returns the issues, in zod's order.
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { schemaIssues } from "./document.js";
 * const r = z.strictObject({ a: z.number() }).safeParse({ a: 1, b: 2 });
 * if (!r.success) schemaIssues(r.error, { unknownKey: "P10_METHOD_UNKNOWN_KEY", schema: "P10_METHOD_SCHEMA" })[0]?.code; // "P10_METHOD_UNKNOWN_KEY"
 * ```
 */
export function schemaIssues(error: $ZodError, codes: SchemaIssueCodes): P10Issue[] {
  const issues: P10Issue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({
          code: codes.unknownKey,
          severity: "error",
          path: jsonPath([...issue.path, key]),
          message: `unknown key "${key}"`,
        });
      }
    } else {
      issues.push({
        code: codes.schema,
        severity: "error",
        path: jsonPath(issue.path),
        message: issue.message,
      });
    }
  }
  return issues;
}

/** zod's English messages, made once on first use: the issue texts are part of principle10's output. */
let english: z.core.$ZodErrorMap | undefined;

/**
 * Checks a parsed JSON value against a document schema. The English messages are passed with each parse
 * (zod/mini loads no locale, and an app's own `z.config` must not change principle10's messages).
 *
 * @param schema - a zod/mini schema.
 * @param json - the parsed JSON value.
 * @returns zod's result: the data, or the error with every issue.
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * const r = safeParseDocument(z.strictObject({ a: z.number() }), { a: "1" });
 * r.success ? "" : r.error.issues[0]?.message; // "Invalid input: expected number, received string"
 * ```
 */
export function safeParseDocument<S extends z.ZodMiniType>(
  schema: S,
  json: unknown,
): z.core.util.SafeParseResult<z.output<S>> {
  const error = (english ??= en().localeError);
  return schema.safeParse(json, { error }) as z.core.util.SafeParseResult<z.output<S>>;
}
