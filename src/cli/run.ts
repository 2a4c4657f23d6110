/**
 * The `p10` command line as a function of its arguments and I/O: dispatches to one sub-command per file in
 * `commands/`. Exit codes: 0 success, 1 the data or a check failed, 2 usage error. User mistakes print
 * `FILE:LINE:COLUMN: message` lines on stderr, never a stack trace. The process entry is `main.ts`; tests
 * call {@link runCli} with in-memory I/O.
 */
import { formatIssue, isP10Error } from "../errors.js";
import { type Command, type CommandIO, ISSUE_PRINT_LIMIT, UsageError } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { maxOf } from "../base/extent.js";
import { groupDigits, visibleControls } from "../base/text-safety.js";
import { didYouMean, parseCommandArgs } from "./parse-options.js";
import { checkPathConflicts } from "./path-conflicts.js";
import { VERSION } from "./version.js";

export { ISSUE_PRINT_LIMIT };

function topUsage(): string {
  const width = maxOf(COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `p10 ${VERSION}: score environmental democracy (Rio Principle 10) from indicator assessments`,
    "",
    "Usage: p10 <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `p10 <command> --help` for a command's options.",
  ].join("\n");
}

/**
 * Runs the CLI with the given arguments and I/O; returns the exit code. `main.ts` calls it with the
 * process's streams, tests with in-memory ones.
 * @param argv - the arguments after `p10`.
 * @param io - where to write.
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(`${topUsage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const names = COMMANDS.map((c) => c.name);
    io.err(
      `p10: error P10_USAGE: unknown command "${visibleControls(name)}"${didYouMean(name, names)}\n` +
        "Run `p10 --help` for the commands.\n",
    );
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    checkPathConflicts(parsed.values, parsed.positionals, io.cwd);
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(
        `p10 ${command.name}: error P10_USAGE: ${visibleControls(e.message)}\n` +
          `Run \`p10 ${command.name} --help\` for its options.\n`,
      );
      return 2;
    }
    if (isP10Error(e)) {
      // An error may stand for issues the reader did not keep: its last issue then says so
      // ("… and N more problems not listed"); count those too, so the total printed is right.
      const omitted = (e as { omittedIssues?: unknown }).omittedIssues;
      const notKept = typeof omitted === "number" && omitted > 0 ? omitted : 0;
      const listed = notKept > 0 ? e.issues.slice(0, -1) : e.issues;
      // An issue that names no file is the command's own: say which command, as usage errors do.
      const shown = listed
        .slice(0, ISSUE_PRINT_LIMIT)
        .map((i) =>
          visibleControls(
            i.file === undefined && i.path === undefined
              ? `p10 ${command.name}: ${formatIssue(i)}`
              : formatIssue(i),
          ),
        );
      const more = listed.length - shown.length + notKept;
      // Each problem once: an issue located in a file is the whole story; the summary line follows several
      // issues, or one whose summary says more than it (e.g. the periods a reference period was sought in).
      if (shown.length > 0)
        io.err(`${shown.join("\n")}\n${more > 0 ? `… and ${groupDigits(more)} more\n` : ""}`);
      const single = e.issues.length === 1 ? e.issues[0] : undefined;
      if (single === undefined || (single.file === undefined && single.message !== e.message)) {
        io.err(`p10 ${command.name}: ${visibleControls(e.message)}\n`);
      }
      return e.code === "P10_USAGE" ? 2 : 1;
    }
    throw e;
  }
}
