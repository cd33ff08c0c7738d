// Thai vocabulary (see ./localized-vocabulary.ts for the idea): per idea, Thai's words for the
// thing (ที่อยู่อีเมล, กล่องจดหมาย, ขนาดของข้อความ, รายการบล็อก, สแปม) and for what went wrong
// (ไม่มีอยู่จริง, เต็ม, ถูกระงับ, เกินขีดจำกัด, ถูกระบุว่าเป็น), any pairing of the two within the window
// reading the idea. Until this file the tool read no Thai at all.
//
// Thai writes no spaces between words, so every token matches inside a run of letters: the
// tokens are phrases long enough to mean one thing ("ไม่มีอยู่จริง", does not really exist, not
// "ไม่มี", there is no), and the sender's own address or a whole domain keeps the recipient's
// ideas quiet. Thai has two spellings of the vowel sara am: Microsoft's translations write
// "ขีดจํากัด" (nikhahit and sara aa, two characters), Thunderbird and Thai hosts "ขีดจำกัด" (one);
// nothing folds one into the other, so both are listed, each with an example that writes it.
//
// Sources: Microsoft's own Thai help (AlchemyInsights th-TH: its NDR articles), GoDaddy's own Thai
// help on bounces, Thunderbird's Thai catalog, a Thai mail host's own manual (Mail Master), and
// two Thai hosting companies' blogs (cited as what they are; the concepts weigh less, LESS_SURE).
import type { Concept, ConceptExample } from "./types";
import { LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Microsoft's own Thai help (OfficeDocs-AlchemyInsights th-TH, a public copy at a pinned commit). */
const alchemyTh = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.th-TH/blob/f840f1ddd3e1c0fda2b5af621cc24b730402c297/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (th-TH)`,
  );
const MS_MAILBOX_FULL_TH = alchemyTh(
  "mailbox-full-error.md",
  "NDR ที่มีรหัสข้อผิดพลาด 554 5.2.2 กล่องจดหมายเต็ม",
);
const MS_QUOTA_TH = alchemyTh("mailbox-quota-exceeded.md", "เกินโควตากล่องจดหมาย");
const MS_DAILY_LIMIT_TH = alchemyTh(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 ไม่สามารถส่งข้อความของคุณเนื่องจากคุณมีผู้รับข้อความถึงขีดจํากัดสูงสุดต่อวันแล้ว",
);
const MS_SPAMHAUS_TH = alchemyTh(
  "error-sending-email-blocked-by-spamhaus.md",
  "ข้อผิดพลาดในการส่งอีเมล: โฮสต์ไคลเอ็นต์ถูกบล็อกโดยใช้ Spamhaus",
);
const MS_SPF_TH = alchemyTh("antispam-5-7-23.md", "แก้ไขปัญหาการส่งอีเมลของรหัสข้อผิดพลาด 5.7.23");
/** GoDaddy's own Thai help on bounces (article 3568). */
const GODADDY_BOUNCE_TH = page(
  "https://www.godaddy.com/th-th/help/what-does-my-email-bounce-mean-3568",
  "อีเมลตีกลับหมายความว่าอย่างไร, GoDaddy วิธีใช้",
);
/** Mail Master, a Thai mail host: its own manual on mail that is not sent or not received. */
const MAILMASTER_TH = page(
  "https://www.mailmaster.co.th/manual/detail/551_%E0%B8%AD%E0%B8%B5%E0%B9%80%E0%B8%A1%E0%B8%A5%E0%B9%84%E0%B8%A1%E0%B9%88%E0%B8%AA%E0%B8%B2%E0%B8%A1%E0%B8%B2%E0%B8%A3%E0%B8%96%E0%B8%AA%E0%B9%88%E0%B8%87%E0%B8%AD%E0%B8%AD%E0%B8%81%E0%B9%84%E0%B8%94%E0%B9%89_%E0%B8%AB%E0%B8%A3%E0%B8%B7%E0%B8%AD_%E0%B8%9C%E0%B8%B9%E0%B9%89%E0%B8%A3%E0%B8%B1%E0%B8%9A%E0%B9%84%E0%B8%A1%E0%B9%88%E0%B9%84%E0%B8%94%E0%B9%89%E0%B8%A3%E0%B8%B1%E0%B8%9A%E0%B8%AD%E0%B8%B5%E0%B9%80%E0%B8%A1%E0%B8%A5",
  "อีเมลไม่สามารถส่งออกได้ หรือ ผู้รับไม่ได้รับอีเมล, Mail Master manual",
);
/** A Thai hosting company's blog on SMTP error 550 (title not in the stored excerpt). */
const HOSTPACIFIC_TH = page(
  "https://www.hostpacific.com/email-error-550/",
  "ข้อผิดพลาดอีเมล 550, Host Pacific blog (a Thai hosting company)",
);
/** A Thai mail host's blog on Exim's "Unrouteable address". */
const MAILDEE_TH = page(
  "http://emailserverhosting.maildee.com/2015/06/error-unrouteable-address.html",
  "Error Unrouteable address แปลว่าอะไร ?, maildee blog (a Thai mail host)",
);
/** Thunderbird's own Thai catalog (thunderbird/thunderbird-l10n at a pinned commit), composeMsgs.properties. */
const thunderbirdTh = (key: string) =>
  `https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/th/mail/chrome/messenger/messengercompose/composeMsgs.properties (Thunderbird's th catalog, ${key})`;

/** The sender's own address or mail: a recipient idea does not fire on it. Whole phrases: "ผู้ส่ง" alone is in notices' boilerplate. */
const THE_SENDERS_OWN = ["ที่อยู่อีเมลของผู้ส่ง", "ที่อยู่อีเมลผู้ส่ง", "ที่อยู่ของผู้ส่ง", "อีเมลผู้ส่ง"];

export const LOCALIZED_VOCABULARY_TH_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.th.vocab.recipient-unknown",
    cause: "recipient-unknown",
    says: "the recipient's email address does not exist",
    // ที่อยู่อีเมล (email address), ชื่ออีเมล (email name, the mailbox's name); ไม่มีอยู่จริง (does not
    // really exist). Not "ไม่ถูกต้อง" (incorrect): Thunderbird says it of the sender's own From.
    subject: ["ที่อยู่อีเมล", "ชื่ออีเมล"],
    failure: ["ไม่มีอยู่จริง"],
    // A domain that does not exist is the domain's; a file that is not there is the client's.
    unless: [...THE_SENDERS_OWN, "โดเมนไม่มีอยู่จริง", "ไฟล์"],
    weight: LESS_SURE,
    examples: [
      ex("ที่อยู่อีเมลไม่ถูกต้องหรือไม่มีอยู่จริง", GODADDY_BOUNCE_TH),
      ex("ชื่ออีเมลที่ส่งไม่มีอยู่จริง (ชื่ออีเมลผิด)", MAILMASTER_TH),
    ],
  },
  {
    id: "concept.l10n.th.vocab.mailbox-full",
    cause: "mailbox-full",
    says: "the recipient's mailbox is full or over its quota",
    // กล่องจดหมาย (mailbox), กล่องขาเข้า (inbox), อีเมลปลายทาง (the destination's mail); เต็ม (full),
    // เกินโควตา (over quota).
    subject: ["กล่องจดหมาย", "กล่องขาเข้า", "อีเมลปลายทาง"],
    failure: ["เต็ม", "เกินโควตา"],
    // "เต็ม" begins other words: เต็มที่ (fully), เต็มใจ (willingly), เต็มรูปแบบ (full-featured). A
    // mailbox over its receiving threshold ("เกินค่าเกณฑ์") is a rate limit and holds neither token.
    unless: ["เต็มที่", "เต็มใจ", "เต็มรูปแบบ"],
    weight: LESS_SURE,
    examples: [
      ex("554 5.2.2 กล่องจดหมายเต็ม", MS_MAILBOX_FULL_TH),
      ex("เกินโควตากล่องจดหมาย", MS_QUOTA_TH),
      ex("หากกล่องจดหมายของผู้รับเต็มแล้ว", GODADDY_BOUNCE_TH),
      ex("อีเมลปลายทางเต็ม", MAILMASTER_TH),
      ex(
        "บุคคลที่ส่งอีเมลถึงคุณจะได้รับข้อความแสดงข้อผิดพลาดว่ากล่องขาเข้าของคุณเต็ม",
        alchemyTh("outlook-com-over-quota.md", "โควตาอีเมลและที่เก็บข้อมูลใน Outlook.com"),
      ),
    ],
  },
  {
    id: "concept.l10n.th.vocab.mailbox-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's address is suspended",
    // ที่อยู่อีเมลของผู้รับ (the recipient's email address); ถูกระงับ (was suspended). Only the
    // recipient's: Microsoft's "บัญชีถูกห้ามส่ง" (an account barred from sending) is the sender's.
    subject: ["ที่อยู่อีเมลของผู้รับ"],
    failure: ["ถูกระงับ"],
    unless: THE_SENDERS_OWN,
    weight: LESS_SURE,
    examples: [ex("ที่อยู่อีเมลของผู้รับใช้ไม่ได้ชั่วคราวหรือถูกระงับ", HOSTPACIFIC_TH)],
  },
  {
    id: "concept.l10n.th.vocab.message-too-large",
    cause: "message-too-large",
    says: "the message (or a file attached to it) is larger than the server accepts",
    // ขนาดของข้อความ (the message's size), ไฟล์ (a file); เกินขีดจำกัด (exceeds the limit),
    // ขนาดใหญ่เกินไป (too large).
    subject: ["ขนาดของข้อความ", "ไฟล์"],
    failure: ["เกินขีดจำกัด", "ขนาดใหญ่เกินไป"],
    // A mailbox's size or quota is a full mailbox.
    unless: ["กล่องจดหมาย", "โควตา", "ที่เก็บข้อมูล"],
    weight: LESS_SURE,
    examples: [
      ex(
        "ขนาดของข้อความที่คุณพยายามส่งเกินขีดจำกัดขนาดส่วนกลางของเซิร์ฟเวอร์",
        thunderbirdTh("smtpPermSizeExceeded2"),
      ),
      ex("ส่งไฟล์ที่มีขนาดใหญ่เกินไป", MAILMASTER_TH),
    ],
  },
  {
    id: "concept.l10n.th.vocab.sending-limit",
    cause: "rate-limited",
    says: "the sender reached a limit on how much mail it may send in a day or an hour",
    // ต่อวัน / รายวัน (per day, daily), ต่อชั่วโมง (per hour); ถึงขีดจํากัด (reached the limit),
    // เกินขีดจํากัด (exceeded the limit), in both spellings of sara am (see the heading).
    subject: ["ต่อวัน", "รายวัน", "ต่อชั่วโมง"],
    failure: ["ถึงขีดจํากัด", "เกินขีดจํากัด", "เกินขีดจำกัด"],
    // A message's size over a limit is its size; a mailbox's quota is a full mailbox.
    unless: ["ขนาด", "โควตา"],
    weight: LESS_SURE,
    examples: [
      ex("ไม่สามารถส่งข้อความของคุณเนื่องจากคุณมีผู้รับข้อความถึงขีดจํากัดสูงสุดต่อวันแล้ว", MS_DAILY_LIMIT_TH),
      ex("ผู้ส่งเกินขีดจํากัดอัตราของผู้รับรายวันที่ 10,000 ข้อความ", MS_DAILY_LIMIT_TH),
      ex("เกิดจากการส่งอีเมล์ที่เกินขีดจำกัดที่ได้รับอนุญาตในการส่งต่อชั่วโมง", MAILDEE_TH),
    ],
  },
  {
    id: "concept.l10n.th.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending IP address or host is on a blocklist",
    // รายการบล็อก (block list), ถูกบล็อกโดยใช้ (blocked using, a list's name following); ที่อยู่ IP
    // (IP address), โฮสต์ (host). A sender blocked by the recipient's own list is sender policy:
    // its words ("ผู้ส่งที่ถูกบล็อก", a blocked sender) name no IP or host.
    subject: ["รายการบล็อก", "ถูกบล็อกโดยใช้"],
    failure: ["ที่อยู่ ip", "โฮสต์"],
    // Not listed.
    unless: ["ไม่อยู่ในรายการบล็อก"],
    weight: LESS_SURE,
    examples: [
      ex("ที่อยู่ IP ที่ส่งข้อความอยู่ในรายการบล็อก", MS_SPAMHAUS_TH),
      ex("โฮสต์ไคลเอ็นต์ถูกบล็อกโดยใช้ Spamhaus", MS_SPAMHAUS_TH),
    ],
  },
  {
    id: "concept.l10n.th.vocab.content-spam",
    cause: "content-spam",
    says: "the receiving server took the message for spam",
    // สแปม (spam, in Thai letters); ถูกระบุว่าเป็น (was identified as).
    subject: ["สแปม"],
    failure: ["ถูกระบุว่าเป็น"],
    // Not identified as spam (Microsoft's 5.7.23 help asks to check that it was not); an account
    // barred for sending spam ("ส่งสแปม"), a spam folder, the sending IP: not the message refused.
    unless: ["ไม่ได้ระบุว่าเป็น", "ไม่ได้ถูกระบุ", "ส่งสแปม", "โฟลเดอร์สแปม", "ที่อยู่ ip"],
    weight: LESS_SURE,
    examples: [ex("อีเมลผู้ส่งถูกระบุว่าเป็นสแปมโดยเซิร์ฟเวอร์อีเมลของผู้รับ", HOSTPACIFIC_TH)],
  },
  {
    id: "concept.l10n.th.vocab.authentication-failed",
    cause: "authentication-failure",
    says: "the message did not pass the receiver's SPF check",
    // ไม่ผ่านการตรวจสอบ (did not pass the check) is the Thai, the subject; SPF the failure (an English
    // word as a subject would be looked for in every English bounce).
    subject: ["ไม่ผ่านการตรวจสอบ"],
    failure: ["spf"],
    weight: LESS_SURE,
    examples: [ex("ข้อความในพูลการส่งความเสี่ยงสูงจะไม่ผ่านการตรวจสอบ SPF", MS_SPF_TH)],
  },
];
