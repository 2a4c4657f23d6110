/**
 * principle10/report: the self-contained HTML report's building blocks. Chart builders take plain data
 * (labelled numbers) and return accessible, deterministic SVG strings drawn with d3-scale; the page shell
 * escapes every text and inlines CSS and charts into one offline, printable HTML file. `assembleReport` and
 * `reportHtml` turn a ScoreSet into the whole report; `methodsText` writes its methods section. Browser-safe.
 */
export { assembleReport, reportHtml } from "./assemble/report.js";
export { REPORT_LIMITS } from "./assemble/size.js";
export type {
  ReportDocumentDigest,
  ReportInput,
  ReportProvenance,
} from "./assemble/types.js";
export { type Block, REPORT_CONTENT, renderBlocks, type TableColumn } from "./html/blocks.js";
export {
  CONTENT_SECURITY_POLICY,
  type HtmlDocumentInput,
  htmlDocument,
  type MetaItem,
} from "./html/document.js";
export { escapeXml } from "./html/escape.js";
export {
  type IndexMethodsText,
  type MethodsText,
  methodsText,
  type WeightRow,
} from "./methods-text.js";
export { REPORT_CSS } from "./html/styles.js";
export type { WorldShape, WorldShapes } from "./map/world-shapes.js";
export type { ChartBand } from "./svg/bands.js";
export { type ChangeChartInput, type ChangeChartRow, changeChart } from "./svg/change-chart.js";
export { formatNumber, type NumberFormat } from "./svg/format.js";
export { FONT_STACK } from "./svg/frame.js";
export { type GapChartInput, type GapRow, gapChart } from "./svg/gap-chart.js";
export { OKABE_ITO, sequentialRamp } from "./svg/palette.js";
export { type ProfileChartInput, type ProfileGroup, profileChart } from "./svg/profile-chart.js";
export {
  type RankIntervalChartInput,
  type RankIntervalRow,
  rankIntervalChart,
} from "./svg/rank-interval-chart.js";
export { type RankingChartInput, type RankingRow, rankingChart } from "./svg/ranking-chart.js";
export { CHART_DATA, type Domain } from "./svg/validate.js";
