/** `p10 frameworks`: lists the bundled frameworks with their shape, and the bundled scoring methods. */
import { frameworkSummary } from "../../framework/framework.js";
import { frameworks } from "../../framework/registry.js";
import { methods } from "../../method/registry.js";
import { renderTextTable } from "../../base/text-table.js";
import { readFramework } from "../../node/framework-file.js";
import { keptFrameworkFile, keptFrameworkVersions } from "../../node/kept-frameworks.js";
import type { Command } from "../command.js";

export const frameworksCommand: Command = {
  name: "frameworks",
  summary: "list the bundled frameworks (pillars, groups, legal and practice indicators) and methods",
  usage: [
    "Usage: p10 frameworks",
    "",
    "Lists every bundled framework, one line each (id, version, pillars, groups, the Bali Guidelines its groups",
    "cover, legal and practice indicators), followed by the earlier versions the package keeps (data/frameworks/",
    "<id>-<version>.json, used through crosswalks and by p10 verify), then every bundled scoring method and the",
    "framework it is made for.",
  ].join("\n"),
  options: {},
  positionals: { min: 0, max: 0 },
  async run(_args, io) {
    const rows: string[][] = [];
    for (const f of frameworks.list()) {
      const row = (fw: ReturnType<typeof frameworks.get>, title: string): string[] => {
        const s = frameworkSummary(fw);
        return [
          f.id,
          fw.version,
          ...[s.pillars, s.groups, s.guidelines, s.legal, s.practice].map(String),
          title,
        ];
      };
      rows.push(row(frameworks.get(f.id), f.title));
      for (const version of keptFrameworkVersions(f.id)) {
        if (version === f.version) continue;
        const file = keptFrameworkFile(f.id, version) as string;
        const kept = await readFramework(file, { file: `data/frameworks/${f.id}-${version}.json` });
        rows.push(row(kept, `(earlier version, kept as data/frameworks/${f.id}-${version}.json)`));
      }
    }
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
