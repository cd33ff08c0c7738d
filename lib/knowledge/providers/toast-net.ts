// TOAST.net (an Ohio ISP), from two of its support knowledge-base articles: the one on mail
// refused because the sending server's DNS is misconfigured (no PTR, or a PTR that does not
// resolve back), which prints the bounces senders see, and its list of common non-delivery
// errors, which reads '501 Domain must resolve' the same way.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const PTR = page(
  "http://support.toast.net/KB/a75/ptr-due-to-mis-configured-dns-settings.aspx",
  "PTR - Due to Mis-configured DNS Settings (TOAST.net support)",
  "stored copy (pages corpus)",
);
const NON_DELIVERABLE = page(
  "https://support.toast.net/kb/a90/non-deliverable-error-messages.aspx",
  "Non-Deliverable Error Messages (TOAST.net support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("toast-net");

export const TOAST_NET_TABLE: ProviderTable = {
  provider: "toast-net",
  identity: {
    provider: "toast-net",
    name: "TOAST.net",
    hosts: ["toast.net"],
    source: PTR,
  },
  phrases: [
    phrase({
      id: "connecting-ip-valid-ptr",
      cause: "reverse-dns",
      match: ["connecting ip must have valid ptr record"],
      scope: "any",
      source: PTR,
      example: "Connecting IP must have valid PTR record",
      note: "The article: TOAST.net looks up the PTR of the server delivering to it and refuses the mail when there is none; the sender's ISP or IT department must add a PTR that matches an A record.",
    }),
    phrase({
      id: "domain-must-resolve",
      cause: "reverse-dns",
      match: ["domain must resolve"],
      replyCode: [501],
      source: NON_DELIVERABLE,
      example: "501 Domain must resolve",
      note: "Both articles put this reply under the sending server's misconfigured DNS (its PTR), not under the sender's address: the list links the PTR article as the fix. Scoped to TOAST.net, because elsewhere the words could mean the sender's domain.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The PTR article also lists '554 Sending address not accepted due to spam filter' among the symptoms; it is not entered, because the article ties it to the DNS check only through a raised spam rating and the words alone name a spam verdict.",
  ],
};
