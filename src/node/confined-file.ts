/**
 * The files a manifest names, checked before a single byte is read. `p10 verify` runs on manifests that
 * someone else wrote, so a manifest must not be able to make it read (and quote back) `/etc/passwd`,
 * hang on `/dev/zero` or a FIFO, or read gigabytes: a named file must lie inside the manifest's folder
 * (after symbolic links are resolved), be a regular file, and be no larger than a limit derived from what
 * the manifest records. The checks use `stat` on the resolved path, which opens nothing, so a FIFO or a
 * device is never opened.
 */
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { P10Error } from "../errors.js";
import { quoteForMessage } from "../base/text-safety.js";

/** Where a checked name came from, for the error's location: the manifest file and the JSON path. */
export interface ConfinedOrigin {
  /** The manifest as the user named it. */
  readonly file: string;
  /** The JSON path of the name inside the manifest, e.g. `inputs[0].name`. */
  readonly path: string;
}

/** Options of {@link confinedFile}. */
export interface ConfinedOptions {
  /** Allow absolute paths, `..` and symbolic links leading out of the folder (`p10 verify --allow-outside`). */
  readonly allowOutside?: boolean;
  /** The largest size accepted, in bytes. */
  readonly maxBytes: number;
  /** What the file is, for messages: `input`, `framework`, `method`, `published scores`. */
  readonly what: string;
}

/** A file that passed the checks: its real path (symbolic links resolved) and size. */
export interface ConfinedFile {
  readonly realPath: string;
  readonly size: number;
}

/**
 * Checks a name from a manifest and returns the real path to read, or `null` when the file does not exist.
 *
 * @param folder - the manifest's folder.
 * @param name - the name as the manifest records it.
 * @param origin - where the name is in the manifest (the error's location).
 * @param options - `allowOutside`, `maxBytes`, `what`.
 * @returns the real path and size, or `null` when nothing exists at that name.
 * @throws P10Error `P10_VERIFY_PATH` for a name outside the folder, or a file that is not a regular file
 *   (directory, FIFO, device, socket) or is larger than `maxBytes`. No message contains any byte of the file.
 */
export async function confinedFile(
  folder: string,
  name: string,
  origin: ConfinedOrigin,
  options: ConfinedOptions,
): Promise<ConfinedFile | null> {
  const refuse = (why: string): P10Error => {
    const message = `the ${options.what} file ${quoteForMessage(name)} ${why}`;
    return new P10Error("P10_VERIFY_PATH", `not verified: ${message}`, [
      { code: "P10_VERIFY_PATH", severity: "error", file: origin.file, path: origin.path, message },
    ]);
  };
  if (name.includes("\u0000")) throw refuse("contains a NUL character");
  const outside = "only files inside the manifest's folder are read (--allow-outside reads it anyway)";
  if (options.allowOutside !== true) {
    if (isAbsolute(name) || /^[A-Za-z]:|^[\\/]/.test(name)) throw refuse(`is an absolute path: ${outside}`);
    if (name.split(/[\\/]/).includes("..")) throw refuse(`climbs out of the folder with "..": ${outside}`);
  }
  const folderReal = await realpath(folder);
  let real: string;
  try {
    real = await realpath(resolve(folder, name));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    throw refuse(code === "EACCES" ? "cannot be read: permission denied" : "cannot be resolved");
  }
  if (options.allowOutside !== true && !isInside(folderReal, real)) {
    throw refuse(`leads through a symbolic link out of the folder: ${outside}`);
  }
  // stat, not open: a FIFO or a device is never opened, so nothing can block or stream forever.
  const info = await stat(real);
  if (!info.isFile())
    throw refuse(`is not a regular file (it is ${kindOf(info)}): only regular files are read`);
  if (info.size > options.maxBytes) {
    throw refuse(
      `is ${info.size} bytes, more than the ${options.maxBytes} bytes the manifest's own records allow`,
    );
  }
  return { realPath: real, size: info.size };
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

function kindOf(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a file";
}
