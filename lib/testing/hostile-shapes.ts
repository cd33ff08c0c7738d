// The input shapes that once cost seconds of CPU each (issue 12), generated at any scale, for
// the per-step tests (ten times today's worst) and scripts/bench-hostile.ts (at the API limit).
// `scale` is roughly the size in bytes. Deterministic: the same scale gives the same text.

const HEAD = [
  "From: MAILER-DAEMON@mx.example.com",
  "To: sender@example.com",
  "Subject: Undelivered Mail Returned to Sender",
  "MIME-Version: 1.0",
].join("\n");

/** A MIME part of very many short lines: postal-mime's line joining. */
export function manyShortLinesPart(scale: number): string {
  return [
    HEAD,
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain",
    "",
    "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
    "a\n".repeat(Math.max(1, Math.floor(scale / 2))),
    "--b1--",
    "",
  ].join("\n");
}

/** One DSN field folded over very many lines: the per-line rebuild of its value. */
export function foldedDsnField(scale: number): string {
  return [
    HEAD,
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Final-Recipient: rfc822; a@example.com",
    "Action: failed",
    "Status: 5.1.1",
    "Diagnostic-Code: smtp; 550 5.1.1 user unknown",
    " x\n".repeat(Math.max(1, Math.floor(scale / 3))),
    "--b1--",
    "",
  ].join("\n");
}

/** Very many `Content-Type: message/rfc822` lines: the per-part rescan in the share redaction. */
export function manyRfc822Headers(scale: number): string {
  const line = "Content-Type: message/rfc822\n";
  return `550 5.1.1 <a@example.com>: User unknown\n${line.repeat(Math.max(1, Math.floor(scale / line.length)))}`;
}

/** rfc822 part headers each followed by a nested report type: every part is looked inside. */
export function nestedReportParts(scale: number): string {
  const unit = "Content-Type: message/rfc822\n\nContent-Type: message/delivery-status\n";
  return `550 5.1.1 <a@example.com>: User unknown\n${unit.repeat(Math.max(1, Math.floor(scale / unit.length)))}`;
}

/** Very many MIME parts. */
export function manyParts(scale: number): string {
  const part = "--b1\nContent-Type: text/plain\n\n550 5.1.1 x\n";
  return `${HEAD}\nContent-Type: multipart/mixed; boundary="b1"\n\n${part.repeat(Math.max(1, Math.floor(scale / part.length)))}--b1--\n`;
}

/** Very many recipients in one DSN. */
export function manyRecipients(scale: number): string {
  const group = (i: number) =>
    `Final-Recipient: rfc822; u${i}@example.com\nAction: failed\nStatus: 5.1.1\n\n`;
  const n = Math.max(1, Math.floor(scale / group(0).length));
  return [
    HEAD,
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    Array.from({ length: n }, (_, i) => group(i)).join(""),
    "--b1--",
    "",
  ].join("\n");
}

/** One line with no line break at all. */
export function oneLongLine(scale: number): string {
  return `550 5.1.1 ${"x".repeat(scale)}`;
}

export const HOSTILE_SHAPES: Record<string, (scale: number) => string> = {
  manyShortLinesPart,
  foldedDsnField,
  manyRfc822Headers,
  nestedReportParts,
  manyParts,
  manyRecipients,
  oneLongLine,
};
