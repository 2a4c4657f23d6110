/**
 * `p10 verify`: re-reads the inputs a manifest names, checks their SHA-256, scores again and compares the
 * canonical scores with the published ones bit for bit; on a difference it names what differs.
 */
import { assertVerified, verificationStatus, verificationSummary } from "../../audit/verification.js";
import { formatIssue } from "../../errors.js";
import { verifyManifest } from "../../node/verify-manifest.js";
import { type Command, stringOption } from "../command.js";
import { verifyJson } from "../json/outputs.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";

export const verifyCommand: Command = {
  name: "verify",
  summary: "re-run a manifest (p10 score --manifest) and check inputs and scores bit for bit",
  usage: [
    "Usage: p10 verify <manifest.json> [--allow-input-changes] [--allow-outside] [--format text|json]",
    "                  [--out FILE]",
    "",
    "Re-reads the framework, method and assessment file named by the manifest, checks their SHA-256,",
    "scores again with the recorded options and compares the canonical scores with the published ones.",
    "Prints `verified` and a summary (exit 0), or names every difference on stderr (exit 1): a changed",
    "input with both hashes, each changed answer (entity, indicator, line) and, per entity and period,",
    "the first node whose result differs, with the published and recomputed values.",
    "",
    "Any changed input fails verification, even when the scores come out identical (e.g. rows reordered):",
    "the report then says the change does not affect any score.",
    "",
    "Reads only what it should: every file the manifest names must be a regular file inside the",
    "manifest's folder (no absolute path, no '..', no symbolic link leading out), no larger than the",
    "manifest's own records allow (1 MiB + 64 KiB per row recorded for the input, 16 MiB for a framework",
    "or method); problems inside the files are reported by code and place, without quoting them.",
    "",
    "Options:",
    "  --allow-input-changes    accept changed inputs when the recomputed scores are identical (warnings)",
    "  --allow-outside          also read files the manifest names outside its folder (trusted manifests)",
    "  --format text|json       the output (default text). json: every check, difference and issue as one",
    "                           document on stdout, also when verification fails (exit 1); shape:",
    "                           data/schema/verify-output.schema.json. A manifest that cannot be",
    "                           checked at all (missing, not a manifest, a file outside its folder)",
    "                           is an error on stderr with its place (exit 1) and no document",
    "  --out FILE               write the result to FILE instead of stdout",
  ].join("\n"),
  options: {
    "allow-input-changes": { type: "boolean" },
    "allow-outside": { type: "boolean" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const format = outputFormat(values, ["text", "json"] as const, { tty: "text", pipe: "text" }, io);
    const verification = await verifyManifest(positionals[0]!, {
      cwd: io.cwd,
      allowOutside: values["allow-outside"] === true,
    });
    const allowInputChanges = values["allow-input-changes"] === true;
    if (format === "json") {
      const { text, verified } = verifyJson(verification, allowInputChanges);
      await emitResult(text, stringOption(values, "out"), io);
      return verified ? 0 : 1;
    }
    const warnings = assertVerified(verification, {
      allowInputChanges,
    });
    for (const w of warnings) io.err(`${formatIssue(w)}\n`);
    const status = verificationStatus(verification);
    await emitResult(
      `verified${status === "verified" ? "" : " (scores only: inputs changed)"}\n${verificationSummary(verification)}\n`,
      stringOption(values, "out"),
      io,
    );
    return 0;
  },
};
