// BIMI assertion record (draft-brand-indicators-for-message-identification §4.2):
// default._bimi.<domain> TXT "v=BIMI1; l=<https SVG>; a=<https PEM (VMC)>".

import "server-only";
import type { DnsClient } from "@/lib/dns/types";
import { checkTxtPolicy, tagValue } from "./txt-policy-record";
import type { Finding } from "./types";

export async function checkBimi(domain: string, dns: DnsClient): Promise<Finding[]> {
  const { findings, tags } = await checkTxtPolicy(
    {
      area: "bimi",
      label: "BIMI",
      name: `default._bimi.${domain}`,
      version: "v=BIMI1",
      reference: "draft-brand-indicators-for-message-identification §4.2",
      referenceUrl:
        "https://datatracker.ietf.org/doc/draft-brand-indicators-for-message-identification/",
      validate(tags) {
        const problems: string[] = [];
        const l = tagValue(tags, "l");
        const a = tagValue(tags, "a");
        if (l === undefined) problems.push("the l= tag (logo location) is missing");
        for (const [tag, value] of [
          ["l", l],
          ["a", a],
        ] as const) {
          if (value && !/^https:\/\/\S{1,2000}$/i.test(value))
            problems.push(`${tag}= must be an https: URL`);
        }
        return problems;
      },
      none: {
        severity: "info",
        title: `${domain} has no BIMI record`,
        detail:
          "BIMI shows your logo next to your mail in supporting inboxes. Optional; it needs DMARC at quarantine or reject first.",
      },
      ok: (tags) => ({
        title: `${domain} publishes a BIMI logo`,
        detail: `Logo: ${tagValue(tags, "l") || "(none)"}${tagValue(tags, "a") ? `; certificate: ${tagValue(tags, "a")}` : "; no certificate (a=), which Gmail and Apple require to show the logo"}.`,
      }),
    },
    dns,
  );
  // l= empty is the declination record: the domain says it has no logo on purpose.
  if (tags && tagValue(tags, "l") === "" && !tagValue(tags, "a")) {
    return findings.map((f) =>
      f.code === "bimi.ok"
        ? {
            ...f,
            code: "bimi.declined",
            severity: "info",
            title: `${domain} declines BIMI`,
            detail: "An empty l= means the domain deliberately shows no logo.",
          }
        : f,
    );
  }
  return findings;
}
