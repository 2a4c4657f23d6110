// Turns an `@example` block into a runnable module: package imports point at the sources, and a top-level
// statement whose comment states its result (`expr; // "value"`, `expr; // throws P10_X`) becomes a check.
import { dirname, resolve } from "node:path";
import ts from "typescript";
import { ENTRIES, REPO_ROOT } from "./public-exports.js";

/** The module that provides `check` to the generated examples. */
const CHECK_MODULE = resolve(REPO_ROOT, "test/docs/doctest-check.ts");

/**
 * Points `"principle10"`, `"principle10/node"`, `"principle10/report"` and `"principle10/advanced"` at the
 * entries' source files; with `from` (the example's source file, relative to the repository root), also a
 * relative specifier such as `"./fraction.js"` at the module it names (examples of internal functions
 * import them from their own module).
 */
export function toSourceImports(code: string, from?: string): string {
  return code.replace(
    /(["'])(principle10(?:\/[\w-]+)?|\.{1,2}\/[\w./-]+\.js)\1/g,
    (whole, _quote: string, specifier: string) => {
      if (specifier.startsWith(".")) {
        return from === undefined
          ? whole
          : JSON.stringify(resolve(REPO_ROOT, dirname(from), specifier.replace(/\.js$/, ".ts")));
      }
      const entry = ENTRIES.find((e) => e.specifier === specifier);
      return entry === undefined ? whole : JSON.stringify(resolve(REPO_ROOT, entry.file));
    },
  );
}

/** A plain value written in source: literals, arrays and objects of them, nothing computed. */
function isPlainLiteral(node: ts.Expression): boolean {
  if (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isBigIntLiteral(node)
  ) {
    return true;
  }
  if (
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true;
  }
  if (ts.isIdentifier(node)) return node.text === "undefined";
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  }
  if (ts.isArrayLiteralExpression(node)) {
    return node.elements.every(
      (e) => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e) && isPlainLiteral(e),
    );
  }
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (p) =>
        ts.isPropertyAssignment(p) &&
        (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
        isPlainLiteral(p.initializer),
    );
  }
  return false;
}

/** Whether `text` is exactly one plain literal value. */
function isLiteralText(text: string): boolean {
  const file = ts.createSourceFile("value.ts", `(${text}\n)`, ts.ScriptTarget.ES2022, true);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  const statement = file.statements[0];
  if (diagnostics.length > 0 || file.statements.length !== 1 || statement === undefined) return false;
  if (!ts.isExpressionStatement(statement) || !ts.isParenthesizedExpression(statement.expression))
    return false;
  return isPlainLiteral(statement.expression.expression);
}

/**
 * How a result is compared with a stated value: `equal` (numbers written with decimals may be rounded),
 * `subset` (the comment elides object properties with `…`: the result has at least the stated ones) or
 * `digits` (a number cut short, `0.6363…`: the result's digits start with the stated ones).
 */
export type Match = "equal" | "subset" | "digits";

export interface StatedValue {
  /** The value's source text, a plain literal. */
  source: string;
  match: Match;
}

/**
 * Reads the result a comment states: the longest leading plain literal, followed by nothing or by an
 * explanation after a space or punctuation (`"1.12" (half-even)`, `4: the first value…`). With `whole`,
 * the literal must be the entire comment. `…` between an object's properties makes it a `subset`; a
 * number followed by `…` is `digits`. Anything else (prose, arithmetic, elided arrays) states nothing.
 */
export function statedValue(comment: string, whole = false): StatedValue | undefined {
  let text = comment.replace(/^\/\/\s?/, "").trim();
  const cut = /^(-?\d+\.\d+)…/.exec(text);
  if (cut !== null) return whole && text !== cut[0] ? undefined : { source: cut[1]!, match: "digits" };
  let match: Match = "equal";
  if (text.startsWith("{")) {
    const stripped = text.replace(/,\s*(?:…|\.\.\.)(?=\s*[,}])/g, "").replace(/(?:…|\.\.\.)\s*,\s*/g, "");
    if (stripped !== text) match = "subset";
    text = stripped;
  }
  for (let end = text.length; end > 0; end--) {
    const next = text[end];
    if (next !== undefined && (whole || !/[\s,:;(]/.test(next))) continue;
    const source = text.slice(0, end).trim();
    if (isLiteralText(source)) return { source, match };
  }
  return undefined;
}

/** The expression a statement shows: `console.log(x)` shows `x`. */
function shownExpression(expression: ts.Expression): ts.Expression {
  if (
    ts.isCallExpression(expression) &&
    expression.arguments.length === 1 &&
    expression.getText().startsWith("console.log(")
  ) {
    return expression.arguments[0]!;
  }
  return expression;
}

/** The comment stating a statement's result: on its line, or alone on the next line. */
function resultComment(code: string, file: ts.SourceFile, statement: ts.Statement): StatedValue | undefined {
  const trailing = ts.getTrailingCommentRanges(code, statement.end)?.[0];
  if (trailing !== undefined && trailing.kind === ts.SyntaxKind.SingleLineCommentTrivia) {
    return statedValue(code.slice(trailing.pos, trailing.end));
  }
  const below = ts.getLeadingCommentRanges(code, statement.end)?.[0];
  if (below === undefined || below.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return undefined;
  const statementLine = file.getLineAndCharacterOfPosition(statement.end).line;
  if (file.getLineAndCharacterOfPosition(below.pos).line !== statementLine + 1) return undefined;
  return statedValue(code.slice(below.pos, below.end), true);
}

/** The error code a statement's own comment says it throws: `f(x); // throws P10_SOME_CODE`. */
function thrownCode(code: string, statement: ts.Statement): string | undefined {
  const trailing = ts.getTrailingCommentRanges(code, statement.end)?.[0];
  if (trailing === undefined) return undefined;
  return /^\/\/\s*throws\s+(P10_[A-Z0-9_]+)\b/.exec(code.slice(trailing.pos, trailing.end))?.[1];
}

/**
 * Rewrites an example into a module: package imports (and, given `from`, relative ones) to the sources, and each top-level
 * `expr; // value` into `check(expr, value, …)` and `expr; // throws P10_X` into a check that
 * it throws that code. Returns the module text and how many checks it has.
 */
export function doctestModule(code: string, label: string, from?: string): { text: string; checks: number } {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const line = file.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    const where = JSON.stringify(`${label}, line ${line}`);
    const throws = thrownCode(code, statement);
    const stated = throws === undefined ? resultComment(code, file, statement) : undefined;
    if (throws === undefined && stated === undefined) continue;
    const shown = shownExpression(statement.expression).getText();
    edits.push({
      start: statement.getStart(),
      end: statement.end,
      text:
        throws === undefined
          ? `__check((${shown}), (${stated!.source}), ${JSON.stringify(stated!.match)}, ${where});`
          : `await __throws(async () => (${shown}), ${JSON.stringify(throws)}, ${where});`,
    });
  }
  let text = code;
  for (const edit of edits.reverse()) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const names = "check as __check, throws as __throws";
  const header = edits.length > 0 ? `import { ${names} } from ${JSON.stringify(CHECK_MODULE)};\n` : "";
  return { text: `${header}${toSourceImports(text, from)}\nexport {};\n`, checks: edits.length };
}
