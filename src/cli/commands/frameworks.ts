/** `p10 frameworks`: lists the bundled frameworks with their shape. */
import { frameworkSummary } from "../../framework/framework.js";
import { frameworks } from "../../framework/registry.js";
import type { Command } from "../command.js";

export const frameworksCommand: Command = {
  name: "frameworks",
  summary: "list the bundled frameworks: id, version, pillars, groups, legal and practice indicators",
  usage: ["Usage: p10 frameworks", "", "Lists every bundled framework, one line each."].join("\n"),
  options: {},
  positionals: { min: 0, max: 0 },
  async run(_args, io) {
    const rows = frameworks.list().map((f) => {
      const s = frameworkSummary(frameworks.get(f.id));
      return [f.id, f.version, `${s.pillars} pillars`, `${s.groups} groups`, `${s.legal} legal`, `${s.practice} practice`, f.title];
    });
    const header = ["id", "version", "pillars", "groups", "legal", "practice", "title"];
    const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => (r[c] ?? "").length)));
    const line = (r: string[]): string => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join("  ");
    io.out(`${rows.map(line).join("\n")}\n`);
    return 0;
  },
};
