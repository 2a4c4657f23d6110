// p10 verify on manifests written by someone else: it reads only regular files inside the manifest's
// folder, within size limits, never quotes them, and checks every label the manifest states.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

/** A manifest as parsed JSON, edited freely by the tests. */
type Doc = {
  inputs: [{ name: string; rows: number }];
  framework: { id: string; version: string; source: object };
  method: { id: string; version: string; source: object };
  output: { file: string; units: number };
};
const SAMPLE = "seeds/edi-2015-sample.csv";
const PASSWD_LINE = /root:.*:0:0:/;

/** A folder with a scored copy of the sample and its manifest (run.json). */
async function scored() {
  const cwd = mkdtempSync(join(tmpdir(), "p10-hostile-"));
  copyFileSync(SAMPLE, join(cwd, "sample.csv"));
  const r = await p10(["score", "sample.csv", "--out", "scores.csv", "--manifest", "run.json"], { cwd });
  expect(r.code).toBe(0);
  const manifest: Doc = JSON.parse(readFileSync(join(cwd, "run.json"), "utf8"));
  /** Writes an edited manifest as bad.json and verifies it, timing the run. */
  const verify = async (edit: (m: Doc) => void, extra: string[] = []) => {
    const m = structuredClone(manifest);
    edit(m);
    writeFileSync(join(cwd, "bad.json"), JSON.stringify(m));
    const started = performance.now();
    const result = await p10(["verify", "bad.json", ...extra], { cwd });
    return { ...result, ms: performance.now() - started };
  };
  return { cwd, manifest, verify };
}

describe("p10 verify reads only regular files inside the manifest's folder", () => {
  it.each([
    ["inputs[0].name", "/etc/passwd", (m: Doc, p: string) => (m.inputs[0].name = p)],
    ["inputs[0].name", "../../../../../../etc/passwd", (m: Doc, p: string) => (m.inputs[0].name = p)],
    ["framework.source.file", "/etc/passwd", (m: Doc, p: string) => (m.framework.source = { file: p })],
    ["method.source.file", "/proc/self/environ", (m: Doc, p: string) => (m.method.source = { file: p })],
    ["output.file", "../../../../../../etc/passwd", (m: Doc, p: string) => (m.output.file = p)],
  ])("%s = %s: exit 1, located in the manifest, nothing of the file quoted", async (at, path, edit) => {
    const { verify } = await scored();
    const r = await verify((m) => edit(m, path));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(`^bad\\.json: ${at.replace(/[.[\]]/g, "\\$&")}: error P10_VERIFY_PATH: `),
    );
    expect(r.stderr).toContain("only files inside the manifest's folder are read");
    expect(r.stderr).not.toMatch(PASSWD_LINE);
    expect(r.stderr).not.toContain("PATH=");
    expect(r.ms).toBeLessThan(2000);
  });

  it("a symbolic link leading out of the folder is refused; --allow-outside follows it without quoting", async () => {
    const { cwd, verify } = await scored();
    symlinkSync("/etc/passwd", join(cwd, "link.csv"));
    const r = await verify((m) => (m.inputs[0].name = "link.csv"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^bad\.json: inputs\[0\]\.name: error P10_VERIFY_PATH: the input file "link\.csv" leads through a symbolic link out of the folder/,
    );
    const allowed = await verify((m) => (m.inputs[0].name = "link.csv"), ["--allow-outside"]);
    expect(allowed.code).toBe(1);
    expect(allowed.stderr).toContain("details withheld");
    expect(allowed.stderr).not.toMatch(PASSWD_LINE);
  });

  it.each([
    ["/dev/zero", "a character device"],
    ["/dev/urandom", "a character device"],
  ])("--allow-outside still never reads %s (exit 1 within 2 s)", async (device, kind) => {
    const { verify } = await scored();
    const input = await verify((m) => (m.inputs[0].name = device), ["--allow-outside"]);
    expect(input.code).toBe(1);
    expect(input.stderr).toContain(`is not a regular file (it is ${kind})`);
    expect(input.ms).toBeLessThan(2000);
    const output = await verify((m) => (m.output.file = device), ["--allow-outside"]);
    expect(output.code).toBe(1);
    expect(output.stderr).toMatch(/output\.file: error P10_VERIFY_PATH: the published scores file/);
    expect(output.ms).toBeLessThan(2000);
  });

  it("a FIFO and a directory inside the folder: exit 1 within 2 s, the FIFO never opened", async () => {
    const { cwd, verify } = await scored();
    execFileSync("mkfifo", [join(cwd, "pipe.csv")]);
    mkdirSync(join(cwd, "folder.csv"));
    const fifo = await verify((m) => (m.inputs[0].name = "pipe.csv"));
    expect(fifo.code).toBe(1);
    expect(fifo.stderr).toContain('the input file "pipe.csv" is not a regular file (it is a FIFO)');
    expect(fifo.ms).toBeLessThan(2000);
    const framework = await verify((m) => (m.framework.source = { file: "pipe.csv" }));
    expect(framework.code).toBe(1);
    expect(framework.stderr).toContain("(it is a FIFO)");
    const dir = await verify((m) => (m.inputs[0].name = "folder.csv"));
    expect(dir.code).toBe(1);
    expect(dir.stderr).toContain("(it is a directory)");
  });

  it("a file larger than the manifest's records allow is not read", async () => {
    const { cwd, verify } = await scored();
    // 2772 rows allow 1 MiB + 2772 × 64 KiB; a sparse file one byte larger is refused unread.
    const limit = 1024 * 1024 + 2772 * 64 * 1024;
    writeFileSync(join(cwd, "huge.csv"), "");
    truncateSync(join(cwd, "huge.csv"), limit + 1);
    const r = await verify((m) => (m.inputs[0].name = "huge.csv"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`is ${limit + 1} bytes, more than the ${limit} bytes`);
    expect(r.ms).toBeLessThan(2000);
  });

  it("errors inside a named file keep their code and place but quote nothing of it", async () => {
    const { cwd, verify } = await scored();
    writeFileSync(join(cwd, "secret.json"), '{"id": "TOP-SECRET-VALUE",\n oops}');
    const r = await verify((m) => (m.method.source = { file: "secret.json" }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^secret\.json:2:\d+: error P10_JSON_SYNTAX: details withheld/m);
    expect(r.stderr).not.toContain("TOP-SECRET");
    expect(r.stderr).not.toContain("oops");
  });
});

describe("p10 verify checks every label the manifest states", () => {
  it.each([
    ["framework.id", (m: Doc) => (m.framework.id = "edi-2099"), '"edi-2099", but "edi-2015"'],
    ["framework.version", (m: Doc) => (m.framework.version = "9.9.9"), '"9.9.9", but "1.1.0"'],
    ["method.id", (m: Doc) => (m.method.id = "other"), '"other", but "edi-2015"'],
    ["method.version", (m: Doc) => (m.method.version = "2.0.0"), '"2.0.0", but "1.0.0"'],
    ["inputs[0].rows", (m: Doc) => (m.inputs[0].rows = 5), "5, but 2772"],
    ["output.units", (m: Doc) => (m.output.units = 99), "99, but 28"],
  ])(
    "a changed %s fails naming the field; the summary never repeats the false label",
    async (field, edit, said) => {
      const { verify } = await scored();
      const r = await verify(edit);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(
        `${field}: error P10_VERIFY_LABEL: the manifest states ${field} ${said} was found`,
      );
      expect(r.stderr).toContain(`the manifest misstates ${field}`);
    },
  );
});
