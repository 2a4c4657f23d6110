// The CLI contract, command by command: the same behaviour for the same option everywhere. One table row
// per command says how to run it; every behaviour below runs over every row it applies to.
//   A  an unknown option is a usage error (exit 2) in the project's format, with the closest option
//   B  `-` reads standard input: the output equals that of the same file
//   C  `--out FILE` takes its format from the extension, also when stdout is a terminal
//   D  `--format` against a contradicting `--out` extension is a usage error
//   E  an `--out` extension the command cannot write is a usage error
//   F  a missing input file is reported once, named as typed (exit 1)
//   G  `--help` prints the usage (exit 0)
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/audit/hash.js";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { p10 } from "./run-cli.js";

/** What a file of each format starts with (or how it parses). */
const LOOKS_LIKE: Record<string, (text: string) => boolean> = {
  csv: (t) => /^[a-z_0-9]+(,[a-z_0-9]+)+\r?\n/.test(t),
  json: (t) => {
    JSON.parse(t);
    return true;
  },
  md: (t) => /^(#|\|)/m.test(t) && /\|\s*-{3}/.test(t),
  txt: (t) => t.length > 0 && !/^[a-z_0-9]+(,[a-z_0-9]+)+\r?\n/.test(t) && !/^[{[]/.test(t),
  html: (t) => /^<!doctype html>/i.test(t),
  xlsx: (t) => t.startsWith("PK"),
};

interface Row {
  /** The command. */
  readonly command: string;
  /** Its arguments around the input file (`FILE`), for a quick successful run. */
  readonly args: readonly string[];
  /** Which input `FILE` is. */
  readonly input: "single" | "double" | "none" | "manifest";
  /** The `--out` extensions it writes. */
  readonly writes: readonly string[];
  /** An extension it does not write. */
  readonly refuses?: string;
  /** It prints a summary of what it wrote on stdout when writing to --out (p10 weights). */
  readonly saysWhatItWrote?: true;
}

const TABLE: readonly Row[] = [
  {
    command: "score",
    args: ["FILE"],
    input: "single",
    writes: ["csv", "json", "md", "txt"],
    refuses: "html",
  },
  {
    command: "compare",
    args: ["FILE"],
    input: "single",
    writes: ["csv", "json", "md", "txt"],
    refuses: "html",
  },
  {
    command: "explain",
    args: ["FILE", "--entity", "ARV"],
    input: "single",
    writes: ["txt"],
    refuses: "html",
  },
  { command: "report", args: ["FILE"], input: "single", writes: ["html"], refuses: "csv" },
  {
    command: "uncertainty",
    args: ["FILE", "--runs", "12", "--seed", "1"],
    input: "single",
    writes: ["csv", "json", "txt"],
    refuses: "md",
  },
  { command: "validate", args: ["FILE"], input: "single", writes: ["txt", "json"], refuses: "csv" },
  { command: "verify", args: ["FILE"], input: "manifest", writes: ["txt", "json"], refuses: "csv" },
  { command: "agreement", args: ["FILE"], input: "double", writes: ["csv", "json", "txt"], refuses: "md" },
  { command: "reconcile", args: ["FILE"], input: "double", writes: ["csv"], refuses: "json" },
  { command: "template", args: [], input: "none", writes: ["csv"], refuses: "json" },
  { command: "coherence", args: ["FILE"], input: "single", writes: ["csv", "json", "txt"], refuses: "md" },
  {
    command: "weights",
    args: ["FILE", "--pca"],
    input: "single",
    writes: ["json"],
    refuses: "csv",
    saysWhatItWrote: true,
  },
  { command: "frameworks", args: [], input: "none", writes: [] },
];

let dir = "";
const files: Record<Row["input"], string> = { single: "", double: "", none: "", manifest: "" };

/** A small copy of a seed: three entities, both periods. */
function excerpt(seed: string, name: string): string {
  const lines = readFileSync(seed, "utf8").split("\n");
  const kept = lines.filter((l, i) => i === 0 || /^(ARV|BMR|CQS),/.test(l));
  writeFileSync(join(dir, name), `${kept.join("\n")}\n`);
  return name;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "p10-contract-"));
  files.single = excerpt("seeds/edi-2015-sample.csv", "single.csv");
  files.double = excerpt("seeds/edi-2015-double-scored.csv", "double.csv");
  const m = await p10(["score", "single.csv", "--out", "m.scores.csv", "--manifest", "m.json"], { cwd: dir });
  expect(m.code).toBe(0);
  files.manifest = "m.json";
});

