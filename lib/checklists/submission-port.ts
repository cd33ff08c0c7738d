// A connection failure to a submission port is the application failing to reach the mail server
// it is set to send through, not the recipient's server being unreachable. RFC 6409 (abstract):
// message submission "normally" uses port 587, while "message relay is unaffected, and continues
// to use SMTP over port 25"; RFC 8314 §3.3 adds submission over implicit TLS on port 465. So the
// port the failure names decides the steps: "Error: connect ETIMEDOUT 192.0.2.10:587" (Node's net
// error, as Nodemailer passes it on) asks for the app's SMTP settings and an open port 587, not
// for the recipient's MX records or port 25. https://www.rfc-editor.org/rfc/rfc6409,
// https://www.rfc-editor.org/rfc/rfc8314#section-3.3
import { SUBMISSION_UNREACHABLE } from "@/lib/causes/connection-variants";
import type { Context } from "@/lib/rules";
import { submissionPortOf } from "@/lib/rules/connection-ports";
import type { CheckFirst } from "./check-first";
import type { ItemTemplate } from "./types";

/**
 * The submission port a connection failure names, when it names only submission ports: then the
 * steps are the app's. A text that names port 25 (too, or only) keeps the delivery steps.
 */
export function submissionPort(ctx: Context): number | null {
  return submissionPortOf(ctx.facts.diagnosis?.parsed);
}

/** Who acts on an app's: the recipient's side has nothing to do with a submission failure. */
export const SUBMISSION_ACTOR_LABEL = SUBMISSION_UNREACHABLE.actorLabel;

/**
 * remote-unreachable's steps where the failure is a connection to a submission port ({port}
 * filled from the text). The recipient's domain and port 25 play no part: the app never reached
 * its own server.
 */
export const SUBMISSION_UNREACHABLE_STEPS: ItemTemplate[] = [
  {
    id: "remote-unreachable.smtp-settings",
    title: "Check the app's SMTP host and port settings",
    detail:
      "The error is the application failing to connect to the mail server it is set to send through, on port {port}: the recipient's server was never reached. Check the SMTP host name and port in the app's settings against what your mail provider documents, and the encryption setting that goes with the port: port 465 starts with TLS at once (RFC 8314), port 587 starts plain and upgrades with STARTTLS (RFC 6409).",
    kind: "verify",
    actor: "sender-admin",
  },
  {
    id: "remote-unreachable.port-out",
    title: "Check that the network lets port {port} out",
    detail:
      "Hosting providers and firewalls often block outgoing mail ports. From the machine that sends (where the app or the mail server runs), try a connection to the SMTP host on port {port} (for example with openssl s_client or telnet); if it times out there too, open the port in the firewall or ask the host to, or use the other submission port your provider offers.",
    kind: "verify",
    actor: "sender-admin",
  },
];

/**
 * Postfix's relay host: its bounce's "connect to smtp.provider.example[…]:587" is Postfix
 * failing to reach the host of its relayhost setting (postconf(5), relayhost: "The next-hop
 * destination(s) for non-local mail"; https://www.postfix.org/postconf.5.html#relayhost), so
 * the setting to check is that one, not an app's. It stands for the app's settings step.
 */
export const POSTFIX_RELAYHOST_STEP: ItemTemplate = {
  id: "remote-unreachable.relayhost",
  title: "Check Postfix's relayhost setting",
  detail:
    "Your Postfix server could not connect to the relay host it hands mail to, on port {port}: the recipient's server was never reached. Check relayhost in main.cf (postconf relayhost) against the host and port your mail provider documents, written as [host]:{port} (the brackets make Postfix connect to that host itself rather than look up its MX), and that the TLS and SASL login settings that go with the port (smtp_tls_security_level, smtp_sasl_auth_enable) are set.",
  kind: "verify",
  actor: "sender-admin",
};

/** The steps with the port filled in; a Postfix bounce's (`generator`) checks its relayhost. */
export function submissionSteps(port: number, generator: string | null = null): ItemTemplate[] {
  const steps =
    generator === "postfix"
      ? [POSTFIX_RELAYHOST_STEP, ...SUBMISSION_UNREACHABLE_STEPS.slice(1)]
      : SUBMISSION_UNREACHABLE_STEPS;
  return steps.map((t) =>
    "generate" in t
      ? t
      : {
          ...t,
          title: t.title.replace(/\{port\}/g, String(port)),
          detail: t.detail.replace(/\{port\}/g, String(port)),
        },
  );
}

/** remote-unreachable's check-first step for a submission port: the app's settings step. */
export function submissionCheckFirst(port: number, generator: string | null = null): CheckFirst {
  const [settings] = submissionSteps(port, generator);
  if (!settings || "generate" in settings) throw new Error("no settings step");
  return { from: "user", title: settings.title, detail: settings.detail, kind: settings.kind };
}
