#!/usr/bin/env node
// End-to-end benchmark of the main job (issue #13): `p10 score` of a generated edi-2015 file, every level,
// written with --out, against `p10 validate` of the same file. One process per figure (dist/cli.js), run
// one after the other; each figure is the wall time and the peak resident set size of that process
// (`/usr/bin/time -f %M` when present, else VmHWM polled from /proc/<pid>/status).
// Targets: 1,000,000 answers: score csv ≤ 2.0 × validate and ≤ 300 MB; score json ≤ 2.0 × and ≤ 350 MB;
// 10,000,000 answers: score csv ≤ 1.2 GB with the same ratio. Skip the 10M file with --no-10m.
// Input files come from test/bench/generate.mjs (deterministic, in .bench/, gitignored).
// Run: npm run bench (builds dist first), or node test/bench/cli-bench.mjs after npm run build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = join(root, "dist/cli.js");
const TIME = "/usr/bin/time";

/** Runs one p10 command in its own process; returns seconds and peak RSS in MB. */
async function measure(args) {
  const started = performance.now();
  if (existsSync(TIME)) {
    const report = join(root, ".bench/time.txt");
    const run = spawnSync(TIME, ["-f", "%M %U %S", "-o", report, process.execPath, cli, ...args], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, CI: "1" },
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`p10 ${args.join(" ")} exited with ${run.status}`);
    const [kb, user, system] = (readFileSync(report, "utf8").trim().split("\n").pop() ?? "")
      .split(" ")
      .map(Number);
    return { seconds, mb: kb / 1024, cpu: user + system };
  }
  // Without GNU time: poll the child's high-water mark while it runs.
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "1" },
  });
  let kb = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (m) kb = Math.max(kb, Number(m[1]));
    } catch {
      // the process has ended
    }
  }, 20);
  const status = await new Promise((done) => child.on("exit", done));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`p10 ${args.join(" ")} exited with ${status}`);
  return { seconds, mb: kb / 1024, cpu: undefined };
}

// CPU seconds (user + system) are shown too: on a shared, loaded machine they vary less than wall time.
const fmt = (m) =>
  `${m.seconds.toFixed(2)} s, ${m.mb.toFixed(0)} MB${m.cpu === undefined ? "" : `, ${m.cpu.toFixed(2)} s CPU`}`;
let failed = 0;
function check(label, ok) {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${label}`);
  if (!ok) failed++;
}

async function suite(entities, figures) {
  const { file, rows } = generate({ entities });
  const out = join(root, ".bench/score-out");
  console.log(`${file.replace(`${root}/`, "")}: ${rows.toLocaleString("en")} answers`);
  const validate = await measure(["validate", file]);
  console.log(`  p10 validate:                 ${fmt(validate)}`);
  for (const { format, maxMb } of figures) {
    const m = await measure([
      "score",
      file,
      "--format",
      format,
      "--levels",
      "index,pillar,group,indicator",
      "--out",
      out,
    ]);
    rmSync(out, { force: true });
    const ratio = m.seconds / validate.seconds;
    const cpuRatio = m.cpu === undefined ? "" : `; CPU ${(m.cpu / validate.cpu).toFixed(2)} ×`;
    console.log(
      `  p10 score --format ${format.padEnd(5)}:    ${fmt(m)}  (${ratio.toFixed(2)} × validate${cpuRatio})`,
    );
    check(`score ${format}: time ratio ${ratio.toFixed(2)} ≤ 2.0`, ratio <= 2.0);
    check(`score ${format}: peak RSS ${m.mb.toFixed(0)} MB ≤ ${maxMb} MB`, m.mb <= maxMb);
  }
}

if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run npm run build first");
await suite(5051, [
  { format: "csv", maxMb: 300 },
  { format: "json", maxMb: 350 },
]);
if (!process.argv.includes("--no-10m")) await suite(50_506, [{ format: "csv", maxMb: 1200 }]);
console.log(failed === 0 ? "all targets met" : `${failed} target(s) missed`);
