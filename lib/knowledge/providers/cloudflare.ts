// Cloudflare Email Routing / Email Service, from Cloudflare's "Postmaster" reference page
// (developers.cloudflare.com/email-service/reference/postmaster/, formerly email-routing/postmaster).
// The page prints the RBL refusal verbatim and states the authentication requirement (SPF pass
// or a valid DKIM signature, else rejected) and that Email Routing passes the destination's own
// errors back in-session ("Upstream error" in Cloudflare's wording).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const POSTMASTER = page(
  "https://developers.cloudflare.com/email-service/reference/postmaster/",
  "Postmaster (Cloudflare Email Service)",
  "repo azumakuniyuki/feb-2024-no-auth-no-entry cloudflare-postmaster.md",
);

const { phrase } = entryKit("cloudflare");

export const CLOUDFLARE_TABLE: ProviderTable = {
  provider: "cloudflare",
  identity: {
    provider: "cloudflare",
    name: "Cloudflare Email Routing",
    hosts: ["mx.cloudflare.net", "cloudflare.net", "cloudflare-email.net"],
    markers: [
      "developers.cloudflare.com/email-service/reference/postmaster",
      "developers.cloudflare.com/email-routing/postmaster",
    ],
    source: POSTMASTER,
  },
  phrases: [
    phrase({
      id: "rbl",
      cause: "ip-blocklisted",
      match: [/found on one or more (?:rbls|dnsbls)/],
      source: POSTMASTER,
      example:
        "554 <YOUR_IP_ADDRESS> found on one or more RBLs (abusixip). Refer to https://developers.cloudflare.com/email-service/reference/postmaster/#realtime-block-lists",
      note: "The list is named in parentheses (abusixip: Abusix's IP list); delisting is with that list's operator.",
    }),
    phrase({
      id: "upstream-error",
      cause: "remote-server-error",
      match: ["upstream error"],
      source: POSTMASTER,
      example: "451 4.3.0 Upstream error, please try again later",
      verbatim: false,
      note: "Cloudflare's wording as quoted by Sisimai: the forwarding destination failed; the page says destination errors are passed back in-session. When the destination's own reply follows, that reply names the cause.",
    }),
  ],
  statusReadings: [],
  missingPages: ["The page prints no authentication-failure reply; that refusal is not entered."],
};
