// Programs whose own words say they could not hand a message to the outgoing (SMTP) server they
// are set to send through: a mail client (Thunderbird, signatures/thunderbird.ts) and a web
// site's mail library (PHPMailer, signatures/phpmailer.ts, scoring/client-wordings.ts). Their
// failures happen before any receiving server is involved: the fix is in the program's
// outgoing-server settings or the network it sends from, never at the recipient's side.

/** The knowledge providers (rule id prefixes) that are such programs. */
export const SENDING_PROGRAMS: readonly string[] = ["thunderbird", "phpmailer"];

/** Whether a rule is a sending program's own report about its outgoing server. */
export function isSendingProgramRule(ruleId: string): boolean {
  return SENDING_PROGRAMS.some((p) => ruleId.startsWith(`${p}.`));
}
