// Runs the p10 CLI in memory for tests: returns the exit code and what went to stdout and stderr.
import { runCli } from "../../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function p10(
  args: string[],
  options: { tty?: boolean; cwd?: string; stdin?: string; stdinBytes?: Uint8Array } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    outIsTTY: options.tty ?? false,
    errIsTTY: false,
    cwd: options.cwd ?? process.cwd(),
    // Standard input in two pieces, as a pipe delivers it (the split may fall inside a row).
    ...(options.stdin === undefined ? {} : { stdin: halves(new TextEncoder().encode(options.stdin)) }),
    ...(options.stdinBytes === undefined ? {} : { stdin: halves(options.stdinBytes) }),
  });
  return { code, stdout, stderr };
}

async function* halves(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  const middle = Math.floor(bytes.length / 2);
  yield bytes.subarray(0, middle);
  yield bytes.subarray(middle);
}
