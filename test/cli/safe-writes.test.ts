// Outputs never overwrite inputs or each other (usage error, exit 2, before any work); every file is written
// to a temporary sibling and renamed into place; a failing command writes nothing.
import { spawn } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { OutputBatch, writeFileAtomic } from "../../src/node/atomic-write.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";
const DOUBLE = "seeds/edi-2015-double-scored.csv";

function folder(): string {
  const cwd = mkdtempSync(join(tmpdir(), "p10-writes-"));
  copyFileSync(SAMPLE, join(cwd, "in.csv"));
  copyFileSync("data/frameworks/edi-2015.json", join(cwd, "fw.json"));
  return cwd;
}

describe("no command writes a file it reads, nor two outputs to one file", () => {
  it.each([
    [["score", "in.csv", "--out", "in.csv"], "--out in.csv would overwrite the input in.csv"],
    [["score", "in.csv", "--out", "./sub/../in.csv"], "would overwrite the input in.csv"],
    [["score", "in.csv", "--out", "link.csv"], "would overwrite the input in.csv"],
    [["score", "in.csv", "--manifest", "in.csv"], "--manifest in.csv would overwrite the input in.csv"],
    [
      ["score", "in.csv", "-f", "fw.json", "--out", "fw.json"],
      "--out fw.json would overwrite --framework fw.json",
    ],
    [["report", "in.csv", "--out", "in.csv"], "would overwrite the input in.csv"],
    [["explain", "in.csv", "--entity", "ARV", "--out", "in.csv"], "would overwrite the input in.csv"],
    [
      ["score", "in.csv", "--out", "run.scores.json", "--manifest", "run.json"],
      "--manifest's scores file run.scores.json and --out run.scores.json are the same file",
    ],
  ])("p10 %j: exit 2 and the input untouched", async (args, said) => {
    const cwd = folder();
    symlinkSync(join(cwd, "in.csv"), join(cwd, "link.csv"));
    const before = readFileSync(join(cwd, "in.csv"), "utf8");
    const r = await p10(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(readFileSync(join(cwd, "in.csv"), "utf8")).toBe(before);
    expect(readdirSync(cwd).sort()).toEqual(["fw.json", "in.csv", "link.csv"]);
  });

  it("p10 reconcile in.csv --out in.csv: exit 2, the double-scored file untouched", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-writes-"));
    copyFileSync(DOUBLE, join(cwd, "double.csv"));
    const r = await p10(["reconcile", "double.csv", "--out", "double.csv"], { cwd });
    expect(r.code).toBe(2);
    expect(readFileSync(join(cwd, "double.csv"))).toEqual(readFileSync(DOUBLE));
  });
});

describe("a failing command writes nothing", () => {
  it("a manifest that cannot be written leaves no --out behind, and the previous --out intact", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "scores.csv"), "previous\n");
    const r = await p10(["score", "in.csv", "--out", "scores.csv", "--manifest", "missing/run.json"], {
      cwd,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("P10_FILE_WRITE");
    expect(readFileSync(join(cwd, "scores.csv"), "utf8")).toBe("previous\n");
    // No temporary file left either.
    expect(readdirSync(cwd).sort()).toEqual(["fw.json", "in.csv", "scores.csv"]);
  });

  it("writeFileAtomic writes chunks from a stream; a failing stream leaves the previous file and no temporary", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-writes-"));
    const file = join(cwd, "out.txt");
    async function* chunks() {
      yield "a";
      yield "😀".repeat(700_000); // 1.4 M UTF-16 units: slices must not split a pair
    }
    await writeFileAtomic(file, chunks());
    expect(readFileSync(file, "utf8")).toBe(`a${"😀".repeat(700_000)}`);
    await writeFileAtomic(file, `b${"😀".repeat(700_000)}`);
    expect(readFileSync(file, "utf8")).toBe(`b${"😀".repeat(700_000)}`);
    async function* failing() {
      yield "partial";
      throw new Error("the writer failed");
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow("the writer failed");
    expect(readFileSync(file, "utf8").startsWith("b")).toBe(true);
    expect(readdirSync(cwd)).toEqual(["out.txt"]);
  });

  it("an OutputBatch renames nothing until every file is written", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-writes-"));
    const batch = new OutputBatch();
    await expect(
      batch.run(async (b) => {
        await b.stage(join(cwd, "a.txt"), "one");
        await b.stage(join(cwd, "no-folder", "b.txt"), "two", "no-folder/b.txt");
      }),
    ).rejects.toThrow("cannot write no-folder/b.txt: its folder does not exist");
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe("a killed write leaves the previous file intact", () => {
  it("SIGKILL during p10 score --format json --out f.json: f.json is the previous one", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-kill-"));
    // Ten copies of the sample under other entity codes: a 6.7 MB JSON output, long enough to kill mid-write.
    const [header, ...rows] = readFileSync(SAMPLE, "utf8").trimEnd().split("\n");
    const lines = [header];
    for (let k = 0; k < 10; k++) for (const row of rows) lines.push(`X${k}${row}`);
    writeFileSync(join(cwd, "in.csv"), `${lines.join("\n")}\n`);
    const previous = '{"previous": true}\n';
    const env = { ...process.env };
    delete env.VITEST;
    /** One run killed as soon as writing has begun; returns what f.json holds then, or null if not caught writing. */
    const attempt = async (): Promise<string | null> => {
      writeFileSync(join(cwd, "f.json"), previous);
      const child = spawn(
        process.execPath,
        [
          "--import",
          pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href,
          resolve("src/cli/main.ts"),
          "score",
          "in.csv",
          "--format",
          "json",
          "--out",
          "f.json",
        ],
        { cwd, env, stdio: "ignore" },
      );
      const exited = new Promise<void>((done) => child.on("exit", () => done()));
      // Writing has begun: a temporary sibling exists, or (an unsafe writer) f.json changed.
      let killed = false;
      const started = Date.now();
      while (!killed && child.exitCode === null && Date.now() - started < 60_000) {
        const writing =
          readdirSync(cwd).some((f) => f.startsWith(".f.json.")) ||
          statSync(join(cwd, "f.json")).size !== previous.length;
        if (writing) killed = child.kill("SIGKILL");
        else await new Promise((r) => setTimeout(r, 1));
      }
      await exited;
      return killed ? readFileSync(join(cwd, "f.json"), "utf8") : null;
    };
    // A kill that lands just after the rename finds the complete new file, which is also safe; try again
    // then (and when the write finished before it was seen), up to five times.
    let found: string | null = null;
    for (let k = 0; k < 5; k++) {
      found = await attempt();
      if (found === previous) break;
      if (found !== null) expect(() => JSON.parse(found as string)).not.toThrow();
    }
    expect(found).toBe(previous);
  }, 300_000);
});
