// saveManifest / readManifest / verifyManifest / hashFile on real files in a temporary folder.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verificationStatus } from "../../src/audit/verification.js";
import { isP10Error } from "../../src/errors.js";
import { frameworks } from "../../src/framework/registry.js";
import { methods } from "../../src/method/registry.js";
import { hashFile } from "../../src/node/file-hash.js";
import { readManifest, scoresFileName, saveManifest } from "../../src/node/manifest-file.js";
import { readAssessments } from "../../src/node/read-assessments.js";
import { verifyManifest } from "../../src/node/verify-manifest.js";
import { score } from "../../src/score/engine.js";

const SAMPLE = "seeds/edi-2015-sample.csv";

/** A folder with `data/sample.csv` and `out/`, the sample scored and its manifest in `out/run.json`. */
async function published(options: { assessor?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "p10-manifest-"));
  mkdirSync(join(dir, "data"));
  mkdirSync(join(dir, "out"));
  copyFileSync(SAMPLE, join(dir, "data/sample.csv"));
  const edi = frameworks.get("edi-2015");
  const parsed = await readAssessments(join(dir, "data/sample.csv"), edi, options);
  const scoreSet = score(parsed.dataset, edi, methods.get("edi-2015"));
  const written = await saveManifest("out/run.json", {
    scoreSet,
    framework: "edi-2015",
    assessments: "data/sample.csv",
    rows: parsed.accounting.read,
    options,
    cwd: dir,
  });
  return { dir, scoreSet, ...written };
}

describe("hashFile", () => {
  it("equals the SHA-256 of the bytes (node:crypto as the oracle)", async () => {
    const expected = createHash("sha256").update(readFileSync(SAMPLE)).digest("hex");
    expect(await hashFile(SAMPLE)).toBe(expected);
  });

  it("names a missing file", async () => {
    await expect(hashFile("nope.csv")).rejects.toMatchObject({ code: "P10_FILE_READ", message: /nope\.csv/ });
  });
});

describe("saveManifest", () => {
  it("writes the manifest and its canonical scores, with paths relative to the manifest", async () => {
    const { dir, manifest, manifestPath, scoresPath } = await published();
    expect(manifestPath).toBe(join(dir, "out/run.json"));
    expect(scoresPath).toBe(join(dir, "out/run.scores.json"));
    expect(manifest.inputs[0]).toMatchObject({ name: "../data/sample.csv", rows: 2772 });
    expect(manifest.framework.source).toEqual({ bundled: "edi-2015" });
    expect(manifest.method.source).toEqual({ bundled: "edi-2015" });
    expect(manifest.output.file).toBe("run.scores.json");
    // `sha256sum run.scores.json` gives the output digest; the manifest file reads back as written.
    expect(createHash("sha256").update(readFileSync(scoresPath)).digest("hex")).toBe(manifest.output.sha256);
    expect(await readManifest("out/run.json", { cwd: dir })).toEqual(manifest);
  });

  it("writes the same two files for the same run", async () => {
    const a = await published();
    const b = await published();
    expect(readFileSync(b.manifestPath, "utf8")).toBe(readFileSync(a.manifestPath, "utf8"));
    expect(readFileSync(b.scoresPath, "utf8")).toBe(readFileSync(a.scoresPath, "utf8"));
  });

  it("refuses a bundled name for a document that is not the bundled one", async () => {
    const edi = frameworks.get("edi-2015");
    const edited = { ...methods.get("edi-2015"), minCoverage: "1/2" };
    const parsed = await readAssessments(SAMPLE, edi);
    const scoreSet = score(parsed.dataset, edi, edited);
    const dir = mkdtempSync(join(tmpdir(), "p10-manifest-"));
    await expect(
      saveManifest(join(dir, "m.json"), {
        scoreSet,
        framework: "edi-2015",
        method: "edi-2015",
        assessments: SAMPLE,
        rows: parsed.accounting.read,
      }),
    ).rejects.toMatchObject({ code: "P10_MANIFEST_SOURCE" });
  });

  it("names the sibling scores file after the manifest", () => {
    expect(scoresFileName("out/manifest.json")).toBe("manifest.scores.json");
    expect(scoresFileName("run")).toBe("run.scores.json");
  });
});

