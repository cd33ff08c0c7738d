import { describe, expect, it } from "vitest";
import { spfFindings } from "@/lib/spf/findings";
import { withSpfFixtureDns } from "@/lib/spf/testing/spf-fixture-dns";
import { compactFinding } from "@/lib/share/payload";
import { spfTreeModel, type SpfTreeRow } from "./spf-tree-model";

const dns = withSpfFixtureDns();

/** "depth domain lookups/running voids/running [matched]" per node, in document order. */
function lines(row: SpfTreeRow, depth = 0): string[] {
  const m = row.matched ? ` matched ${row.matched.text} (${row.matched.result})` : "";
  const over = `${row.overLookupLimit ? " OVER-LOOKUPS" : ""}${row.overVoidLimit ? " OVER-VOIDS" : ""}`;
  return [
    `${depth} ${row.via} ${row.domain} ${row.lookups}/${row.runningLookups} ${row.voidLookups}/${row.runningVoidLookups}${m}${over}`,
    ...row.children.flatMap((c) => lines(c, depth + 1)),
  ];
}

// Each row: domain (and IP) in the fixture zones → the tree as the view shows it.
const rows: [
  string,
  string,
  string | undefined,
  string[],
  { ip: string; result: string; matched: string | null } | null,
][] = [
  [
    "an include with an a: term; the IP matches inside the include",
    "spf-pass.example",
    "198.51.100.25",
    [
      "0 check spf-pass.example 1/2 0/0 matched include:_spf.spf-pass.example (pass)",
      "1 include _spf.spf-pass.example 1/2 0/0 matched a:mail.spf-pass.example (pass)",
    ],
    { ip: "198.51.100.25", result: "pass", matched: "a:mail.spf-pass.example" },
  ],
  [
    "twelve lookups: the running total passes 10 in the second include",
    "spf-toomany.example",
    undefined,
    [
      "0 check spf-toomany.example 4/12 0/0",
      "1 include t1.spf-toomany.example 4/7 0/0",
      "1 include t2.spf-toomany.example 4/12 0/0 OVER-LOOKUPS",
    ],
    null,
  ],
  [
    "three void lookups against 2",
    "spf-void.example",
    undefined,
    ["0 check spf-void.example 3/3 3/3 OVER-VOIDS"],
    null,
  ],
  [
    "a redirect is a node of its own",
    "spf-redirect.example",
    "192.0.2.99",
    [
      "0 check spf-redirect.example 1/2 0/0",
      "1 redirect _spf.spf-pass.example 1/2 0/0 matched -all (fail)",
    ],
    { ip: "192.0.2.99", result: "fail", matched: "-all" },
  ],
];

describe("spfTreeModel on real SPF findings", () => {
  it.each(rows)("%s", async (_name, domain, ip, expected, evaluation) => {
    const findings = await spfFindings(domain, dns.client(), ip ? { ip } : {});
    const model = spfTreeModel(findings);
    expect(model).not.toBeNull();
    expect(lines(model!.root)).toEqual(expected);
    // The running total ends where the evaluator's own count does.
    const totals = findings.find((f) => f.data?.["totals"])?.data?.["totals"] as {
      lookups: number;
      voidLookups: number;
    };
    expect(model!.totalLookups).toBe(totals.lookups);
    expect(model!.totalVoidLookups).toBe(totals.voidLookups);
    expect(model!.lookupLimit).toBe(10);
    expect(model!.voidLimit).toBe(2);
    expect(
      model!.evaluation
        ? {
            ip: model!.evaluation.ip,
            result: model!.evaluation.result,
            matched: model!.evaluation.matched?.text ?? null,
          }
        : null,
    ).toEqual(evaluation);
  });

  it("nothing to draw from a share link's compact findings (no data) or non-SPF findings", async () => {
    const findings = await spfFindings("spf-pass.example", dns.client());
    expect(spfTreeModel(findings.map(compactFinding))).toBeNull();
    expect(
      spfTreeModel([
        { area: "dmarc", data: { tree: {} } },
        { area: "spf", data: { tree: "not a tree" } },
      ]),
    ).toBeNull();
  });
});
