// Titles of the generated steps, by the part of the id after the cause ("<cause>.ptr"). The
// builder uses them, and a viewer that has only an item's id (a result link carries ids and
// ticks, not the findings the step was generated from) shows the same words.
// Placeholders as in data.ts: {ip} {domain} {recipientDomain} {recipient} {provider}.
import { removalKind, type RemovalKind } from "@/lib/blocklists/catalog";

export const GENERATED_TITLES = {
  /** The builder words this one from the records found ("Replace the 2 SPF records…"). */
  spf: "Publish one correct SPF record for {domain}",
  /** Adding a sender would take the record past SPF's 10 lookups: make room first. */
  "spf-lookups": "Make room in the SPF record of {domain} before adding a sender",
  dmarc: "Publish a DMARC record for {domain}",
  "dmarc-rollout": "Move {domain}'s DMARC policy towards enforcement",
  /** A p=none record without rua=: reports before any stricter policy. */
  "dmarc-reports": "Ask for DMARC reports for {domain} before any stricter policy",
  /** While SPF or DKIM still fail: no stricter policy yet. */
  "dmarc-hold": "Keep {domain}'s DMARC policy at monitoring (p=none) for now",
  /** Under a cause a stricter policy does not fix (a reputation refusal): no record to copy. */
  "dmarc-keep": "Keep {domain}'s DMARC record at monitoring (p=none) and read its reports",
  "dkim-signing": "Make sure DKIM signing is turned on",
  /** "<cause>.dkim.N": one per record the provider asks for. */
  dkim: "Publish a DKIM key for {domain}",
  ptr: "Ask the owner of {ip} to set its reverse DNS",
  delist: "Request removal once the cause is fixed",
  /** "<cause>.delist.<list id>": {list} is the listing's name (a combined list's answering parts). */
  "delist-from": "Request removal from {list}",
  /** The same id for a list that takes no removal requests (catalog `removal: "expires"`). */
  "delist-expires": "Wait for the {list} listing to end: it takes no removal requests",
  /** A list whose listings expire, with a paid early removal nobody needs (`"expires-paid"`). */
  "delist-expires-paid":
    "Wait for the {list} listing to expire: its paid express removal is not needed",
  /** "<cause>.delist-ended.<list id>": the bounce names the list, the check found it clean. */
  "delist-ended": "{list} no longer lists it: send the message again",
  /** A list that has shut down (catalog `retired`): nothing to remove. */
  "delist-closed": "Nothing to remove from {list}: the list has shut down",
  "message-mailbox-full": "Tell the recipient their mailbox is full",
  "message-mailbox-disabled": "Ask the recipient for their current address",
  "message-allow-list": "Ask the recipient to have your address allowed",
  "message-address": "Confirm the address with the recipient",
  /** "content-spam.link-domain.<domain slug>": the live step names the domain (lib/content/evidence.ts). */
  "link-domain": "Remove the links to a domain on a blocklist",
  /** "content-virus.attachment.<file slug>": the live step names the file. */
  attachment: "Do not attach the risky file; share it through a download link",
} as const;

export type GeneratedTitleKey = keyof typeof GENERATED_TITLES;

const DELIST_TITLE_KEYS = {
  request: "delist-from",
  expires: "delist-expires",
  "expires-paid": "delist-expires-paid",
  closed: "delist-closed",
} as const satisfies Record<RemovalKind, GeneratedTitleKey>;

/**
 * The title of a "<cause>.delist.<list id>" step: a request, a wait where the list takes none
 * (or sells one), or nothing to do where the list has shut down.
 */
export function delistTitle(list: Parameters<typeof removalKind>[0] & { name: string }): string {
  return GENERATED_TITLES[DELIST_TITLE_KEYS[removalKind(list)]].replace("{list}", list.name);
}

/** The title of a "<cause>.delist-ended.<list id>" step. */
export function delistEndedTitle(name: string): string {
  return GENERATED_TITLES["delist-ended"].replace("{list}", name);
}
