import { describe, expect, it } from "vitest";
import { CREDENTIALS_REMOVED, removeSmtpCredentials } from "./credentials";
import { redactText } from "./redact";

// "bob" and "secret" in base64, as the transcripts carry them.
const USER = "Ym9i";
const PASS = "c2VjcmV0";

describe("SMTP AUTH secrets in a pasted transcript", () => {
  it.each([
    // PHPMailer 5's SMTPDebug = 2
    `SERVER -> CLIENT: 334 VXNlcm5hbWU6\nCLIENT -> SERVER: ${USER}\nSERVER -> CLIENT: 334 UGFzc3dvcmQ6\nCLIENT -> SERVER: ${PASS}\nSERVER -> CLIENT: 535 5.7.8 Error: authentication failed`,
    // swaks
    ` -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> ${USER}\n<-  334 UGFzc3dvcmQ6\n -> ${PASS}\n<** 535 5.7.8 Error: authentication failed`,
    // Python smtplib, debug level 1
    `send: 'AUTH LOGIN ${USER}\\r\\n'\nreply: b'334 UGFzc3dvcmQ6\\r\\n'\nsend: '${PASS}\\r\\n'\nreply: b'535 5.7.8 Username and Password not accepted.\\r\\n'`,
    // AUTH PLAIN's initial response
    `C: AUTH PLAIN AGJvYgBzZWNyZXQ=\nS: 535 5.7.8 Authentication credentials invalid`,
  ])("are taken out, the server's replies kept: %#", (text) => {
    const out = removeSmtpCredentials(text);
    expect(out).not.toContain(PASS);
    expect(out).not.toContain("AGJvYgBzZWNyZXQ=");
    expect(out).toContain(CREDENTIALS_REMOVED);
    expect(out).toContain("535 5.7.8");
  });

  it("leaves a bounce without AUTH as it was", () => {
    const text = "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown";
    expect(removeSmtpCredentials(text)).toBe(text);
  });

  it("are taken out of a link whatever its options", () => {
    const text = `334 UGFzc3dvcmQ6\n${PASS}\n535 5.7.8 Error: authentication failed`;
    const out = redactText(text, { maskLocalParts: false, dropOriginalMessage: false });
    expect(out).not.toContain(PASS);
  });

  it("stays linear on a hostile paste", () => {
    const text = `${"334 ".repeat(20000)}\n${"A".repeat(200000)}`;
    const start = Date.now();
    removeSmtpCredentials(text);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe("a server's list of mechanisms", () => {
  it("is no secret", () => {
    const text = "Out: 250-AUTH PLAIN LOGIN DIGEST-MD5 CRAM-MD5\nOut: 250-AUTH=PLAIN LOGIN";
    expect(removeSmtpCredentials(text)).toBe(text);
  });
});

describe("a 334 that is no challenge", () => {
  it("leaves the next line as it was", () => {
    const text = "Received: by mx.example.com id 334 for bob\nwith ESMTP id abcd";
    expect(removeSmtpCredentials(text)).toBe(text);
  });
});
