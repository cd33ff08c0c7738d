import { describe, expect, it } from "vitest";
import { EXCHANGE_ONLINE_PARTY_ROW, maskNdrPartyRows } from "./ndr-party-row";
import { maskLocalParts } from "./redact";

// Exchange Online's newer NDR as Outlook renders it when copied: the parties' row and the
// labels' row under it (the layout of EXCHANGE_ONLINE_PARTY_ROW).
const COPIED = [
  "Your message to john.smith@example.com couldn't be delivered.",
  "",
  "john.smith wasn't found at example.com.",
  "Jane Doe \tOffice 365 \tJohn Smith ",
  "Action Required \t\tRecipient ",
  " \t \t \t \t ",
  "Unknown To address \t\t",
].join("\n");

describe("maskNdrPartyRows", () => {
  it("masks the sender's and the recipient's cells of the parties' row, not the service's", () => {
    const out = maskLocalParts(COPIED);
    expect(out).toContain("J*** \tOffice 365 \tJ*** \nAction Required \t\tRecipient");
    expect(out).not.toMatch(/Jane|Doe|Smith/);
  });

  it("gives a recipient's cell that is its local part the address's own mask", () => {
    const text = [
      "Your message to request@example.com couldn't be delivered.",
      "Your message to rachel@example.com couldn't be delivered.",
      "thomas \tOffice 365 \trachel ",
      "Action Required \t\tRecipient ",
    ].join("\n");
    const out = maskLocalParts(text);
    expect(out).toContain("r***2@example.com");
    expect(out).toContain("t*** \tOffice 365 \tr***2 \n");
  });

  it("reads each source's rows: a copy's tabs, a plain part's spaces, a quoting reply's marks", () => {
    for (const { rows } of EXCHANGE_ONLINE_PARTY_ROW.examples) {
      const out = maskNdrPartyRows(rows);
      expect(out).not.toBe(rows);
      expect(out).toContain("Office 365");
    }
    const plain =
      "err     Office 365      kijitora-nyaan\nAction Required                 Recipient";
    expect(maskNdrPartyRows(plain)).toBe(
      "e***     Office 365      k***\nAction Required                 Recipient",
    );
  });

  it("keeps a cell that is a domain the notice's addresses name (the refusing side)", () => {
    const text = [
      "Your message to linux-pm@vger.kernel.org couldn't be delivered.",
      "> Pankaj.VJ       Office 365      vger.kernel.org",
      "> Sender          Action Required",
    ].join("\n");
    expect(maskNdrPartyRows(text)).toContain("> P***       Office 365      vger.kernel.org\n");
  });

  it("leaves lines that only look like it: no labels' row, or a row of other cells", () => {
    const notRows = [
      "Jane Doe \tOffice 365 \tJohn Smith\nSomething else",
      "Jane Doe \tJohn Smith\nAction Required \t\tRecipient",
      "Jane Doe \tOffice 365 \tJohn Smith\nAction Required now, the recipient must reply",
      "Action Required \t\tRecipient",
    ];
    for (const t of notRows) expect(maskNdrPartyRows(t)).toBe(t);
  });

  it("stays linear on a hostile paste", () => {
    const text = `${"a  ".repeat(50_000)}\n${"Action Required  ".repeat(50_000)}`;
    const t0 = performance.now();
    maskNdrPartyRows(text);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
