/**
 * The map section: when every entity of the report's period is an ISO 3166-1 alpha-3 code and the caller
 * passed the projected world (`ReportInput.worldMap`), a choropleth of the first index's score by band,
 * with the shapes' source and the entities that have no shape on the map listed in words.
 */
import { P10Error } from "../../errors.js";
import type { Block } from "../html/blocks.js";
import { isoCountry } from "../map/iso3166.js";
import type { WorldShapes } from "../map/world-shapes.js";
import { choroplethMap } from "../svg/choropleth.js";
import { entityLabel } from "./cohort.js";
import { drawn, type ReportContext, shown } from "./context.js";

/**
 * The map section of the report.
 *
 * @param ctx - the report context.
 * @param world - the projected world shapes.
 * @param isoCodes - each entity's alpha-3 code when the ids are not codes; default the ids themselves.
 * @returns the section.
 * @throws P10Error `P10_REPORT_INPUT` when, without `isoCodes`, an entity id of the period is not an ISO
 *   3166-1 alpha-3 code, or a code in `isoCodes` is not one.
 */
export function mapSection(
  ctx: ReportContext,
  world: WorldShapes,
  isoCodes?: ReadonlyMap<string, string>,
): Extract<Block, { kind: "section" }> {
  const { scoreSet } = ctx;
  const entities = ctx.units.map((u) => scoreSet.units[u]!.entity);
  const codeOf = (entity: string): string | undefined =>
    isoCodes === undefined ? entity : isoCodes.get(entity);
  const coded = entities.filter((e) => codeOf(e) !== undefined);
  const bad = coded.find((e) => isoCountry(codeOf(e)!) === undefined);
  if (bad !== undefined) {
    throw new P10Error(
      "P10_REPORT_INPUT",
      `worldMap: entity "${bad}"${isoCodes === undefined ? "" : ` (code "${codeOf(bad)}")`} is not an ISO 3166-1 alpha-3 code; a map needs ${isoCodes === undefined ? "every entity to be one, or isoCodes" : "codes from ISO 3166-1"}`,
    );
  }
  const index = scoreSet.indices[0]!;
  const scale = ctx.scales[0]!;
  const drawnCodes = new Set(world.shapes.flatMap((s) => (s.numeric === null ? [] : [s.numeric])));
  const regions = ctx.units.flatMap((u) => {
    const unit = scoreSet.units[u]!;
    const code = codeOf(unit.entity);
    if (code === undefined) return [];
    const score = unit.indices[0]!.nodes[0]!.score;
    return [
      {
        numeric: isoCountry(code)!.numeric,
        label: entityLabel(scoreSet, unit.entity),
        value: drawn(score),
        valueText: shown(ctx, score),
      },
    ];
  });
  const uncoded = entities.filter((e) => codeOf(e) === undefined).map((e) => entityLabel(scoreSet, e));
  const unmapped = regions.filter((r) => !drawnCodes.has(r.numeric));
  const svg = choroplethMap({
    id: "world-map",
    title: `${index.title} by country, ${ctx.period}`,
    shapes: world,
    regions,
    domain: scale.domain,
    bands: scale.bands,
    format: scale.format,
  });
  const marked = world.markers.length;
  return {
    kind: "section",
    id: "map",
    heading: "Map",
    blocks: [
      {
        kind: "figure",
        svg,
        caption:
          `${index.title} of the ${regions.length} entities assessed in ${ctx.period}, coloured by band; grey: not assessed.` +
          `${marked === 0 ? "" : ` Circles mark ${marked} assessed place${marked === 1 ? "" : "s"} too small to see at this scale.`} ${world.source}`,
      },
      ...(unmapped.length === 0
        ? []
        : [
            {
              kind: "paragraph" as const,
              text: `No shape on the map: ${unmapped.map((r) => `${r.label} (${r.valueText})`).join(", ")}. Their scores are in the ranking below.`,
            },
          ]),
      ...(uncoded.length === 0
        ? []
        : [
            {
              kind: "paragraph" as const,
              text: `Not on the map (no ISO 3166-1 code in the entities file): ${uncoded.join(", ")}.`,
            },
          ]),
    ],
  };
}
