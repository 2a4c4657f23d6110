// Runs the p10 CLI in memory for tests: returns the exit code and what went to stdout and stderr.
import { runCli } from "../../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function p10(args: string[], options: { tty?: boolean; cwd?: string } = {}): Promise<CliResult> {
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
  });
  return { code, stdout, stderr };
}
