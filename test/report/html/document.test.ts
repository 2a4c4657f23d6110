import { describe, expect, it } from "vitest";
import { isP10Error } from "../../../src/errors.js";
import { htmlDocument } from "../../../src/report/html/document.js";
import { rankingChart } from "../../../src/report/svg/ranking-chart.js";
import { NASTY, rankingInput } from "../fixtures.js";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return isP10Error(e) ? `${e.code} ${e.issues[0]?.path}` : String(e);
  }
  return undefined;
}

describe("htmlDocument", () => {
  const chart = rankingChart(rankingInput());
  const page = htmlDocument({
    title: `Scores for ${NASTY}`,
    subtitle: "Fictional data",
    meta: [{ label: "Framework", value: "edi-2015 <v1>" }],
    blocks: [
      {
        kind: "section",
        id: "ranking",
        heading: "Ranking & bands",
        blocks: [
          { kind: "paragraph", text: "Scores are on the 0–3 scale; <b> is not bold." },
          { kind: "figure", svg: chart, caption: "Bars coloured by band." },
          {
            kind: "table",
            caption: "Scores",
            columns: [{ label: "Entity" }, { label: "Index", align: "right" }],
            rows: [[NASTY, "1.10"]],
          },
          { kind: "section", heading: "Notes", blocks: [{ kind: "notes", items: ["a & b"] }] },
        ],
      },
    ],
    footer: "Made by principle10",
  });

  it("is one self-contained page: inline CSS, a policy that forbids every request, no script, no link", () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(page).toContain("<style>");
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(page).toContain("@media print");
    expect(page).toContain("break-inside: avoid");
  });

  it("escapes every text and keeps the chart markup", () => {
    expect(page).toContain(
      "<title>Scores for &lt;i&gt;&quot;Q&amp;A&quot;&lt;/i&gt; &amp; &#39;Land&#39;</title>",
    );
    expect(page).toContain("<p>Scores are on the 0–3 scale; &lt;b&gt; is not bold.</p>");
    expect(page).toContain("<dd>edi-2015 &lt;v1&gt;</dd>");
    expect(page).toContain("<li>a &amp; b</li>");
    expect(page).toContain(`<figure>${chart}<figcaption>Bars coloured by band.</figcaption></figure>`);
    expect(page).not.toContain("<i>");
  });

  it("nests section headings and right-aligns numeric columns", () => {
    expect(page).toContain('<section id="ranking">\n<h2>Ranking &amp; bands</h2>');
    expect(page).toContain("<h3>Notes</h3>");
    expect(page).toContain('<th scope="col" class="num">Index</th>');
    expect(page).toContain('<td class="num">1.10</td>');
  });

  it("refuses content that is not what it claims to be", () => {
    const base = { title: "t", blocks: [] };
    expect(
      codeOf(() => htmlDocument({ ...base, blocks: [{ kind: "figure", svg: "<b>not a chart</b>" }] })),
    ).toBe("P10_REPORT_CONTENT blocks[0].svg");
    expect(
      codeOf(() =>
        htmlDocument({
          ...base,
          blocks: [{ kind: "table", caption: "c", columns: [{ label: "a" }], rows: [["1", "2"]] }],
        }),
      ),
    ).toBe("P10_REPORT_CONTENT blocks[0].rows[0]");
    expect(
      codeOf(() =>
        htmlDocument({ ...base, blocks: [{ kind: "section", id: "a b", heading: "h", blocks: [] }] }),
      ),
    ).toBe("P10_REPORT_CONTENT blocks[0].id");
    expect(codeOf(() => htmlDocument({ ...base, lang: 'en" onload="x' }))).toBe("P10_REPORT_CONTENT lang");
    expect(codeOf(() => htmlDocument({ ...base, blocks: [{ kind: "video" } as never] }))).toBe(
      "P10_REPORT_CONTENT blocks[0].kind",
    );
  });

  it("is deterministic", () => {
    const input = { title: "t", blocks: [{ kind: "paragraph", text: "p" }] as const };
    expect(htmlDocument(input)).toBe(htmlDocument(structuredClone(input)));
  });
});
