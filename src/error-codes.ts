/**
 * The catalogue of every error and warning code: what it means and the usual fix. `P10Error.code` and
 * `P10Issue.code` are typed by {@link P10ErrorCode}, so a code thrown anywhere in the library must be listed
 * here (the compiler checks it; test/errors-catalogue.test.ts checks the sources too), and the README's
 * "Error codes" section is generated from this table (`npm run api`; checked fresh by a test).
 * Imported as a type by `errors.ts`: an app that only catches errors does not bundle this table.
 */

/** One entry of the catalogue. */
export interface ErrorCodeInfo {
  /** What the code says happened. */
  readonly meaning: string;
  /** What usually fixes it. */
  readonly fix: string;
}

/**
 * Every code, with its meaning and typical fix, grouped by the input it is about.
 *
 * @example
 * ```ts
 * import { ERROR_CATALOGUE } from "principle10";
 * ERROR_CATALOGUE.P10_UNKNOWN_INDICATOR.fix; // "Correct the indicator id (a close match is suggested) or use the framework the file was written for."
 * ```
 */
export const ERROR_CATALOGUE = {
  // Files (principle10/node).
  P10_FILE_READ: { meaning: "A file cannot be read.", fix: "Check the path and the file's permissions." },
  P10_FILE_WRITE: {
    meaning: "A file cannot be written.",
    fix: "Check that the folder exists and is writable.",
  },
  P10_JSON_SYNTAX: {
    meaning: "A JSON document is not valid JSON.",
    fix: "Fix the syntax at the line and column shown.",
  },
  P10_STDIN: {
    meaning: "Standard input (-) was named twice, or outside the p10 command.",
    fix: "Read standard input once per command; in the library pass the text itself.",
  },
  P10_USAGE: {
    meaning: "The command line is not valid (CLI only).",
    fix: "Run `p10 help <command>` for the options.",
  },
  P10_UNKNOWN_FRAMEWORK: {
    meaning: "No bundled framework has this id, and it is not a file.",
    fix: "Use an id listed by `p10 frameworks` or the path of a framework JSON file.",
  },
  P10_UNKNOWN_METHOD: {
    meaning: "No bundled method has this id (or none is made for the framework), and it is not a file.",
    fix: "Name a bundled method or the path of a method JSON file.",
  },
  P10_INVALID_ARGUMENT: {
    meaning: "A library function got an argument of the wrong type or shape.",
    fix: "Pass the argument as its TSDoc describes.",
  },
  P10_ENCODING: { meaning: "A file is not valid UTF-8.", fix: "Save the file as UTF-8." },
  P10_DOCUMENT_TOO_DEEP: {
    meaning: "A JSON document nests deeper than 64 levels.",
    fix: "Check that the right document was given.",
  },
  // Assessment files.
  P10_CSV_TOO_LONG: {
    meaning: "A CSV field or record exceeds the size limit.",
    fix: "Check for an unclosed quote; split oversized cells.",
  },
  P10_CONTROL_CHARACTER: {
    meaning: "An id or cell holds a control character (only tab and line ends are allowed).",
    fix: "Remove the control character.",
  },
  P10_ID_TOO_LONG: { meaning: "An id is longer than the limit.", fix: "Use a shorter id." },
  P10_ID_COLLISION: {
    meaning: "Two ids differ only by case, Unicode normalisation or invisible characters.",
    fix: "Write each id the same way everywhere.",
  },
  P10_ASSESSMENT_INVALID: {
    meaning: "An assessment file has errors; `issues` lists each with its line and column.",
    fix: "Fix the listed rows; `p10 validate` shows every problem.",
  },
  P10_CSV_EMPTY: {
    meaning: "The file is empty.",
    fix: "Add a header such as entity,period,indicator,response.",
  },
  P10_CSV_QUOTE: {
    meaning: "A quoted field is not closed or has text after its closing quote.",
    fix: 'Double quotes inside quoted fields ("") and close every quote.',
  },
  P10_CSV_FIELD_COUNT: {
    meaning: "A row has more or fewer fields than the header.",
    fix: "Quote fields that contain the delimiter; give every row the header's width.",
  },
  P10_CSV_MISSING_COLUMN: {
    meaning: "The header lacks a required column.",
    fix: "Add the column named in the message (entity, period, and indicator/response or indicator columns).",
  },
  P10_CSV_DUPLICATE_COLUMN: {
    meaning: "A column appears twice in the header.",
    fix: "Remove or rename one of them.",
  },
  P10_CSV_UNEXPECTED_COLUMN: {
    meaning: "A column is neither required nor an indicator.",
    fix: "Remove it, or allow extra columns (`allowExtra`, `--allow-extra`).",
  },
  P10_EMPTY_ENTITY: { meaning: "A row has an empty entity cell.", fix: "Fill in the entity code." },
  P10_EMPTY_PERIOD: { meaning: "A row has an empty period cell.", fix: "Fill in the period." },
  P10_EMPTY_INDICATOR: { meaning: "A row has an empty indicator cell.", fix: "Fill in the indicator id." },
  P10_UNKNOWN_INDICATOR: {
    meaning: "An indicator id is not in the framework.",
    fix: "Correct the indicator id (a close match is suggested) or use the framework the file was written for.",
  },
  P10_RESPONSE_OFF_SCALE: {
    meaning: "A response is not a level of the indicator's scale.",
    fix: "Use one of the scale's codes listed in the message.",
  },
  P10_NUMERIC_NOT_A_NUMBER: {
    meaning: "A response of a numeric indicator is not a number.",
    fix: "Write an exact decimal such as 12.5 or 1.2e3, or a missing or not-applicable token.",
  },
  P10_NUMERIC_NOT_FINITE: {
    meaning: "A response of a numeric indicator is NaN or infinite.",
    fix: "Write the measured value, or a missing or not-applicable token.",
  },
  P10_NUMERIC_DECIMAL_COMMA: {
    meaning: "A response of a numeric indicator holds a comma (a decimal comma or a thousands separator).",
    fix: "Use a dot as the decimal separator (1.5, not 1,5) and no thousands separator.",
  },
  P10_NUMERIC_OUT_OF_BOUNDS: {
    meaning: "A response of a numeric indicator lies outside its scale's bounds.",
    fix: "Correct the value, or the scale's bounds if they are wrong.",
  },
  P10_NUMERIC_PRECISION: {
    meaning: "A numeric response has more than 50 significant digits or lies beyond 10^±100.",
    fix: "Round the value to what was measured.",
  },
  P10_NUMERIC_TOO_MANY_VALUES: {
    meaning: "A numeric indicator has more than 32,767 distinct values in one dataset.",
    fix: "Round the values to what was measured, or score the data in smaller parts.",
  },
  P10_NUMERIC_UNSUPPORTED: {
    meaning: "A feature that works on answer levels was asked to handle a numeric indicator.",
    fix: "Leave numeric indicators out of it (the message names the feature and the indicator).",
  },
  P10_DUPLICATE_ANSWER: {
    meaning: "The same cell is answered twice with the same answer (warning).",
    fix: "Delete the repeated row.",
  },
  P10_CONFLICTING_ANSWER: {
    meaning: "The same cell is answered twice with different answers.",
    fix: "Keep one answer, or mark assessors and reconcile them.",
  },
  P10_ENTITY_NAME_CONFLICT: {
    meaning: "One entity has two different names.",
    fix: "Use one name per entity code.",
  },
  P10_NO_ANSWERS: {
    meaning: "The file has a header but no answer rows (warning).",
    fix: "Check that the right file was given.",
  },
  P10_MULTIPLE_ASSESSORS: {
    meaning: "The file holds answers from several assessors for the same cells.",
    fix: "Reconcile them (`p10 reconcile`), pick one assessor, or combine them with a rule.",
  },
  P10_UNKNOWN_ASSESSOR: {
    meaning: "No answers by the assessor asked for.",
    fix: "Use an assessor listed in the message.",
  },
  P10_DATASET_INPUT: {
    meaning: "Answers given to buildDataset/createDataset do not fit the framework.",
    fix: "Give indicator ids of the framework and codes of their scales.",
  },
  P10_WRITE_UNREPRESENTABLE: {
    meaning: "The long format cannot show a unit that has no answer.",
    fix: "Write the wide format instead.",
  },
  P10_CASE_AND_DIRECT_ANSWER: {
    meaning: "A practice cell has both case rows and a direct answer.",
    fix: "Give either cases or a direct answer for the cell.",
  },
  P10_CASE_ASSESSORS: {
    meaning: "Case answers for a cell come from several assessors.",
    fix: "Reconcile or pick one assessor first.",
  },
  P10_CASE_DATE: {
    meaning: "A case date is not a valid ISO date.",
    fix: "Write dates as YYYY-MM-DD.",
  },
  P10_CASE_NOT_EXPECTED: {
    meaning: "A case is given for an indicator that takes no cases.",
    fix: "Remove the case id from that row.",
  },
  P10_CASE_OUTSIDE_WINDOW: {
    meaning: "A case lies outside the indicator's look-back window (warning or error).",
    fix: "Use cases dated within the window.",
  },
  P10_CASE_PERIOD: {
    meaning: "A case's period does not match the row's period.",
    fix: "Correct the case or the row.",
  },
  P10_CASE_REGISTER_INVALID: {
    meaning: "A case register file has errors; `issues` lists each.",
    fix: "Fix the listed rows.",
  },
  P10_CASE_REQUIRED: {
    meaning: "A practice indicator needs cases but the answer has none.",
    fix: "Give case ids for the answer, with a case register.",
  },
  P10_CASE_TYPE_NOT_ACCEPTED: {
    meaning: "A case's type is not one the indicator accepts.",
    fix: "Use a case of an accepted type.",
  },
  P10_DUPLICATE_CASE: {
    meaning: "A case id appears twice.",
    fix: "List each case once.",
  },
  P10_EMPTY_CASE_FIELD: {
    meaning: "A required field of a case is empty.",
    fix: "Fill in the field.",
  },
  P10_EVIDENCE_MISSING: {
    meaning: "An answer that needs a source has none (per the framework's evidence rule).",
    fix: "Add the source, or accept the method's evidence policy.",
  },
  P10_FRAMEWORK_CASES: {
    meaning: "An indicator's case design (types, window, minimum) is invalid.",
    fix: "Correct the case design at the path shown.",
  },
  P10_FRAMEWORK_RULE: {
    meaning: "An applicability or evidence rule names an unknown indicator or level.",
    fix: "Correct the rule at the path shown.",
  },
  P10_TOO_FEW_CASES: {
    meaning: "Fewer cases than the indicator's minimum (the value counts as missing).",
    fix: "Add cases or accept the missing value.",
  },
  P10_TOO_MANY_CASES: {
    meaning: "More cases for a cell than the limit.",
    fix: "Keep the cases the method needs.",
  },
  P10_UNKNOWN_CASE: {
    meaning: "A row names a case id not in the case register.",
    fix: "Add the case to the register or correct the id.",
  },
  P10_UNKNOWN_GAP: {
    meaning: "The method has no gap of that id.",
    fix: "Use a gap id of the method.",
  },
  // Entity attribute files.
  P10_ENTITIES_INVALID: {
    meaning: "An entities file has errors; `issues` lists each.",
    fix: "Fix the listed rows.",
  },
  P10_DUPLICATE_ENTITY: {
    meaning: "An entity is listed twice in the entities file.",
    fix: "List each entity once.",
  },
  P10_NO_ENTITIES: {
    meaning: "The entities file has a header but no rows (warning).",
    fix: "Check that the right file was given.",
  },
  P10_UNKNOWN_COLUMN: {
    meaning: "A grouping column is not in the entities file.",
    fix: "Use a column named in the file's header.",
  },
  P10_ENTITY_UNLISTED: {
    meaning: "An assessed entity is missing from the entities file.",
    fix: "Add a row for it (its attribute cells may be empty).",
  },
  P10_ENTITY_NOT_ASSESSED: {
    meaning: "A listed entity has no answers (warning).",
    fix: "None needed; check the entity code if it should have answers.",
  },
  P10_ENTITY_NO_GROUP: {
    meaning: "An entity has no value in the grouping column (warning); it is left out of group ranks.",
    fix: "Fill in the attribute if it should be grouped.",
  },
  // Frameworks and scales.
  P10_FRAMEWORK_INVALID: {
    meaning: "A framework document has errors; `issues` lists each with its JSON path.",
    fix: "Fix the listed paths.",
  },
  P10_FRAMEWORK_SCHEMA: {
    meaning: "A framework field has the wrong type or value.",
    fix: "Correct the field at the path shown.",
  },
  P10_FRAMEWORK_UNKNOWN_KEY: {
    meaning: "A framework has a field the format does not know.",
    fix: "Remove it or correct its spelling.",
  },
  P10_FRAMEWORK_FORBIDDEN_KEY: {
    meaning: "A framework uses a key such as `__proto__`.",
    fix: "Rename the key.",
  },
  P10_FRAMEWORK_DUPLICATE_ID: {
    meaning: "Two nodes or scales share an id.",
    fix: "Give each node and scale a unique id.",
  },
  P10_FRAMEWORK_ROOT: {
    meaning: "A framework does not have exactly one node of level index.",
    fix: 'Keep one root node with level "index".',
  },
  P10_FRAMEWORK_QUESTION: {
    meaning: "An indicator of a full framework has no question.",
    fix: 'Write the question the assessor answers; only a scoring form ("form": "scoring") leaves it out.',
  },
  P10_FRAMEWORK_DANGLING_PARENT: {
    meaning: "A node names a parent that does not exist.",
    fix: "Correct the parent id.",
  },
  P10_FRAMEWORK_CYCLE: { meaning: "A node is its own ancestor.", fix: "Break the cycle of parents." },
  P10_FRAMEWORK_LEVEL: {
    meaning: "A node sits under a parent of the wrong level.",
    fix: "Use a parent of a level shown in the message.",
  },
  P10_FRAMEWORK_UNKNOWN_SCALE: {
    meaning: "An indicator uses a scale that is not defined.",
    fix: "Define the scale or correct its id.",
  },
  P10_FRAMEWORK_GUIDANCE: {
    meaning: "Guidance is given for a code that is not a level of the scale.",
    fix: "Use the scale's codes.",
  },
  P10_FRAMEWORK_EMPTY_GROUP: {
    meaning: "A pillar or group has no children.",
    fix: "Add children or remove the node.",
  },
  P10_FRAMEWORK_MISMATCH: {
    meaning: "The answers were read for another framework than the one scoring.",
    fix: "Read and score with the same framework.",
  },
  P10_SCALE_AMBIGUOUS_TOKEN: {
    meaning: "A scale token means two different levels.",
    fix: "Make every code and alias unique within the scale.",
  },
  P10_SCALE_KIND: {
    meaning:
      "A scale's fields do not fit its kind: an ordinal scale without levels or with bounds, a numeric scale with levels.",
    fix: 'Give ordinal scales levels; give numeric scales ("kind": "numeric") a unit, a direction and bounds instead.',
  },
  P10_SCALE_ORDER: {
    meaning: "An ordered scale's values are not strictly ascending.",
    fix: "Order the levels by value.",
  },
  P10_SCALE_GOALPOSTS: {
    meaning: "A scale's min is not below its max, or a level lies outside them.",
    fix: "Correct min, max or the level values.",
  },
  // Methods.
  P10_METHOD_INVALID: {
    meaning: "A method document has errors, or does not fit the framework; `issues` lists each.",
    fix: "Fix the listed paths.",
  },
  P10_METHOD_SCHEMA: {
    meaning: "A method field has the wrong type or value.",
    fix: "Correct the field at the path shown.",
  },
  P10_METHOD_UNKNOWN_KEY: {
    meaning: "A method has a field the format does not know.",
    fix: "Remove it or correct its spelling.",
  },
  P10_METHOD_FORBIDDEN_KEY: { meaning: "A method uses a key such as `__proto__`.", fix: "Rename the key." },
  P10_METHOD_DUPLICATE_ID: {
    meaning: "Two indices, gaps or bands share an id.",
    fix: "Give each a unique id.",
  },
  P10_METHOD_FRAMEWORK: {
    meaning: "The method is made for another framework.",
    fix: "Use a method made for this framework.",
  },
  P10_METHOD_UNKNOWN_NODE: {
    meaning: "A weight or override names a node not in the framework.",
    fix: "Correct the node id.",
  },
  P10_METHOD_GOALPOSTS_REQUIRED: {
    meaning: "Goalposts normalise a numeric scale that has no bounds, and the method states no posts for it.",
    fix: "State the scale's posts in the method (normalisation.posts), or bounds in the framework.",
  },
  P10_METHOD_UNKNOWN_SCALE: {
    meaning: "Goalposts are given for a scale the framework does not define.",
    fix: "Correct the scale id.",
  },
  P10_METHOD_UNUSED_NODE: {
    meaning: "A weight or override names a node that enters no index.",
    fix: "Remove it or widen the index's kinds.",
  },
  P10_METHOD_OVERRIDE_LEVEL: {
    meaning: "An aggregation override names an indicator.",
    fix: "Override only the index, pillars and groups.",
  },
  P10_METHOD_CASE_COMBINE: {
    meaning:
      "The method's case-combination override names a node with no case-assessed indicator, or a share level not on the indicator's scale.",
    fix: "Name a practice indicator (or its group) assessed through cases; give share a level code of its scale.",
  },
  P10_METHOD_WEIGHT: {
    meaning: "A weight is given for the index root.",
    fix: "Remove it: weights are relative to siblings.",
  },
  P10_METHOD_WEIGHTS_ZERO: {
    meaning: "An expert gives weight 0 to every child of a node.",
    fix: "Give at least one child a positive weight.",
  },
  P10_METHOD_EMPTY_INDEX: {
    meaning: "An index has no scored indicator of its kinds.",
    fix: "Correct the index's kinds.",
  },
  P10_METHOD_EXPONENT: {
    meaning: "A generalised mean has exponent p = 0.",
    fix: "Use the geometric mean, or a non-zero p.",
  },
  P10_METHOD_POINTS: {
    meaning: "The points scheme is combined with a mean other than sum.",
    fix: 'Use aggregation function "sum".',
  },
  P10_METHOD_ZEROS: {
    meaning: "A geometric or harmonic mean is used without a zeros rule.",
    fix: 'State aggregation.zeros: "zero", "offset" or "fail".',
  },
  P10_METHOD_OFFSET: {
    meaning: 'Zeros "offset" without a positive offset (or an offset without it).',
    fix: 'Give aggregation.offset such as "1", or remove it.',
  },
  P10_METHOD_COVERAGE: {
    meaning: "The minimum coverage is not between 0 and 1.",
    fix: 'Give a ratio such as "2/3".',
  },
  P10_METHOD_GOALPOSTS: { meaning: "Goalposts with min not below max.", fix: "Correct min and max." },
  P10_METHOD_BANDS: {
    meaning: "The bands do not ascend, or the last band has a max.",
    fix: "Order bands by max; leave the last one open.",
  },
  P10_METHOD_GAP_INDEX: {
    meaning: "A gap names an unknown index, or subtracts an index from itself.",
    fix: "Name two different indices of the method.",
  },
  P10_METHOD_CATEGORIES: {
    meaning: "A categories normalisation has a number of scores that does not match its thresholds.",
    fix: "Give one more score than thresholds.",
  },
  P10_METHOD_INDICES_ROOTS: {
    meaning: "Sub-indices by kind are asked of a framework with several roots.",
    fix: "Drop `indices`: each root of such a framework is its own index.",
  },
  P10_METHOD_REFERENCE: {
    meaning: 'A normalisation states both a reference and scope "period".',
    fix: "Drop one of them: a reference fixes the statistics for every period.",
  },
  P10_METHOD_REFERENCE_STATS: {
    meaning: "Stated reference statistics are invalid (e.g. a standard deviation that is not positive).",
    fix: "Correct the stated statistics.",
  },
  P10_NORMALISATION_SCOPE: {
    meaning: "A per-period normalisation was asked for as one table.",
    fix: "Use normaliseAnswerTables, which gives one table per period.",
  },
  P10_NORMALISATION_ZERO: {
    meaning: "A normalisation would divide by zero (e.g. a best value or mean of 0).",
    fix: "Use another normalisation or reference for that indicator.",
  },
  P10_TRANSFORM_DOMAIN: {
    meaning: "A goalpost or value lies outside the domain of the method's transform (e.g. log of 0).",
    fix: "Move the goalposts into the transform's domain or choose another transform.",
  },
  P10_REFERENCE_ENTITY: {
    meaning: "The reference entity has no answer, or several, in the cohort.",
    fix: 'Name an entity answered once in the cohort, or state scope "period" or a reference period.',
  },
  P10_REFERENCE_PERIOD: {
    meaning: "An indicator is answered in the data but not in the reference period.",
    fix: "Choose a reference period in which every indicator is answered.",
  },
  P10_IMPUTATION_OVERFLOW: {
    meaning: "Imputation would create more distinct answer values than an indicator can hold.",
    fix: "Use another imputation rule for that indicator.",
  },
  P10_COHERENCE_WEIGHTING: {
    meaning: "Remove-one or weight changes need nested-equal or explicit weights.",
    fix: "Use a method with nested-equal or explicit weights.",
  },
  P10_WEIGHTS_BALANCE: {
    meaning: "Correlation-balanced weights need at least two elements at the level.",
    fix: "Choose a level with two or more elements.",
  },
  P10_WEIGHTS_NEGATIVE: {
    meaning: "Data-driven weights came out negative.",
    fix: "Use other weights: a negative loading means the element works against its parent.",
  },
  // Scoring.
  P10_SCORE_CONSTANT_NODE: {
    meaning:
      "A normalised node has a single distinct score, so its normalisation cannot spread it (warning).",
    fix: "None needed; every unit gets the same value.",
  },
  P10_MISSING_ANSWER: {
    meaning: 'An answer is missing and the method\'s missing policy is "fail".',
    fix: "Complete the answers, or choose another missing policy.",
  },
  P10_OUTLIERS_TREATED: {
    meaning:
      "A numeric indicator's values were winsorised or log-transformed by the method's outlier treatment (warning).",
    fix: "Nothing to fix: it says what was treated; look at the indicator's distribution if it surprises you.",
  },
  P10_SCORE_CONSTANT_INDICATOR: {
    meaning:
      "An indicator has a single distinct answer, so data-driven normalisation cannot spread it (warning).",
    fix: "None needed; use fixed goalposts for such indicators.",
  },
  P10_UNKNOWN_INDEX: {
    meaning: "The method has no index of that id.",
    fix: "Use an index id of the method.",
  },
  P10_UNKNOWN_NODE: {
    meaning: "A node id is not among the results.",
    fix: "Use a node id listed in the message.",
  },
  P10_UNKNOWN_PERIOD: { meaning: "No results for that period.", fix: "Use a period listed in the message." },
  P10_UNKNOWN_UNIT: {
    meaning: "No results for that entity and period.",
    fix: "Use an entity and period present in the results.",
  },
  P10_NUMBER_FORMAT: {
    meaning: "A number cannot be written with fixed decimals (not finite).",
    fix: "Report this as a bug: outputs should be finite.",
  },
  // Comparison and crosswalks.
  P10_NOT_COMPARABLE: {
    meaning: "Two results were made with different frameworks or methods.",
    fix: "Score both with the same framework and method, or bridge them with a crosswalk.",
  },
  P10_COMPARE_POOLED: {
    meaning:
      "The method normalises over every period pooled, so one period's scores depend on the others (warning).",
    fix: 'State scope "period" or a reference to compare editions.',
  },
  P10_SCORES_INVALID: {
    meaning: "A scores file given to compare is not a principle10 scores file.",
    fix: "Give a file written by `p10 score --format json`.",
  },
  P10_ONE_PERIOD: {
    meaning: "A comparison needs two periods but the file has fewer (CLI).",
    fix: "Give a file with both periods, or --from and --to.",
  },
  P10_CROSSWALK_INVALID: {
    meaning: "A crosswalk document has errors; `issues` lists each.",
    fix: "Fix the listed paths.",
  },
  P10_CROSSWALK_SCHEMA: {
    meaning: "A crosswalk field has the wrong type or value.",
    fix: "Correct the field at the path shown.",
  },
  P10_CROSSWALK_UNKNOWN_KEY: {
    meaning: "A crosswalk has a field the format does not know.",
    fix: "Remove it or correct its spelling.",
  },
  P10_CROSSWALK_FORBIDDEN_KEY: {
    meaning: "A crosswalk uses a key such as `__proto__`.",
    fix: "Rename the key.",
  },
  P10_CROSSWALK_MISMATCH: {
    meaning: "A crosswalk does not fit the frameworks it is applied to; `issues` lists why.",
    fix: "Use the crosswalk written for these frameworks and versions.",
  },
  P10_CROSSWALK_FRAMEWORK: {
    meaning: "The crosswalk maps another framework.",
    fix: "Use the crosswalk for these frameworks.",
  },
  P10_CROSSWALK_VERSION: {
    meaning: "The crosswalk was written for another framework version.",
    fix: "Use the crosswalk for this version.",
  },
  P10_CROSSWALK_UNKNOWN_SOURCE: {
    meaning: "A mapped source indicator is not in the source framework.",
    fix: "Correct the indicator id.",
  },
  P10_CROSSWALK_UNKNOWN_TARGET: {
    meaning: "A mapped target indicator is not in the target framework.",
    fix: "Correct the indicator id.",
  },
  P10_CROSSWALK_DUPLICATE_TARGET: {
    meaning: "Two source indicators map to one target.",
    fix: "Map each target from one source.",
  },
  P10_CROSSWALK_SCALE: {
    meaning: "Source and target indicators do not share level codes.",
    fix: "Map only indicators with the same scale codes.",
  },
  P10_CROSSWALK_UNMAPPED: {
    meaning: "Some source indicators map to nothing; their answers are dropped (warning).",
    fix: "None needed if intended.",
  },
  P10_CROSSWALK_UNASSESSED: {
    meaning: "Some target indicators have no source and count as missing (warning).",
    fix: "None needed if intended.",
  },
  P10_CROSSWALK_COVERAGE: {
    meaning: "Too few children are covered through the crosswalk to score a node (warning).",
    fix: "Lower the method's minimum coverage or extend the crosswalk.",
  },
  P10_CROSSWALK_COMBINED: {
    meaning: "A crosswalk is applied to a dataset that combines assessors.",
    fix: "Apply the crosswalk to the records, with the combine option.",
  },
  // Manifests and verification.
  P10_MANIFEST_INVALID: {
    meaning: "A manifest document has errors; `issues` lists each.",
    fix: "Use a manifest written by principle10, unedited.",
  },
  P10_MANIFEST_SCHEMA: {
    meaning: "A manifest field has the wrong type or value.",
    fix: "Correct the field at the path shown.",
  },
  P10_MANIFEST_UNKNOWN_KEY: {
    meaning: "A manifest has a field the format does not know.",
    fix: "Remove it or use a newer principle10.",
  },
  P10_MANIFEST_FORBIDDEN_KEY: {
    meaning: "A manifest uses a key such as `__proto__`.",
    fix: "Rename the key.",
  },
  P10_MANIFEST_SOURCE: {
    meaning:
      "The framework or method scored cannot be recorded as bundled, or the manifest cannot record it.",
    fix: "Name its JSON file so the manifest records it.",
  },
  P10_CANONICAL_NUMBER: {
    meaning: "Canonical JSON met a number that is not a safe integer.",
    fix: "Write decimals as strings.",
  },
  P10_CANONICAL_VALUE: {
    meaning: "Canonical JSON met a value that is not plain data.",
    fix: "Pass only strings, safe integers, booleans, null, arrays and plain objects.",
  },
  P10_VERIFY_INPUT: {
    meaning: "An input file's digest differs from the manifest.",
    fix: "Restore the input that was published, or publish a new manifest.",
  },
  P10_VERIFY_FRAMEWORK: {
    meaning: "The framework differs from the one recorded.",
    fix: "Use the recorded framework.",
  },
  P10_VERIFY_METHOD: {
    meaning: "The method differs from the one recorded.",
    fix: "Use the recorded method.",
  },
  P10_VERIFY_SOURCE: {
    meaning: "The manifest names a bundled document this version does not bundle.",
    fix: "Verify with the principle10 version that made it, or give the document's file.",
  },
  P10_VERIFY_LIBRARY: {
    meaning: "The manifest was made by another principle10 version (warning).",
    fix: "None needed if the scores verify.",
  },
  P10_VERIFY_OUTPUT: {
    meaning: "The recomputed scores differ from the published ones.",
    fix: "Read the located differences; republish if the change is intended.",
  },
  P10_VERIFY_SCORES_FILE: {
    meaning: "The published scores file is missing or differs.",
    fix: "Restore the published scores file next to the manifest.",
  },
  P10_VERIFY_HEADER: {
    meaning: "A header field of the scores differs.",
    fix: "See the field named; republish if intended.",
  },
  P10_VERIFY_UNIT: {
    meaning: "A unit is published but no longer computed, or the other way round.",
    fix: "Check the input rows of that unit.",
  },
  P10_VERIFY_ANSWER: { meaning: "An answer changed since publication.", fix: "Check the input row shown." },
  P10_VERIFY_SCORE: {
    meaning: "A score changed since publication.",
    fix: "Check the answers under that node.",
  },
  P10_VERIFY_STATISTIC: {
    meaning: "A normalisation statistic (cohort min, max, mean, sd …) changed since publication.",
    fix: "Check the answers of the cohort it is computed over.",
  },
  P10_VERIFY_LABEL: {
    meaning: "A label the manifest states (e.g. the imputation policy) differs from what was found.",
    fix: "Verify with the inputs and method that were published.",
  },
  P10_VERIFY_PATH: {
    meaning: "A file named by the manifest is outside its folder, not a regular file, or unsafe.",
    fix: "Keep the manifest's inputs as regular files in its folder.",
  },
  P10_VERIFY_MISMATCH: {
    meaning: "Not verified: the inputs cannot be scored again or differ.",
    fix: "Read the issues listed.",
  },
  // Uncertainty analysis.
  P10_UNCERTAINTY_SPEC_INVALID: {
    meaning: "An uncertainty spec has errors; `issues` lists each.",
    fix: "Fix the listed paths.",
  },
  P10_UNCERTAINTY_SPEC_SCHEMA: {
    meaning: "A spec field has the wrong type or value.",
    fix: "Correct the field at the path shown.",
  },
  P10_UNCERTAINTY_SPEC_UNKNOWN_KEY: {
    meaning: "A spec has a field the format does not know.",
    fix: "Remove it or correct its spelling.",
  },
  P10_UNCERTAINTY_SPEC_FORBIDDEN_KEY: {
    meaning: "A spec uses a key such as `__proto__`.",
    fix: "Rename the key.",
  },
  P10_UNCERTAINTY_SPEC_EXPONENT: {
    meaning: "A generalised-mean alternative has p = 0.",
    fix: "Use the geometric mean, or a non-zero p.",
  },
  P10_UNCERTAINTY_SPEC_OFFSET: {
    meaning: 'Zeros "offset" without a positive offset (or an offset without it).',
    fix: 'Give offset such as "1", or remove it.',
  },
  P10_UNCERTAINTY_UNKNOWN_NODE: {
    meaning: "A spec names a node not in the framework.",
    fix: "Correct the node id.",
  },
  P10_UNCERTAINTY_UNUSED_NODE: {
    meaning: "A spec names a node that enters no index of the method.",
    fix: "Remove it.",
  },
  P10_UNCERTAINTY_NODE_LEVEL: {
    meaning: "A spec perturbs or excludes the index root.",
    fix: "Name a pillar, group or indicator.",
  },
  P10_UNCERTAINTY_NODE: { meaning: "A node was not analysed.", fix: "Use a node listed in the message." },
  P10_UNCERTAINTY_NORMALISED_NODES: {
    meaning: "The uncertainty analysis cannot run a method that normalises node aggregates (normaliseNodes).",
    fix: "Analyse a method without normaliseNodes.",
  },
  P10_UNCERTAINTY_FEW_RUNS: {
    meaning: "Too few uncertainty runs for stable Sobol estimates (a warning).",
    fix: "Raise --runs to the number the warning suggests.",
  },
  P10_UNCERTAINTY_RUNS: {
    meaning: "The number of runs is not a positive whole number.",
    fix: "Give runs such as 1000.",
  },
  P10_RNG_SEED: {
    meaning: "A seed is not an integer from 0 to 2^32 − 1 or a string.",
    fix: "Give such a seed.",
  },
  P10_RNG_STATE: {
    meaning: "A generator state is not four 32-bit integers, not all zero.",
    fix: "Restore a state saved from a generator.",
  },
  P10_RNG_ARGUMENT: { meaning: "A random draw got invalid bounds.", fix: "Give finite a ≤ b." },
  P10_RNG_FORK: { meaning: "A forked generator was asked to fork.", fix: "Fork the root generator." },
  P10_SAMPLE_SHAPE: {
    meaning: "A sampling design's size is invalid.",
    fix: "Give positive whole runs and dimensions within the limit.",
  },
  P10_SAMPLE_VALUE: {
    meaning: "A uniform draw or choice count is out of range.",
    fix: "Give u in [0, 1) and a positive whole count.",
  },
  P10_SOBOL_SHAPE: {
    meaning: "A Sobol design's size is invalid.",
    fix: "Give positive whole N and k within the limit.",
  },
  P10_SOBOL_OPTIONS: {
    meaning: "Sobol bootstrap or confidence options are invalid.",
    fix: "Give a whole bootstrap count and a confidence in (0, 1).",
  },
  P10_SOBOL_OUTPUT: {
    meaning: "A Sobol output is not a finite number, or the outputs have the wrong length.",
    fix: "Give one finite output per design row.",
  },
  P10_SOBOL_VARIANCE: { meaning: "Too few base rows to estimate the output's variance.", fix: "Increase N." },
  P10_QUANTILE: {
    meaning: "A quantile's probability or length is out of range.",
    fix: "Give p in [0, 1] and a length within the array.",
  },
  P10_RANK_SHAPE: {
    meaning: "Rank buffers have the wrong length.",
    fix: "Give buffers as long as the scores.",
  },
  P10_RANK_VALUE: {
    meaning: "A rank statistic's option or rank is invalid.",
    fix: "Give places ≥ 0 and whole ranks.",
  },
  P10_RANK_EMPTY: {
    meaning: "No unit is ranked both in the run and in the nominal ranking.",
    fix: "Check that the runs score the same units.",
  },
  // Assessor agreement.
  P10_AGREEMENT_INPUT: {
    meaning: "A reliability record is malformed.",
    fix: "Give a unit, a coder and a finite value or null.",
  },
  P10_AGREEMENT_CONFLICT: {
    meaning: "A coder rated a unit twice with different values.",
    fix: "Keep one value per coder and unit.",
  },
  P10_AGREEMENT_OPTION: {
    meaning: "An agreement statistic got invalid options or coders.",
    fix: "See the message for the allowed values.",
  },
  // The HTML report.
  P10_REPORT_INPUT: {
    meaning: "The report's inputs do not fit together.",
    fix: "Give results and analyses of the same scores.",
  },
  P10_REPORT_CONTENT: {
    meaning: "A report block's content is invalid.",
    fix: "See the path in the message.",
  },
  P10_CHART_DATA: {
    meaning: "A chart got invalid data (non-finite value, bad domain).",
    fix: "See the path in the message.",
  },
} as const satisfies Record<string, ErrorCodeInfo>;

/** Every stable error and warning code of principle10. */
export type P10ErrorCode = keyof typeof ERROR_CATALOGUE;
