// Whole messages (headers at the top) are read with postal-mime, the same code in the
// browser and in Node. It hands report parts (message/delivery-status, text/rfc822-headers,
// message/rfc822) over as attachments; their content is decoded here.
import PostalMime from "postal-mime";

export interface HeaderLine {
  key: string;
  value: string;
}

export interface MessageParts {
  headers: HeaderLine[];
  /** The human-readable part(s): text/plain, or HTML reduced to text by the caller. */
  text: string;
  html: string | null;
  /** Contents of message/delivery-status parts (and of a message/feedback-report). */
  deliveryStatus: string[];
  feedbackReport: string | null;
  /** Raw original message or its headers (message/rfc822, text/rfc822-headers). */
  original: string | null;
  contentType: string | null;
  warnings: string[];
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{0,76}:/;
const TELLING_HEADERS = /^(?:from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]+|dkim-signature|auto-submitted)\s*:/i;

/** Whether the text starts with a block of RFC 5322 header fields. */
export function looksLikeMessage(text: string): boolean {
  const head = text.slice(0, 16_384).replace(/^\s+/, "");
  const lines = head.split("\n", 60);
  let headers = 0;
  let telling = 0;
  for (const line of lines) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) continue;
    if (line.startsWith("From ") && headers === 0) continue; // mbox separator
    if (!HEADER_LINE.test(line)) return false;
    headers++;
    if (TELLING_HEADERS.test(line)) telling++;
  }
  return headers >= 2 && telling >= 2;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const latin = new TextDecoder("windows-1252");

/** Report parts carry no charset postal-mime passes on: UTF-8 when valid, else Windows-1252. */
function contentToString(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === "string") return content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  try {
    return utf8.decode(bytes);
  } catch {
    return latin.decode(bytes);
  }
}

export async function readMessage(raw: string | Uint8Array): Promise<MessageParts> {
  const warnings: string[] = [];
  const source = typeof raw === "string" ? raw.replace(/^\s+/, "") : raw;
  const email = await PostalMime.parse(source, { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  const deliveryStatus: string[] = [];
  let feedbackReport: string | null = null;
  let original: string | null = null;
  const extraText: string[] = [];
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    const content = contentToString(a.content as ArrayBuffer);
    if (type === "message/delivery-status" || type === "message/global-delivery-status") deliveryStatus.push(content);
    else if (type === "message/feedback-report") feedbackReport = content;
    else if (type === "message/rfc822" || type === "text/rfc822-headers" || type === "message/rfc822-headers" || type === "message/global" || type === "message/global-headers") {
      if (original === null && content.trim() !== "") original = content;
    } else if (type.startsWith("text/") && a.disposition !== "attachment" && type !== "text/html") {
      // Some MTAs attach the human-readable notice as a second text part.
      extraText.push(content);
    }
  }
  const headers = email.headers.map((h) => ({ key: h.key, value: h.value }));
  const contentType = headers.find((h) => h.key === "content-type")?.value ?? null;
  const text = [email.text ?? "", ...extraText].filter((t) => t.trim() !== "").join("\n\n");
  return { headers, text, html: email.html ?? null, deliveryStatus, feedbackReport, original, contentType, warnings };
}
