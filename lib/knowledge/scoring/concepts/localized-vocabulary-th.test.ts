// The Thai vocabulary (./localized-vocabulary-th.ts): every word is in an example, new pairings
// fire, a notice's boilerplate and the near misses its `unless` names read nothing, and English
// replies are untouched (each example alone reading its cause is concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const thai = (text: string) => ids(text).filter((id) => id.startsWith("concept.l10n.th."));

const UNKNOWN = "concept.l10n.th.vocab.recipient-unknown";
const FULL = "concept.l10n.th.vocab.mailbox-full";
const DISABLED = "concept.l10n.th.vocab.mailbox-disabled";
const TOO_LARGE = "concept.l10n.th.vocab.message-too-large";
const LIMIT = "concept.l10n.th.vocab.sending-limit";
const LISTED = "concept.l10n.th.vocab.ip-blocklisted";
const AUTH = "concept.l10n.th.vocab.authentication-failed";
const SPAM = "concept.l10n.th.vocab.content-spam";

describe("Thai vocabulary", () => {
  it.each([
    ["550 ชื่ออีเมลของผู้รับไม่มีอยู่จริง", UNKNOWN],
    ["กล่องขาเข้าของผู้รับเต็ม ไม่สามารถรับข้อความได้", FULL],
    ["ผู้รับเกินโควตากล่องจดหมายแล้ว", FULL],
    ["ที่อยู่อีเมลของผู้รับถูกระงับโดยผู้ดูแลระบบ", DISABLED],
    ["ไฟล์แนบเกินขีดจำกัดของเซิร์ฟเวอร์ปลายทาง", TOO_LARGE],
    ["บัญชีของคุณส่งอีเมลเกินขีดจำกัดต่อวัน", LIMIT],
    ["ที่อยู่ IP ของคุณอยู่ในรายการบล็อกของ Spamhaus", LISTED],
    ["ข้อความไม่ผ่านการตรวจสอบ SPF ของโดเมนผู้ส่ง", AUTH],
    ["550 ข้อความของคุณถูกระบุว่าเป็นสแปมโดยตัวกรองของผู้รับ", SPAM],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "ไม่สามารถส่งข้อความของคุณถึงผู้รับต่อไปนี้",
    "การส่งข้อความล้มเหลว",
    "ข้อความนี้ถูกสร้างขึ้นโดยอัตโนมัติ โปรดตรวจสอบที่อยู่อีเมลของผู้รับแล้วลองอีกครั้ง",
    "ติดต่อผู้ดูแลระบบของคุณ",
    // Words of the vocabulary with nothing gone wrong.
    "กล่องจดหมายของคุณใช้พื้นที่ไปแล้ว 40 เปอร์เซ็นต์",
    "ที่อยู่อีเมลนี้ถูกต้อง",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(thai(text)).toEqual([]);
  });

  it.each([
    // The sender's own address.
    ["ที่อยู่อีเมลของผู้ส่งไม่มีอยู่จริง", UNKNOWN],
    // A domain that does not exist, a file that is not there.
    ["ที่อยู่อีเมลนี้ใช้โดเมนไม่มีอยู่จริง", UNKNOWN],
    ["ไม่มีไฟล์แนบที่อยู่อีเมลระบุ ไม่มีอยู่จริง", UNKNOWN],
    // "เต็มที่" (fully) beside a mailbox.
    ["เราจะช่วยดูแลกล่องจดหมายของคุณอย่างเต็มที่", FULL],
    // A mailbox over its receiving threshold is a rate limit, not a full one.
    ["กล่องจดหมายเกินค่าเกณฑ์การส่งสูงสุดแล้ว", FULL],
    // The sender's account barred from sending, not the recipient's address suspended.
    ["บัญชีถูกห้ามส่งสแปมมากเกินไป เวิร์กโฟลว์ถูกระงับ", DISABLED],
    // A mailbox's size over its limit is a full mailbox, not a large message.
    ["ขนาดของข้อความในกล่องจดหมายเกินขีดจำกัด", TOO_LARGE],
    // A message's size over a daily limit is its size.
    ["ขนาดไฟล์เกินขีดจำกัดต่อวัน", LIMIT],
    // Not on the list.
    ["ที่อยู่ IP ของคุณไม่อยู่ในรายการบล็อก", LISTED],
    // Not identified as spam; an account barred from sending spam.
    ["ตรวจสอบว่าข้อความขาออกไม่ได้ระบุว่าเป็นสแปมโดยไมโครซอฟท์", SPAM],
    ["บัญชีถูกห้ามส่งสแปมมากเกินไป และถูกระบุว่าเป็นผู้ส่งที่มีความเสี่ยง", SPAM],
  ])("does not fire on a near miss: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});
