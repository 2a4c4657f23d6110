/**
 * The comparability guard: two sets of results are read side by side only when they come from the same
 * framework (id and version) and the same method, identified by content (SHA-256 of the canonical JSON of
 * the parsed method), or when a crosswalk explicitly bridges the two framework versions.
 */
import { checkKind } from "../arguments.js";
import { type CanonicalValue, canonicalJson } from "../audit/canonical-json.js";
import { sha256Hex } from "../audit/hash.js";
import { P10Error, type P10Issue } from "../errors.js";
import type { Method } from "../method/schema.js";
import type { ScoreSet } from "../score/types.js";
import type { Crosswalk } from "./crosswalk.js";

/** What identifies results for comparison. */
export interface Provenance {
  readonly framework: { readonly id: string; readonly version: string };
  readonly method: { readonly id: string; readonly version: string; readonly hash: string };
}

/** The part of a {@link Crosswalk} the guard reads: its id and the framework versions it maps from and to. */
export type CrosswalkBridge = Pick<Crosswalk, "id" | "from" | "to">;

/** Options of {@link assertComparable}. */
export interface ComparableOptions {
  /**
   * A crosswalk (`parseCrosswalk`) from the first results' framework version to the second's, e.g.
   * `edi-2015_to_p10-2026`: with it, different framework
   * ids or versions are accepted. The method must still be the same. Not needed (and ignored) when both
   * results come from the same framework version.
   */
  readonly crosswalk?: CrosswalkBridge;
}

/**
 * The content hash of a method: SHA-256 of the canonical JSON of the method as parsed (defaults filled in),
 * so two files that differ only in layout or in spelling out a default are the same method, and any change
 * of a rule, a weight, a threshold or a label is a different one.
 *
 * @param method - the parsed method.
 * @returns 64 hex digits.
 * @throws never.
 * @example
 * ```ts
 * import { methods } from "principle10";
 * import { methodHash } from "principle10/advanced";
 * methodHash(methods.get("edi-2015")).length; // 64
 * ```
 */
export function methodHash(method: Method): string {
  return sha256Hex(canonicalJson(method as unknown as CanonicalValue));
}

/**
 * Says where results come from: framework id and version, method id, version and content hash.
 *
 * @param scoreSet - the results.
 * @returns their provenance.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, methods, score } from "principle10";
 * import { createDataset, provenance } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * provenance(score(createDataset(edi, []), edi, methods.get("edi-2015"))).framework; // { id: "edi-2015", version: "1.1.0" }
 * ```
 */
export function provenance(scoreSet: ScoreSet): Provenance {
  const { framework, method } = scoreSet;
  return {
    framework: { id: framework.id, version: framework.version },
    method: { id: method.id, version: method.version, hash: methodHash(method) },
  };
}

/**
 * Lists why two sets of results cannot be compared: each difference is one issue (`path` says which part:
 * `framework.id`, `framework.version`, `method`, `crosswalk`). An empty list means they are comparable.
 *
 * @param a - the first (earlier) results.
 * @param b - the second (later) results.
 * @param options - a crosswalk from `a`'s framework version to `b`'s.
 * @returns the differences, as `P10_NOT_COMPARABLE` errors.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, methods, score } from "principle10";
 * import { comparabilityIssues, createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, []), edi, methods.get("edi-2015"));
 * comparabilityIssues(set, set); // []
 * ```
 */
export function comparabilityIssues(
  a: ScoreSet | Provenance,
  b: ScoreSet | Provenance,
  options: ComparableOptions = {},
): P10Issue[] {
  const pa = "units" in a ? provenance(a) : a;
  const pb = "units" in b ? provenance(b) : b;
  const issues: P10Issue[] = [];
  const differ = (path: string, message: string): void => {
    issues.push({ code: "P10_NOT_COMPARABLE", severity: "error", path, message });
  };
  const fa = `${pa.framework.id} ${pa.framework.version}`;
  const fb = `${pb.framework.id} ${pb.framework.version}`;
  const cw = options.crosswalk;
  if (pa.framework.id === pb.framework.id && pa.framework.version === pb.framework.version) {
    // Same framework version: nothing to bridge (a crosswalk, if given, is not needed).
  } else if (cw !== undefined) {
    const from = `${cw.from.framework} ${cw.from.version}`;
    const to = `${cw.to.framework} ${cw.to.version}`;
    const connects =
      cw.from.framework === pa.framework.id &&
      cw.from.version === pa.framework.version &&
      cw.to.framework === pb.framework.id &&
      cw.to.version === pb.framework.version;
    if (!connects) {
      differ(
        "crosswalk",
        `crosswalk ${cw.id} maps ${from} → ${to}, but the results are ${fa} → ${fb}; ` +
          "use a crosswalk from the earlier results' framework version to the later one's",
      );
    }
  } else if (pa.framework.id !== pb.framework.id) {
    differ(
      "framework.id",
      `framework differs: ${fa} vs ${fb}; scores of different frameworks are not on one scale ` +
        "(bridge them with a crosswalk between the two framework versions)",
    );
  } else {
    differ(
      "framework.version",
      `framework version differs: ${pa.framework.id} ${pa.framework.version} vs ${pb.framework.version}; ` +
        "indicators may have changed between versions (bridge them with a crosswalk)",
    );
  }
  if (pa.method.hash !== pb.method.hash) {
    const ma = `${pa.method.id} ${pa.method.version} (sha256 ${pa.method.hash.slice(0, 12)}…)`;
    const mb = `${pb.method.id} ${pb.method.version} (sha256 ${pb.method.hash.slice(0, 12)}…)`;
    const same = pa.method.id === pb.method.id && pa.method.version === pb.method.version;
    differ(
      "method",
      `method differs: ${ma} vs ${mb}` +
        (same ? "; same id and version but different content" : "") +
        "; score both with the same method file",
    );
  }
  return issues;
}

/**
 * Refuses to compare results that are not comparable (see {@link comparabilityIssues}).
 *
 * @param a - the first (earlier) results.
 * @param b - the second (later) results.
 * @param options - a crosswalk from `a`'s framework version to `b`'s.
 * @returns nothing when they are comparable.
 * @throws P10Error `P10_NOT_COMPARABLE` saying what differs (framework id or version, method hash, a
 *   crosswalk that does not connect them), one issue per difference.
 * @example
 * ```ts
 * import { assertComparable, frameworks, methods, parseMethod, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, []);
 * const other = parseMethod({ ...methods.get("edi-2015"), minCoverage: "1/2" });
 * assertComparable(score(ds, edi, methods.get("edi-2015")), score(ds, edi, other)); // throws P10_NOT_COMPARABLE
 * ```
 */
export function assertComparable(
  a: ScoreSet | Provenance,
  b: ScoreSet | Provenance,
  options: ComparableOptions = {},
): void {
  checkKind("a", a, "a score set or its provenance", ["framework", "method"]);
  checkKind("b", b, "a score set or its provenance", ["framework", "method"]);
  const issues = comparabilityIssues(a, b, options);
  if (issues.length > 0) {
    throw new P10Error(
      "P10_NOT_COMPARABLE",
      `the results are not comparable: ${issues.map((i) => i.message).join("; ")}`,
      issues,
    );
  }
}