const argsOf = (row: Row, file: string, extra: string[] = []): string[] => [
  row.command,
  ...row.args.map((a) => (a === "FILE" ? file : a)),
  ...extra,
];

describe("the CLI contract: every command × every behaviour", () => {
  it("covers every command that takes an input file (a new command needs a row here)", () => {
    const inTable = new Set(TABLE.map((r) => r.command));
    for (const c of COMMANDS) if (c.positionals.min > 0) expect(inTable, c.name).toContain(c.name);
  });

  describe.each(COMMANDS.map((c) => [c.name, c] as const))("%s", (name, command) => {
    it("A: an unknown option is a usage error with the closest option suggested", async () => {
      const longs = Object.keys(command.options).filter((o) => o.length >= 4);
      const option = longs[0];
      // A typo: the last letter left out ("--forma" for "--format").
      const typo = option === undefined ? "bogus" : option.slice(0, -1);
      expect(Object.keys(command.options)).not.toContain(typo);
      const r = await p10([name, `--${typo}`]);
      expect(r.code).toBe(2);
      const first = r.stderr.split("\n")[0];
      expect(first).toBe(
        `p10 ${name}: error P10_USAGE: unknown option --${typo}${option === undefined ? "" : ` (did you mean --${option}?)`}`,
      );
      expect(r.stderr).not.toMatch(/Unknown option|\n\s+at /);
      expect(r.stdout).toBe("");
    });

    it("G: --help prints the usage and exits 0", async () => {
      const r = await p10([name, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: p10 ${name}`));
    });
  });

  const reading = TABLE.filter((r) => r.input === "single" || r.input === "double");
  describe.each(reading.map((r) => [r.command, r] as const))("%s", (_name, row) => {
    it("B: - reads standard input, with the same result as the file", async () => {
      const file = files[row.input];
      const fromFile = await p10(argsOf(row, file), { cwd: dir });
      const fromStdin = await p10(argsOf(row, "-"), {
        cwd: dir,
        stdin: readFileSync(join(dir, file), "utf8"),
      });
      expect(fromFile.code).toBe(0);
      expect(fromStdin.code).toBe(0);
      // The input's name and digest differ (<stdin> against the file); everything else is the same.
      const same = (t: string, name: string) => t.replaceAll(name, "INPUT").replace(/[0-9a-f]{64}/g, "SHA");
      const stdinOut = fromStdin.stdout.replaceAll("&lt;stdin&gt;", "<stdin>");
      expect(same(stdinOut, "<stdin>")).toBe(same(fromFile.stdout, file));
      expect(fromStdin.stdout.length).toBeGreaterThan(100);
      // The report prints the SHA-256 of what it read: standard input's bytes are the file's.
      if (row.command === "report") {
        expect(fromStdin.stdout).toContain(sha256Hex(readFileSync(join(dir, file))));
      }
    });

    it("F: a missing input file is reported once, as typed, with exit 1", async () => {
      const r = await p10(argsOf(row, "no-such.csv"), { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe("no-such.csv: error P10_FILE_READ: cannot read the file: no such file\n");
    });
  });

  const writing = TABLE.filter((r) => r.writes.length > 0);
  describe.each(writing.map((r) => [r.command, r] as const))("%s", (_name, row) => {
    it.each(row.writes.map((e) => [e]))(
      "C: --out x.%s writes that format, also when stdout is a terminal",
      async (ext) => {
        const out = `${row.command}-out.${ext}`;
        const r = await p10(argsOf(row, files[row.input], ["--out", out]), { cwd: dir, tty: true });
        expect(r.code, r.stderr).toBe(0);
        if (row.saysWhatItWrote === undefined) expect(r.stdout).toBe("");
        const text = readFileSync(join(dir, out), "utf8");
        expect(LOOKS_LIKE[ext]?.(text), `${out}: ${text.slice(0, 80)}`).toBe(true);
      },
    );

    it("D: --format that contradicts the --out extension is a usage error", async () => {
      if (!("format" in COMMANDS.find((c) => c.name === row.command)!.options)) return;
      const [a, b] = row.writes;
      if (a === undefined || b === undefined) return;
      const format = b === "txt" ? "table" : b;
      const r = await p10(argsOf(row, files[row.input], ["--format", format, "--out", `clash.${a}`]), {
        cwd: dir,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`error P10_USAGE: --format ${format} clashes with --out clash.${a}`);
      expect(existsSync(join(dir, `clash.${a}`))).toBe(false);
    });

    it("E: an --out extension the command cannot write is a usage error", async () => {
      const out = `refused.${row.refuses}`;
      const r = await p10(argsOf(row, files[row.input], ["--out", out]), { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^p10 ${row.command}: error P10_USAGE: --out ${out} names a`));
      expect(existsSync(join(dir, out))).toBe(false);
    });
  });
});

