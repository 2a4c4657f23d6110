// Careless and hostile assessment files: located errors, never a crash, a hang or a silent coercion.
import { describe, expect, it } from "vitest";
import { frameworks } from "../../src/framework/registry.js";
import { parseAssessments, validateAssessments } from "../../src/assessment/parse.js";
import { p10 } from "../cli/run-cli.js";
import { csv, HEADER, writeCorpus } from "./corpus.js";

const edi = frameworks.get("edi-2015");
const row = (entity: string, indicator = "1.1", name = "Arvenia") =>
  `${entity},${name},2014,${indicator},2,,,`;
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out[2 + 2 * i] = text.charCodeAt(i);
  return out;
};

/** The longest line of stderr: no message may quote a cell at length. */
const longestLine = (text: string): number => Math.max(0, ...text.split("\n").map((l) => l.length));

describe("encodings: input must be UTF-8", () => {
  const dir = writeCorpus({
    "latin1.csv": latin1(csv(row("ARV"), row("AR\u00c9V"))),
    "utf16.csv": utf16le(csv(row("ARV"))),
    "bad-utf8.csv": Uint8Array.from([...Buffer.from(`${csv(row("ARV"))}XX`), 0xc3, 0x28, 0x0a]),
  });
  it("a Latin-1 byte is an error at its line and column, not a garbled id", async () => {
    const r = await p10(["score", "latin1.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^latin1\.csv:3:3: error P10_ENCODING: byte 0xC9 is not valid UTF-8/m);
    expect(r.stdout).toBe("");
  });
  it("an invalid sequence at the end of a line is located too", async () => {
    const r = await p10(["validate", "bad-utf8.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad-utf8\.csv:3:3: error P10_ENCODING: byte 0xC3/m);
  });
  it("a UTF-16 file is named as such, with how to convert it", async () => {
    const r = await p10(["score", "utf16.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the file is encoded as UTF-16LE");
    expect(r.stderr).toContain("iconv -f UTF-16LE -t UTF-8");
    expect(r.stderr).not.toContain("wide");
  });
});

describe("ids: size, control characters, normalisation and case", () => {
  it("an entity id of 500,000 characters is a located error quoting at most 80 of them", () => {
    const started = performance.now();
    const v = validateAssessments(csv(row("X".repeat(500_000))), edi);
    expect(performance.now() - started).toBeLessThan(2000);
    const issue = v.issues.find((i) => i.code === "P10_ID_TOO_LONG");
    expect(issue).toMatchObject({ line: 2, column: 1 });
    expect(issue?.message).toContain("the entity is 500000 characters long; at most 10000 are accepted");
    expect(issue?.message).toContain("(and 499,920 more characters)");
    expect(issue!.message.length).toBeLessThan(250);
  });

  it("a cell of 5 MB (an entity id, an indicator id) stops the reader with a located error", () => {
    for (const [text, field] of [
      [csv(row("X".repeat(5_000_000))), 1],
      [csv(row("ARV", "9".repeat(5_000_000))), 4],
    ] as const) {
      const started = performance.now();
      expect(() => validateAssessments(text, edi)).toThrow(
        expect.objectContaining({
          code: "P10_CSV_TOO_LONG",
          issues: [expect.objectContaining({ line: 2, column: field })],
        }),
      );
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it("an unknown indicator id of 900,000 characters, and 2,000 long unknown ids, are reported fast and briefly", () => {
    let started = performance.now();
    const one = validateAssessments(csv(row("ARV", "9".repeat(900_000))), edi);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(one.issues[0]?.code).toBe("P10_ID_TOO_LONG");
    started = performance.now();
    const rows = Array.from({ length: 2000 }, (_, i) => row("ARV", `${i}`.padEnd(5000, "x")));
    const many = validateAssessments(csv(...rows), edi);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(many.issues.filter((i) => i.code === "P10_UNKNOWN_INDICATOR")).toHaveLength(2000);
    expect(Math.max(...many.issues.map((i) => i.message.length))).toBeLessThan(250);
    expect(many.accounting).toMatchObject({ read: 2000, accepted: 0, rejected: 2000 });
  });

  it("control characters in ids and names are errors; the message shows them escaped", () => {
    const v = validateAssessments(csv(row("AR\u0000V"), row("ARV", "1.1", "Ar\u001b[31mvenia")), edi);
    const codes = v.issues.map((i) => [i.code, i.line, i.column]);
    expect(codes).toEqual([
      ["P10_CONTROL_CHARACTER", 2, 1],
      ["P10_CONTROL_CHARACTER", 3, 2],
    ]);
    expect(v.issues[0]?.message).toContain('"AR\\x00V"');
    expect(v.issues[1]?.message).toContain('"Ar\\x1b[31mvenia"');
    expect(v.issues.map((i) => i.message).join("")).not.toContain("\u001b");
    expect(v.issues.map((i) => i.message).join("")).not.toContain("\u0000");
  });

  it("ids differing only by Unicode normalisation or case are an error naming both lines", () => {
    const composed = "\u00d6ST";
    const decomposed = "O\u0308ST";
    const v = validateAssessments(
      csv(row(composed), row(decomposed, "1.2"), row("arv"), row("ARV", "1.2")),
      edi,
    );
    const collisions = v.issues.filter((i) => i.code === "P10_ID_COLLISION");
    expect(collisions.map((i) => i.line)).toEqual([3, 5]);
    expect(collisions[0]?.message).toContain("on line 2 only by Unicode normalisation");
    expect(collisions[1]?.message).toBe(
      'the entity "ARV" differs from "arv" on line 4 only by case: write one id the same way everywhere',
    );
    expect(() => parseAssessments(csv(row(composed), row(decomposed, "1.2")), edi)).toThrow(/1 error/);
  });
});

describe("files that are not assessment files", () => {
  it("p10 score /dev/zero: a located error, quickly", async () => {
    const started = performance.now();
    const r = await p10(["score", "/dev/zero"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^\/dev\/zero:1:1: error P10_CSV_TOO_LONG: a cell longer than 1000000 characters/m,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(longestLine(r.stderr)).toBeLessThan(300);
  });

  it("a line of 200,000 delimiters: a located error", () => {
    expect(() => parseAssessments(`${HEADER}\n${",".repeat(200_000)}\n`, edi)).toThrow(
      /line 2, field 100001: a record of more than 100000 fields/,
    );
  });

  it("an off-scale response of 1 MB is quoted in at most 80 characters", () => {
    const v = validateAssessments(csv(`ARV,Arvenia,2014,1.1,${"7".repeat(999_000)},,,`), edi);
    expect(v.issues[0]?.code).toBe("P10_RESPONSE_OFF_SCALE");
    expect(v.issues[0]!.message.length).toBeLessThan(400);
  });

  it("a Buffer passed as text is a P10_INVALID_ARGUMENT saying how to decode it", () => {
    expect(() => parseAssessments(Buffer.from(csv(row("ARV"))) as unknown as string, edi)).toThrow(
      expect.objectContaining({
        code: "P10_INVALID_ARGUMENT",
        message: expect.stringMatching(/^the assessment text must be a string or string chunks; got bytes/),
      }),
    );
  });
});
