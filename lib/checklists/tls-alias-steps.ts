// Steps for the cause variants of lib/causes/tls-variants.ts and alias-forward.ts, in place of
// the general ones that address the wrong party (review 31, findings 5 and 10): a TLS handshake
// that was tried and failed (never "make TLS opportunistic": that lowers a requirement the
// sending side chose), a program whose outgoing server asks for STARTTLS (its settings, not a
// mail server's), and an alias whose server could not reach its forward target (its owner).
import { aliasForward, type AliasForward } from "@/lib/causes/alias-forward";
import { evidenceRuleIds, fromMailServer } from "@/lib/causes/connection-variants";
import { isProgramStarttlsMissing, isTlsHandshakeFailed } from "@/lib/causes/tls-variants";
import type { Facts } from "@/lib/rules";
import { SUBMISSION_TLS_STEPS } from "./program-steps";
import type { ItemTemplate } from "./types";

const POSTFIX_MANDATORY_TLS = {
  label: "Postfix TLS_README: mandatory TLS encryption",
  url: "https://www.postfix.org/TLS_README.html#client_tls_encrypt",
};

/** tls-required's steps where the handshake was tried and failed (TLS_HANDSHAKE_FAILED). */
export const TLS_HANDSHAKE_STEPS: ItemTemplate[] = [
  {
    id: "tls-handshake.tell-recipient",
    title: "Tell the recipient their mail server's encryption fails",
    detail:
      "The sending server tried to encrypt the connection to {recipientDomain}'s mail server and the TLS handshake failed. Send the bounce to the recipient through another channel, for their mail administrator: their server's certificate, or TLS versions and ciphers too old for the sending server, are the usual reason.",
    kind: "contact",
    actor: "sender",
  },
  {
    id: "tls-handshake.check-sender-tls",
    title: "If you run the sending server, check its TLS library, and keep the requirement",
    detail:
      "The sending server's log names the handshake error with that host. An outdated TLS library (OpenSSL) or a minimum TLS version the receiver does not offer also fails it: update the library. Do not turn the requirement for this destination down to opportunistic to get the mail through: it was set so this mail never travels unencrypted. If you use a mail provider, the requirement is theirs: send them the bounce.",
    kind: "verify",
    actor: "sender-admin",
    link: POSTFIX_MANDATORY_TLS,
  },
];

/** tls-required's steps where a program's outgoing server asked for STARTTLS (RFC 3207 §4). */
export const PROGRAM_STARTTLS_STEPS: ItemTemplate[] = [
  {
    id: "program-starttls.turn-on",
    title: "Turn on encryption in the program's SMTP settings",
    detail:
      'The outgoing server answered "530 Must issue a STARTTLS command first": set the program\'s encryption to STARTTLS (often called TLS) on port 587, or to SSL (implicit TLS) on port 465, as your mail provider documents, and keep certificate checking on. Do not look for a way to send without encryption: the server will not take mail without it.',
    kind: "fix",
    actor: "sender",
    link: {
      label: "RFC 3207 §4: the STARTTLS command and its 530 reply",
      url: "https://www.rfc-editor.org/rfc/rfc3207#section-4",
    },
  },
  ...SUBMISSION_TLS_STEPS.filter((t) => "id" in t && t.id === "submission-tls.port-and-encryption"),
];

/** tls-required's steps for this bounce's variant, or null where the general ones stand. */
export function tlsVariantSteps(facts: Facts): ItemTemplate[] | null {
  const d = facts.diagnosis;
  if (!d) return null;
  if (isTlsHandshakeFailed(evidenceRuleIds(d))) return TLS_HANDSHAKE_STEPS;
  if (isProgramStarttlsMissing(d.parsed, fromMailServer(d.parsed))) return PROGRAM_STARTTLS_STEPS;
  return null;
}

/** The step for an alias whose forward target's server could not be reached. */
function aliasForwardStep(f: AliasForward): ItemTemplate {
  const target = f.host ? `its forward target's mail server (${f.host})` : "its forward target";
  return {
    id: "alias-forward.tell-owner",
    title: `Tell ${f.aliasDomain} that the alias ${f.alias} does not forward`,
    detail: `The bounce comes from the server that handles ${f.alias}: it took your message and could not connect to ${target}. Nothing on your side failed, and the address is right. Tell the alias's owner (where the bounce says to report problems, or postmaster@${f.aliasDomain}) that its forward fails, and send the message again once they have fixed it, or reach the person another way. If ${f.aliasDomain} is your own domain, the alias is yours: point it at an address that takes mail.`,
    kind: "contact",
    actor: "sender",
  };
}

/** remote-unreachable's steps where an alias's forward failed (alias-forward.ts), else null. */
export function aliasForwardSteps(facts: Facts): ItemTemplate[] | null {
  const f = aliasForward(facts.diagnosis?.parsed);
  return f ? [aliasForwardStep(f)] : null;
}