describe("the CLI contract: names the user may mistype", () => {
  it("suggests the closest command", async () => {
    const r = await p10(["scroe", "x.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'p10: error P10_USAGE: unknown command "scroe" (did you mean score?)\nRun `p10 --help` for the commands.\n',
    );
  });

  it("suggests the closest bundled framework and method, once", async () => {
    const f = await p10(["score", "seeds/edi-2015-sample.csv", "-f", "edi2015"]);
    expect(f.code).toBe(1);
    expect(f.stderr.trim().split("\n")).toHaveLength(1);
    expect(f.stderr).toContain("error P10_UNKNOWN_FRAMEWORK:");
    expect(f.stderr).toContain("did you mean edi-2015?");
    const m = await p10(["score", "seeds/edi-2015-sample.csv", "-m", "p10-defualt"]);
    expect(m.stderr).toContain("did you mean p10-default?");
  });

  it("suggests the closest entity in p10 explain", async () => {
    const r = await p10(["explain", files.single, "--entity", "ARW"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('entity "ARW" is not in single.csv (did you mean ARV?)');
  });

  it("the terminal decides the format of stdout only", async () => {
    const tty = await p10(["score", files.single], { cwd: dir, tty: true });
    const piped = await p10(["score", files.single], { cwd: dir });
    expect(LOOKS_LIKE.txt?.(tty.stdout)).toBe(true);
    expect(LOOKS_LIKE.csv?.(piped.stdout)).toBe(true);
    // An --out file without a known extension gets the machine format, on a terminal too.
    const other = await p10(["score", files.single, "--out", "scores.out"], { cwd: dir, tty: true });
    expect(readFileSync(join(dir, "scores.out"), "utf8")).toBe(piped.stdout);
    expect(other.code).toBe(0);
  });

  it("decodes standard input as strict UTF-8, as it does files (an invalid byte is an error at its place)", async () => {
    const r = await p10(["validate", "-"], {
      stdin: "entity,period,indicator,response\nA\u{FFFD}V,2024,1.1,3\n",
    });
    // U+FFFD typed as text is valid UTF-8: read as it is.
    expect(r.stderr).not.toContain("P10_ENCODING");
    const bad = await p10(["score", "-"], { stdinBytes: Uint8Array.of(0x65, 0x6e, 0x0a, 0xff, 0x0a) });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^<stdin>:2:1: error P10_ENCODING: /);
  });

  it("refuses --manifest with standard input (p10 verify could not read it again)", async () => {
    const r = await p10(["score", "-", "--manifest", "m2.json"], { cwd: dir, stdin: "entity\n" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--manifest needs the assessments in a file");
  });
});
