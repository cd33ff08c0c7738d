// SMTP AUTH secrets in a pasted debug transcript (PHPMailer 5's SMTPDebug, Python smtplib's
// set_debuglevel, swaks, an MTA's -v output) are no part of a diagnosis and must never travel in
// a link. RFC 4954: the client sends "AUTH <mechanism> [initial-response]" and answers each of
// the server's "334 <challenge>" lines with one line of base64; for PLAIN and LOGIN that is the
// user name and the password, barely hidden (RFC 4616, and LOGIN's "Username:"/"Password:"
// challenges). Both are taken out whatever the link's other options say.

/** What stands where a secret was. */
export const CREDENTIALS_REMOVED = "[credentials removed]";

/**
 * "AUTH PLAIN <base64>" and the like: the initial response, inline. Not another mechanism's name:
 * a server's EHLO answer lists them ("250-AUTH PLAIN LOGIN CRAM-MD5").
 */
const AUTH_INLINE =
  /\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|NTLM)\s+)(?!(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|NTLM|GSSAPI)\b)([A-Za-z0-9+/]{2,}={0,2})/gi;

/** A server's EHLO answer that lists its mechanisms: no secret there. */
const CAPABILITY = /\b250[- ]AUTH\b/i;

/**
 * A server's challenge: "334" as a reply code, after whatever prefix the tool writes, and at
 * most one base64 word after it to the line's end ("334 VXNlcm5hbWU6"), so that a 334 elsewhere
 * ("id 334 ...") is none.
 */
const CHALLENGE = /(?:^|[\s'">:b])334(?:[ -][A-Za-z0-9+/]*={0,2})?(?:\\r\\n)?['"]?\s*$/;

/** The client's answer: the base64 at the end of its line (before a quoted "\r\n" and quotes). */
const ANSWER_AT_END = /([A-Za-z0-9+/]{2,}={0,2})((?:\\r\\n|\\n)?['"]?\s*)$/;

/** The text with every SMTP AUTH secret replaced by CREDENTIALS_REMOVED. Linear in the text. */
export function removeSmtpCredentials(text: string): string {
  if (!/auth|334/i.test(text)) return text;
  const lines = text.split("\n");
  let answerNext = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (answerNext && !CHALLENGE.test(line)) {
      line = line.replace(
        ANSWER_AT_END,
        (_m, _b64: string, tail: string) => CREDENTIALS_REMOVED + tail,
      );
      answerNext = false;
    }
    if (!CAPABILITY.test(line))
      line = line.replace(AUTH_INLINE, (_m, head: string) => head + CREDENTIALS_REMOVED);
    if (CHALLENGE.test(line)) answerNext = true;
    lines[i] = line;
  }
  return lines.join("\n");
}
