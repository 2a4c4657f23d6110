/**
 * A progress bar on stderr for long commands (`p10 uncertainty`): drawn only when stderr is a terminal and
 * the environment is not CI, so pipes, files and CI logs receive nothing extra.
 */
import type { OutputPiece } from "../base/utf8-sink.js";
import type { CommandIO } from "./command.js";

/** A progress bar; both methods are no-ops when the bar is not drawn. */
export interface ProgressBar {
  /** Whether the bar is drawn at all. */
  readonly drawn: boolean;
  /** Shows `done` of `total`; redraws only when the shown percentage changes. */
  update(done: number, total: number): void;
  /** Clears the bar's line. */
  finish(): void;
}

/** Characters of the bar itself. */
const WIDTH = 30;

/**
 * Tells whether an environment is a CI run: `CI` set to anything but empty, `0` or `false`.
 *
 * @param env - the environment variables.
 * @returns `true` in CI.
 */
export function isCiEnvironment(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
}

/**
 * Makes a progress bar that writes `label [#####-----]  45% 1800/4000` with carriage returns on stderr.
 *
 * @param io - the command's I/O (`errIsTTY` decides, with the environment, whether to draw).
 * @param label - what is progressing, e.g. `runs`.
 * @param env - the environment (default `process.env`).
 * @returns the bar.
 */
export function createProgressBar(
  io: CommandIO,
  label: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ProgressBar {
  const drawn = io.errIsTTY && !isCiEnvironment(env);
  let shown = -1;
  let visible = false;
  return {
    drawn,
    update(done, total) {
      if (!drawn || total <= 0) return;
      const percent = Math.floor((100 * done) / total);
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round((WIDTH * done) / total);
      const bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
      io.err(`\r${label} [${bar}] ${String(percent).padStart(3)}% ${done}/${total}`);
      visible = true;
    },
    finish() {
      if (visible) io.err("\r\x1b[2K");
      visible = false;
    },
  };
}

/** A one-line status on stderr (phase, bytes, rows), redrawn at most every {@link REDRAW_MS}. */
export interface ProgressLine {
  /** Whether the line is drawn at all. */
  readonly drawn: boolean;
  /** Shows a status (throttled unless `now`). */
  show(text: string, now?: boolean): void;
  /** Clears the line. */
  finish(): void;
}

/** Milliseconds between redraws of a progress line. */
const REDRAW_MS = 100;

/**
 * Makes a status line for long work (`p10 score` on a large file): drawn with carriage returns on stderr
 * only when stderr is a terminal and the environment is not CI; never touches stdout.
 *
 * @param io - the command's I/O.
 * @param env - the environment (default `process.env`).
 * @returns the line.
 */
export function createProgressLine(
  io: CommandIO,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ProgressLine {
  const drawn = io.errIsTTY && !isCiEnvironment(env);
  let last = Number.NEGATIVE_INFINITY;
  let visible = false;
  return {
    drawn,
    show(text, now = false) {
      if (!drawn) return;
      const t = performance.now();
      if (!now && t - last < REDRAW_MS) return;
      last = t;
      io.err(`\r\x1b[2K${text}`);
      visible = true;
    },
    finish() {
      if (visible) io.err("\r\x1b[2K");
      visible = false;
    },
  };
}

/**
 * Writes a size in bytes as megabytes with one decimal (`12.3 MB`).
 *
 * @param bytes - the size.
 * @returns the text.
 */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * Passes pieces of output through, showing on a progress line how much was written.
 *
 * @param chunks - the pieces.
 * @param line - the progress line.
 * @returns the same pieces.
 */
export function* withWriteProgress<P extends OutputPiece>(
  chunks: Iterable<P>,
  line: ProgressLine,
): Generator<P> {
  if (!line.drawn) {
    yield* chunks;
    return;
  }
  // Characters of text, bytes of bytes: near enough for a progress line (the output is mostly ASCII).
  let size = 0;
  for (const chunk of chunks) {
    // The phase shows at once; the amount written then at most every REDRAW_MS.
    line.show(`writing: ${megabytes(size)}`, size === 0);
    size += chunk.length;
    yield chunk;
  }
  line.finish();
}
