// Verizon (verizon.net, and the vtext.com / vzwpix.com SMS and MMS gateways). verizon.net mailboxes
// moved to AOL (Yahoo's servers) in 2017, so refusals for them now read as Yahoo's (see yahoo.ts);
// the 'poor reputation' refusal Verizon's own MXs sent was Cisco's wording (see cisco.ts). What is
// left to Verizon: its submission server's demand for authentication, as its help page describes
// it, and the gateways' own failure lines.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const HELP = page(
  "http://www22.verizon.com/ResidentialHelp/FiOSInternet/Troubleshooting/Error+Messages/QuestionsOne/99065.htm",
  "Email error messages (Verizon Residential Help, FiOS Internet troubleshooting)",
  "stored copy (pages corpus)",
);
const AUTH_QUOTE = page(
  "http://www.tech-archive.net/Archive/Vista/microsoft.public.windows.vista.mail/2010-04/msg00938.html",
  "Cant send email (microsoft.public.windows.vista.mail)",
  "stored copy (pages corpus)",
);
const SISIMAI = page(
  "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Verizon.pm",
  "Sisimai::Lhost::Verizon (bounce decoder for Verizon's vtext.com and vzwpix.com gateways)",
  "repo sisimai/p5-sisimai lib/Sisimai/Lhost/Verizon.pm",
);
const GATEWAY =
  "The gateway's failure line as Sisimai's Verizon decoder quotes it; no Verizon page prints it.";

const { phrase } = entryKit("verizon");

export const VERIZON_TABLE: ProviderTable = {
  provider: "verizon",
  identity: {
    provider: "verizon",
    name: "Verizon (verizon.net submission; vtext.com / vzwpix.com gateways)",
    hosts: ["verizon.net", "verizon.com", "vtext.com", "vzwpix.com"],
    source: HELP,
  },
  phrases: [
    phrase({
      id: "auth-required-send-as",
      cause: "relay-denied",
      match: ["authentication is required to send mail as"],
      source: AUTH_QUOTE,
      example:
        "Server Response: '550 5.7.1 Authentication is required to\nsend mail as <vzetfna1@xxxxxxxxxxx>', Port: 587",
      note: "Verizon's outgoing server (outgoing.verizon.net) refusing an unauthenticated client. Verizon's help page for this error: the server does not recognise the sender; check the user name and password and that the outgoing server is outgoing.verizon.net.",
    }),
    phrase({
      id: "vtext-no-such-user",
      cause: "recipient-unknown",
      match: ["550 - requested action not taken: no such user here"],
      source: SISIMAI,
      example: "Error: 550 - Requested action not taken: no such user here",
      verbatim: false,
      note: `${GATEWAY} The vtext.com (SMS) address is not a Verizon subscriber's number.`,
    }),
    phrase({
      id: "vzwpix-no-valid-recipients",
      cause: "recipient-unknown",
      match: ["no valid recipients for this mm"],
      source: SISIMAI,
      example: "Message could not be delivered to mobile.\nError: No valid recipients for this MM",
      verbatim: false,
      note: `${GATEWAY} The vzwpix.com (MMS) address is not a Verizon subscriber's number.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "No Verizon page lists the reply lines of its MXs or gateways; the help page (99065) describes the submission error without quoting it: the line is from a user's post, the gateway lines from Sisimai (verbatim: false).",
  ],
};
