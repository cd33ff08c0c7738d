// The steps for a relay refusal written by the recipient's side: the sender's server delivered
// to the server a bounce names, and that server refused at RCPT TO to relay to the recipient's
// domain (qmail's "isn't in my list of allowed rcpthosts", Sendmail's "Relaying denied",
// Email Security.cloud's "You are trying to use me as a relay"). A server listed as a domain's
// MX that will not take mail for that domain is misconfigured on the recipient's side (a stale
// MX, a domain not or no longer set up at a filtering service), or the domain was mistyped:
// turning on authentication in the sender's mail program cannot help (review 28, finding 5).
// Where the named server is the sender's own relay (a smarthost), the login is the fix: the last
// step says how to tell which it is.
import type { CauseId } from "@/lib/causes/causes";
import { relayRefusedByNextServer } from "@/lib/causes/relay-receiver";
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { CheckFirst } from "./check-first";
import type { ActedTemplate } from "./types";

export const RELAY_REFUSED_BY_RECEIVER_STEPS: ActedTemplate[] = [
  {
    id: "relay-denied.recipient-domain",
    title: "Check the part after the @ in {recipient}",
    detail:
      "The server that refused answered for {recipientDomain}, yet says it does not take mail for it. A typo in the domain (or an old company domain) gives this refusal: compare it with a message the recipient sent you.",
    actor: "sender",
    kind: "verify",
  },
  {
    id: "relay-denied.tell-recipient",
    title: "Tell the recipient their mail server refuses mail for their own domain",
    detail:
      "If the address is right, the fault is on their side: their domain's MX points to a server (or a filtering service) that is not, or no longer, set up to accept mail for {recipientDomain}. Send them the bounce through another channel (phone, chat, another address): their mail administrator must make the server their MX records name accept mail for {recipientDomain} (in Postfix, its relay_domains or virtual domains; in qmail, its rcpthosts), or point the MX (or a forward of the address) to a server that does. Nothing in your own settings changes it.",
    actor: "sender",
    kind: "contact",
  },
  {
    id: "relay-denied.own-relay",
    title: "Only if the server named in the bounce is your own relay: log in to it",
    detail:
      "If your mail server sends everything through a relay (a smarthost of {provider} or your ISP) and that relay is the server the bounce names, the refusal is your relay's: your server must log in to it (SMTP authentication) with an account it lets send. Leave the settings alone if the named server is the recipient's.",
    actor: "sender-admin",
    kind: "verify",
  },
];

/**
 * Whether the lead recipient's relay refusal was the next server's, quoted by the sender's own
 * mail server (lib/causes/relay-receiver.ts): a server the bounce names, or a reply a mail
 * server's bounce quotes, refusing to relay at RCPT TO (or at a command the bounce does not
 * give). A reply line the mail program showed, with no server named, is read as the sender's own
 * outgoing server's, whose steps are the login and the settings (data.ts).
 */
export function relayRefusedByReceiver(d: Diagnosis | null): boolean {
  const r = d?.recipients.find((x) => x.cause === "relay-denied");
  if (!d || !r) return false;
  // The command it answered as the classifier read it (a DSN's text may wrap "in reply to RCPT
  // TO command" so that it is not read): a refusal stated at another command is not read as this.
  const command =
    r.refusal?.stage?.command ?? (r.recipient.smtpCommand?.trim().split(/\s/)[0] || null);
  return relayRefusedByNextServer(
    d.parsed,
    r.recipient,
    r.evidence.map((e) => e.ruleId),
    { host: r.refusal?.host ?? null, command },
  );
}

/**
 * The step that tells this relay refusal apart from the other causes, where the cause is not
 * settled: the recipient's domain, not the mail program's outgoing settings (check-first.ts).
 */
export function relayCheckFirst(cause: CauseId, d: Diagnosis | null): CheckFirst | undefined {
  if (cause !== "relay-denied" || !relayRefusedByReceiver(d)) return undefined;
  const [domain] = RELAY_REFUSED_BY_RECEIVER_STEPS;
  return { from: "user", title: domain!.title, detail: domain!.detail, kind: domain!.kind };
}
