import { describe, expect, it } from "vitest";
import { starterDmarc } from "./dmarc-record";
import { dkimInstructions } from "./dkim-record";

describe("records", () => {
  it("starts DMARC at p=none with a reporting address and a rollout to reject", () => {
    const p = starterDmarc("example.com");
    expect(p).toMatchObject({
      name: "_dmarc.example.com",
      value: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com",
    });
    expect(p.rollout.map((r) => r.value.match(/p=(\w+)/)?.[1])).toEqual(["quarantine", "reject"]);
  });

  it("gives Google Workspace's TXT at google._domainkey and Microsoft 365's two CNAMEs", () => {
    expect(dkimInstructions("example.com", "google-workspace", null).records).toEqual([
      {
        type: "TXT",
        name: "google._domainkey.example.com",
        value: "v=DKIM1; k=rsa; p=<the key shown in the console>",
      },
    ]);
    const ms = dkimInstructions("example.com", "microsoft-365", null).records;
    expect(ms.map((r) => [r.type, r.name])).toEqual([
      ["CNAME", "selector1._domainkey.example.com"],
      ["CNAME", "selector2._domainkey.example.com"],
    ]);
    expect(ms[0]?.value).toMatch(/^selector1-example-com\._domainkey\./);
  });
});
