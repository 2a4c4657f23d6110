/** `p10 frameworks`: lists the bundled frameworks with their shape, and the bundled scoring methods. */
import { frameworkSummary } from "../../framework/framework.js";
import { frameworks } from "../../framework/registry.js";
import { methods } from "../../method/registry.js";
import { renderTextTable } from "../../base/text-table.js";
import type { Command } from "../command.js";

export const frameworksCommand: Command = {
  name: "frameworks",
  summary: "list the bundled frameworks (pillars, groups, legal and practice indicators) and methods",
  usage: [
    "Usage: p10 frameworks",
    "",
    "Lists every bundled framework, one line each (id, version, pillars, groups, the Bali Guidelines its groups",
    "cover, legal and practice indicators), then every bundled scoring method and the framework it is made for.",
  ].join("\n"),
  options: {},
  positionals: { min: 0, max: 0 },
  async run(_args, io) {
    const rows = frameworks.list().map((f) => {
      const s = frameworkSummary(frameworks.get(f.id));
      return [
        f.id,
        f.version,
        ...[s.pillars, s.groups, s.guidelines, s.legal, s.practice].map(String),
        f.title,
      ];
    });
    io.out(
      renderTextTable({
        header: ["id", "version", "pillars", "groups", "bali", "legal", "practice", "title"],
        rows,
        align: ["left", "left", "right", "right", "right", "right", "right", "left"],
      }),
    );
    const methodRows = methods.list().map((m) => [m.id, m.version, m.framework ?? "(any)", m.title]);
    io.out(
      `\nMethods:\n${renderTextTable({ header: ["id", "version", "framework", "title"], rows: methodRows, align: ["left", "left", "left", "left"] })}`,
    );
    return 0;
  },
};
