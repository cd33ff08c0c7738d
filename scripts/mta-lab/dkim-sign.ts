// A DKIM signer for the lab's client (RFC 6376: rsa-sha256, relaxed/relaxed), so that the
// MTAs' DKIM checks meet a real signature. The lab signs with a key made for the run, while
// the signing domain's DNS publishes another: the signature is well-formed and fails.
import { createHash, createSign, generateKeyPairSync, type KeyObject } from "node:crypto";

const SIGNED_HEADERS = ["from", "to", "subject", "date", "message-id"];

/** RFC 6376 3.4.4: whitespace runs to one space, none at line ends, no empty lines at the end. */
function relaxedBody(body: string): string {
  const lines = body.split(/\r?\n/).map((l) => l.replace(/[ \t]+/g, " ").replace(/ $/, ""));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.length === 0 ? "" : lines.join("\r\n") + "\r\n";
}

/** RFC 6376 3.4.2: lower-case name, unfolded value, whitespace runs to one space. */
function relaxedHeader(name: string, value: string): string {
  const v = value
    .replace(/\r?\n(?=[ \t])/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
  return `${name.toLowerCase().trim()}:${v}`;
}

/** A fresh key for one run: its public half is published nowhere. */
export function runKey(): KeyObject {
  return generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey;
}

/** `message` (LF or CRLF line ends) with a DKIM-Signature header for d=`domain`, s=`selector`. */
export function dkimSign(message: string, domain: string, selector: string, key: KeyObject) {
  const split = message.search(/\r?\n\r?\n/);
  const head = message.slice(0, split);
  const body = message.slice(split).replace(/^\r?\n\r?\n/, "");
  const fields = head.split(/\r?\n(?![ \t])/).map((f) => {
    const colon = f.indexOf(":");
    return { name: f.slice(0, colon), value: f.slice(colon + 1) };
  });
  const bh = createHash("sha256").update(relaxedBody(body)).digest("base64");
  const signed = SIGNED_HEADERS.filter((h) => fields.some((f) => f.name.toLowerCase() === h));
  const t = Math.floor(Date.now() / 1000);
  const sigValue = ` v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=${selector}; t=${t}; h=${signed.join(":")}; bh=${bh}; b=`;
  const input = [
    ...signed.map((h) => {
      const f = fields.find((x) => x.name.toLowerCase() === h)!;
      return relaxedHeader(f.name, f.value) + "\r\n";
    }),
    relaxedHeader("DKIM-Signature", sigValue),
  ].join("");
  const b = createSign("RSA-SHA256").update(input).sign(key, "base64");
  return `DKIM-Signature:${sigValue}${b}\n${message}`;
}
