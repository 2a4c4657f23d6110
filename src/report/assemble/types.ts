/**
 * The inputs of an assembled report: the scores and, optionally, ranks, a change between two periods, an
 * uncertainty analysis and the audit digests. Each optional part adds its section; none is guessed.
 */
import type { CoherenceReport } from "../../coherence/analyse.js";
import type { ChangeReport } from "../../compare/change.js";
import type { RankSet } from "../../compare/rank.js";
import type { ScoreSet } from "../../score/types.js";
import type { UncertaintyResult } from "../../uncertainty/monte-carlo.js";
import type { WorldShapes } from "../map/world-shapes.js";

/** A framework or method as a manifest names it. */
export interface ReportDocumentDigest {
  readonly id: string;
  readonly version: string;
  /** SHA-256 of the canonical JSON of the document. */
  readonly sha256: string;
}

/**
 * The digests that let a printed report be checked: the shape of a manifest (`principle10-manifest/1`),
 * of which a report needs only these fields, so a manifest can be passed as it is.
 */
export interface ReportProvenance {
  readonly library?: { readonly name: string; readonly version: string };
  readonly framework: ReportDocumentDigest;
  readonly method: ReportDocumentDigest;
  /** The assessment files: name, SHA-256 of the bytes, data rows read. */
  readonly inputs: readonly { readonly name: string; readonly sha256: string; readonly rows: number }[];
  /** The canonical scores: SHA-256 of their bytes. */
  readonly output?: { readonly sha256: string; readonly units: number };
}

/** Input of {@link assembleReport}. */
export interface ReportInput {
  readonly scoreSet: ScoreSet;
  /** Ranks; default `rank(scoreSet)` (the method's tie rule). */
  readonly ranks?: RankSet;
  /** The period the ranking and profiles show; default the last period in code-point order. */
  readonly period?: string;
  /**
   * The change section: a report from `changeReport`; default the change from the period before `period`
   * to `period` when the data has two or more periods; `null` for no change section.
   */
  readonly change?: ChangeReport | null;
  /**
   * An uncertainty analysis of the same data (`runUncertainty`): adds the rank intervals of the first
   * index's root in the report's period and the Sobol indices of each uncertain input.
   */
  readonly uncertainty?: UncertaintyResult;
  /**
   * A coherence analysis of the same scores (`analyseCoherence`): adds the "Statistical coherence" section
   * (correlation heatmaps per pillar, alpha, nominal against effective weights, remove-one rank shifts).
   */
  readonly coherence?: CoherenceReport;
  /**
   * The projected world (as `p10 report` makes it when every entity id is an ISO 3166-1 alpha-3 code): adds
   * a choropleth map of the first index by band after the summary. Every entity of the period must then be
   * an alpha-3 code, unless `isoCodes` gives the codes.
   */
  readonly worldMap?: WorldShapes;
  /**
   * Each entity's ISO 3166-1 alpha-3 code, for entities whose ids are not codes (e.g. from an entities
   * file); with it, an entity without a code is listed under the map instead of refused. Default: the ids.
   */
  readonly isoCodes?: ReadonlyMap<string, string>;
  /** Digests for the audit table of the methods section (e.g. a manifest). */
  readonly provenance?: ReportProvenance;
  /** The page title; default the first index's title and the period. */
  readonly title?: string;
  /**
   * Which entities get a profile: `true` every one, `false` none, or entity ids; default every entity up
   * to `REPORT_LIMITS.allProfiles`, the highest- and lowest-ranked few beyond, none beyond
   * `REPORT_LIMITS.chartEntities` (see `REPORT_LIMITS`).
   */
  readonly profiles?: boolean | readonly string[];
}