// The manifests here sit in out/ and name ../data/ files: outside their folder, read only with allowOutside.
describe("verifyManifest", () => {
  it("verifies an untouched folder, from any working directory, with the recorded options", async () => {
    // Scoring one assessor's answers gives other scores than scoring all: verify must reuse the option.
    const { dir, manifest } = await published({ assessor: "B. Okoro" });
    expect(manifest.options.assessor).toBe("B. Okoro");
    expect(verificationStatus(await verifyManifest("out/run.json", { cwd: dir, allowOutside: true }))).toBe(
      "verified",
    );
    expect(verificationStatus(await verifyManifest(join(dir, "out/run.json"), { allowOutside: true }))).toBe(
      "verified",
    );
  });

  it("recomputes with the recorded options: a delimiter that does not fit fails naming the input", async () => {
    const { manifestPath } = await published();
    const m = JSON.parse(readFileSync(manifestPath, "utf8"));
    m.options.delimiter = ";";
    writeFileSync(manifestPath, JSON.stringify(m));
    await expect(verifyManifest(manifestPath, { allowOutside: true })).rejects.toMatchObject({
      code: "P10_VERIFY_MISMATCH",
      message: /the inputs cannot be scored again/,
    });
  });

  it("names a missing input as the manifest does, and refuses an invalid manifest with paths", async () => {
    const { dir, manifestPath } = await published();
    const m = JSON.parse(readFileSync(manifestPath, "utf8"));
    m.inputs[0].name = "../data/gone.csv";
    writeFileSync(manifestPath, JSON.stringify(m));
    await expect(verifyManifest("out/run.json", { cwd: dir, allowOutside: true })).rejects.toMatchObject({
      code: "P10_FILE_READ",
      // The manifest's `../data/gone.csv`, shown relative to the working directory.
      message: "cannot read data/gone.csv: no such file",
    });
    m.output.sha256 = "xyz";
    writeFileSync(manifestPath, JSON.stringify(m));
    try {
      await verifyManifest("out/run.json", { cwd: dir, allowOutside: true });
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.issues[0]).toMatchObject({
        code: "P10_MANIFEST_SCHEMA",
        file: "out/run.json",
        path: "output.sha256",
      });
    }
  });
});

describe("verifyManifest after the bundled framework moved on", () => {
  it("verifies a manifest written under p10-2026 1.1.0 (bundled then) against the kept 1.1.0 file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-manifest-kept-"));
    // The sample's rows of the 1.1.0 indicators (the 1.2.0 ones are appended after line 1,821).
    const rows = readFileSync("seeds/p10-2026-sample.csv", "utf8").split("\n").slice(0, 1821);
    writeFileSync(join(dir, "sample.csv"), `${rows.join("\n")}\n`);
    const kept = join(process.cwd(), "data/frameworks/p10-2026-1.1.0.json");
    const { readFramework } = await import("../../src/node/framework-file.js");
    const v110 = await readFramework(kept);
    const parsed = await readAssessments(join(dir, "sample.csv"), v110);
    const scoreSet = score(parsed.dataset, v110, methods.get("p10-default"));
    const { manifestPath } = await saveManifest("run.json", {
      scoreSet,
      framework: kept,
      method: "p10-default",
      assessments: "sample.csv",
      rows: parsed.accounting.read,
      cwd: dir,
    });
    // What package 0.2.0 wrote: the framework named by its bundled id, at version 1.1.0 (same document digest).
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    expect(manifest.framework.version).toBe("1.1.0");
    manifest.framework.source = { bundled: "p10-2026" };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    expect(frameworks.get("p10-2026").version).toBe("1.2.0");
    const verified = await verifyManifest(manifestPath, { allowOutside: true });
    expect(verificationStatus(verified)).toBe("verified");
    // A version the package does not keep is not silently replaced by the bundled one.
    manifest.framework.version = "1.0.9";
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    expect(verificationStatus(await verifyManifest(manifestPath, { allowOutside: true }))).not.toBe(
      "verified",
    );
  });

  it("verifies a manifest written under edi-2015 1.0.0 (bundled in 0.2.0) against the kept 1.0.0 file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-manifest-edi-"));
    copyFileSync(SAMPLE, join(dir, "sample.csv"));
    const kept = join(process.cwd(), "data/frameworks/edi-2015-1.0.0.json");
    const { readFramework } = await import("../../src/node/framework-file.js");
    const v100 = await readFramework(kept);
    const parsed = await readAssessments(join(dir, "sample.csv"), v100);
    const scoreSet = score(parsed.dataset, v100, methods.get("edi-2015"));
    const { manifestPath } = await saveManifest("run.json", {
      scoreSet,
      framework: kept,
      assessments: "sample.csv",
      rows: parsed.accounting.read,
      cwd: dir,
    });
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    expect(manifest.framework.version).toBe("1.0.0");
    manifest.framework.source = { bundled: "edi-2015" };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    expect(frameworks.get("edi-2015").version).toBe("1.1.0");
    expect(verificationStatus(await verifyManifest(manifestPath, { allowOutside: true }))).toBe("verified");
  });
});
