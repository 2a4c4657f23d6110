/** `p10 frameworks`: lists the bundled frameworks with their shape. */
import { frameworkSummary } from "../../framework/framework.js";
import { frameworks } from "../../framework/registry.js";
import { renderTextTable } from "../../report/text-table.js";
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
      return [
        f.id,
        f.version,
        String(s.pillars),
        String(s.groups),
        String(s.legal),
        String(s.practice),
        f.title,
      ];
    });
    const header = ["id", "version", "pillars", "groups", "legal", "practice", "title"];
    io.out(
      renderTextTable({ header, rows, align: ["left", "left", "right", "right", "right", "right", "left"] }),
    );
    return 0;
  },
};
