// The "fix-it owner" rows of Exchange Online's newer NDR, masked with the addresses before
// sharing (review 30, finding 2: a masked link kept "thomas  Office 365  request"). Microsoft's
// page describes the block: it shows "the three basic parties in a Microsoft 365 or Office 365
// email transaction: the sender, Microsoft 365 or Office 365, and the recipient", and marks the
// party who must act. Copied from Outlook or read in the NDR's text/plain part, the picture is two
// lines of cells (tabs in a copy, runs of spaces in the plain part): the parties, then the
// labels under them. The parties' row names the sender (a display name or a local part) and the
// recipient (a name, a local part, or the refusing domain) with no address beside them, so the
// address masker never saw them. The layout is data here; the reading below follows it.
import type { SourcePage } from "@/lib/knowledge/providers/types";
import { findEmailAddresses, withoutSoftBreaks } from "./email-addresses";
import { maskName, replaceSpans } from "./mask-names";

export interface NdrPartyRowLayout {
  source: SourcePage;
  /** Real NDRs with the two rows, as their sources print them (tabs written \t). */
  examples: readonly { source: SourcePage; rows: string }[];
  /** The words of the labels' row: one of them "Action Required", under the party who acts. */
  labels: readonly string[];
  /** The label a labels' row must hold. */
  actionLabel: string;
  /** How many cells the parties' row has: sender, the service, recipient. */
  parties: 3;
  /** The cells of the parties' row that name a person or an address's owner (0-based). */
  personCells: readonly number[];
}

export const EXCHANGE_ONLINE_PARTY_ROW: NdrPartyRowLayout = {
  source: {
    url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    title:
      "Email non-delivery reports in Exchange Online (What's included in an NDR?: Fix-it owner indicator)",
    readVia:
      "repo x13-me/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
  },
  examples: [
    {
      source: {
        url: "https://github.com/Kananga5/sciebonoguide-self-engin-tshi/blob/9014f5acae4ba56134fbbadfe01a73aae31bb026/README.md",
        title:
          "An Exchange Online NDR for 554 5.4.14 as Gmail shows it, copied (Kananga5/sciebonoguide-self-engin-tshi README.md)",
      },
      rows: "tshingombefiston \tOffice 365 \tmargeaux.groenewald\nAction Required \t\tRecipient",
    },
    {
      source: {
        url: "https://lore.kernel.org/linux-pm/20210531070008.crnzij44jk3pfs7q@vireshk-i7/",
        title:
          "An Exchange Online NDR quoted on the linux-pm list, Message-ID <20210531070008.crnzij44jk3pfs7q@vireshk-i7> of 31 May 2021 (a spam refusal by the recipient's domain)",
      },
      rows: "> Pankaj.VJ       Office 365      vger.kernel.org\n> Sender          Action Required",
    },
  ],
  labels: ["Action Required", "Sender", "Recipient"],
  actionLabel: "Action Required",
  parties: 3,
  personCells: [0, 2],
};

/** A cell of a row: where it lies in the text and its words. */
interface Cell {
  start: number;
  end: number;
  text: string;
}

/** How far a row is read: the block's rows are short; a longer line is no such row. */
const MAX_ROW = 400;

/** A quote's marks at a line's start ("> ", "> > "), as a reply quoting the NDR writes them. */
function quotePrefix(line: string): number {
  let i = 0;
  while (i < line.length && i < 40 && (line[i] === ">" || line[i] === " ")) i++;
  return i;
}

/**
 * The cells of a line from `from`: words split where a tab or two spaces or more stand between
 * them (a single space stays inside a cell: "Jane Doe", "Office 365"). One pass: linear.
 */
function cellsOf(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let i = from;
  while (i < to) {
    while (i < to && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i++;
    if (i >= to) break;
    const start = i;
    let end = i;
    while (i < to) {
      const c = text[i];
      if (c === "\t" || c === "\r") break;
      if (c === " " && (i + 1 >= to || text[i + 1] === " " || text[i + 1] === "\t")) break;
      i++;
      if (c !== " ") end = i;
    }
    cells.push({ start, end, text: text.slice(start, end) });
  }
  return cells;
}

/** [start, end) of the line holding `at` (end before its newline). */
function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const nl = text.indexOf("\n", at);
  return [start, nl === -1 ? text.length : nl];
}

/**
 * `text` with the person cells of each parties' row masked: a cell that is a masked local part
 * already, or a domain an address of the text names (the refusing side's domain), stays. `maskOf`
 * gives a known local part's own mask ("request" -> "r***2"), so a cell reads as its address does.
 */
export function maskNdrPartyRows(
  text: string,
  maskOf: (cell: string) => string | undefined = () => undefined,
  layout: NdrPartyRowLayout = EXCHANGE_ONLINE_PARTY_ROW,
): string {
  const action = layout.actionLabel.toLowerCase();
  const lower = text.toLowerCase();
  if (!lower.includes(action)) return text;
  const labels = new Set(layout.labels.map((l) => l.toLowerCase()));
  let domains: Set<string> | null = null;
  const edits: [number, number, string][] = [];
  // Each line is read once: the search goes on after the end of the line a label stood on.
  for (let at = lower.indexOf(action); at !== -1; at = lower.indexOf(action, at + 1)) {
    const [labelStart, labelEnd] = lineAround(text, at);
    at = labelEnd;
    if (labelEnd - labelStart > MAX_ROW || labelStart === 0) continue;
    const labelPrefix = quotePrefix(text.slice(labelStart, labelEnd));
    const labelCells = cellsOf(text, labelStart + labelPrefix, labelEnd);
    if (labelCells.length === 0 || !labelCells.every((c) => labels.has(c.text.toLowerCase())))
      continue;
    const [rowStart, rowEnd] = lineAround(text, labelStart - 1);
    if (rowEnd - rowStart > MAX_ROW) continue;
    const row = cellsOf(text, rowStart + quotePrefix(text.slice(rowStart, rowEnd)), rowEnd);
    if (row.length !== layout.parties) continue;
    for (const k of layout.personCells) {
      const cell = row[k]!;
      if (cell.text.includes("***") || labels.has(cell.text.toLowerCase())) continue;
      domains ??= addressDomains(text);
      if (domains.has(cell.text.toLowerCase().replace(/\.$/, ""))) continue;
      edits.push([cell.start, cell.end, maskOf(cell.text.toLowerCase()) ?? maskName(cell.text)]);
    }
  }
  if (edits.length === 0) return text;
  edits.sort((a, b) => a[0] - b[0]);
  return replaceSpans(text, edits);
}

/** The domains of the text's addresses, lower case. */
function addressDomains(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of findEmailAddresses(text))
    out.add(withoutSoftBreaks(text.slice(m.domainStart, m.end)).toLowerCase());
  return out;
}
