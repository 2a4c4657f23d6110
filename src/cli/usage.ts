/** Usage lines shared by the commands, so that every command describes the same behaviour in the same words. */

/** How `--format` and `--out` choose the output (see `output-format.ts`). */
export const FORMAT_USAGE = [
  "  --format FORMAT          the output format (the formats above); default: the --out extension, else",
  "                           table on a terminal and csv when piped or redirected",
  "  --out FILE               write the result to FILE instead of stdout; its extension (.csv, .json, .md,",
  "                           .html, .xlsx, .txt for a text table) sets the format unless --format is given",
];

/** How the input file argument may be given. */
export const INPUT_USAGE = "<csv> may be - to read standard input.";
