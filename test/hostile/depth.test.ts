// JSON nested 100,000 levels deep in any document p10 reads: a located error, never a stack overflow.
import { describe, expect, it } from "vitest";
import { p10 } from "../cli/run-cli.js";
import { deepJson, deepObjects, writeCorpus } from "./corpus.js";

const SAMPLE = `${process.cwd()}/seeds/edi-2015-sample.csv`;

describe("documents nested 100,000 deep", () => {
  const dir = writeCorpus({ "deep.json": deepJson(100_000), "objects.json": deepObjects(100_000) });
  it.each([
    [["score", SAMPLE, "-f", "deep.json"], "deep.json"],
    [["score", SAMPLE, "-m", "objects.json"], "objects.json"],
    [["score", SAMPLE, "--crosswalk", "deep.json"], "deep.json"],
    [["uncertainty", SAMPLE, "--spec", "objects.json", "--runs", "10"], "objects.json"],
    [["verify", "deep.json"], "deep.json"],
    [["verify", "objects.json"], "objects.json"],
  ])("p10 %j: exit 1 with a located error", async (args, file) => {
    const r = await p10(args, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${file.replace(".", "\\.")}: .*error P10_DOCUMENT_TOO_DEEP: the document nests more than 64 levels deep`,
        "m",
      ),
    );
    expect(r.stderr).not.toContain("internal error");
  });
});
