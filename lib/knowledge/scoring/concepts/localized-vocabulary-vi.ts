// Vietnamese vocabulary (see ./localized-vocabulary.ts for the idea): per idea, Vietnamese's
// words for the thing (địa chỉ, tài khoản, hộp thư, tên miền, kết nối) and for what went wrong
// (không tồn tại, không hợp lệ, bị đầy, vượt quá, thất bại), any pairing within the window reading
// the idea. Vietnamese writes every syllable apart, so the words are whole phrases ("không tồn
// tại", not "tồn"), and the sender's own address or account ("người gửi", "tài khoản của bạn")
// keeps the recipient's ideas quiet.
//
// Sources: Vietnamese providers' own help on their bounces (Zing Mail's list of its notices, Hải
// Nhân's list of the replies its customers see), Yahoo's and Gmail's own Vietnamese help, and
// Thunderbird's Vietnamese catalog.
import type { Concept, ConceptExample } from "./types";
import { LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Zing Mail's (VNG's) own help: each notice its bounces print, with its cause. */
const ZING_VI = page(
  "http://mail.zing.vn/en_US/help/190.html",
  "Làm thế nào để xác định nguyên nhân thư bị trả về?, Zing Mail trợ giúp",
);
/** Hải Nhân (a Vietnamese mail host)'s own guide to the mail servers' replies its customers see. */
const HAINHAN_VI = page(
  "https://www.hainhan.com/vn/ho-tro/huong-dan/cac-thong-bao-email-thuong-gap/",
  "Các thông báo email thường gặp, Hải Nhân hướng dẫn",
);
/** Yahoo's own Vietnamese help on undelivered mail. */
const YAHOO_VI = page(
  "https://vn.trogiup.yahoo.com/kb/mail-app-for-ios/Hãy-kiểm-tra-một-số-thông-tin-về-thư-gửi-không-thành-công-sln3275.html",
  'Thư thông báo "Không gửi được", Yahoo Trợ giúp (vi)',
);
/** Gmail's own Vietnamese help on sending and receiving limits. */
const GMAIL_LIMITS_VI = page(
  "https://support.google.com/mail/answer/22839?hl=vi",
  "Giới hạn gửi và nhận thư, Trợ giúp Gmail",
);
/** Thunderbird's own Vietnamese catalog (thunderbird/thunderbird-l10n at a pinned commit), composeMsgs.properties. */
const thunderbirdVi = (key: string) =>
  `https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/vi/mail/chrome/messenger/messengercompose/composeMsgs.properties (Thunderbird's vi catalog, ${key})`;

/** The sender's own address, account or identity, and a domain: not the recipient's user. */
const NOT_THE_RECIPIENTS_USER = [
  "người gửi",
  "tài khoản của bạn",
  "địa chỉ của bạn",
  "tên miền",
  "mật khẩu",
];

export const LOCALIZED_VOCABULARY_VI_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.vi.vocab.recipient-unknown",
    cause: "recipient-unknown",
    says: "the recipient's address (its account) does not exist or is not valid",
    // địa chỉ (address), tài khoản (account); không tồn tại (does not exist), không hợp lệ (invalid).
    subject: ["địa chỉ", "tài khoản"],
    failure: ["không tồn tại", "không hợp lệ"],
    unless: NOT_THE_RECIPIENTS_USER,
    weight: LESS_SURE,
    examples: [
      // Hải Nhân's reading of "550 Unknown user".
      ex(
        "Đây là thông báo cho biết không tồn tại địa chỉ email trong một hệ thống email.",
        HAINHAN_VI,
      ),
      ex("Nếu Mailer Daemon nói rằng tài khoản không tồn tại", YAHOO_VI),
      ex("Không thể gửi được vì địa chỉ email của người nhận không hợp lệ", GMAIL_LIMITS_VI),
    ],
  },
  {
    id: "concept.l10n.vi.vocab.mailbox-full",
    cause: "mailbox-full",
    says: "the recipient's mailbox is full",
    // hộp thư (mailbox); bị đầy (is full).
    subject: ["hộp thư"],
    failure: ["bị đầy"],
    // The sender's own mailbox.
    unless: ["hộp thư của bạn"],
    weight: LESS_SURE,
    // Hải Nhân's reading of "Inbox is full. Additional information: The recipients inbox is full."
    examples: [
      ex(
        "Thông báo này cho biết hộp thư của người nhận bị đầy nên không nhận được email của bạn.",
        HAINHAN_VI,
      ),
    ],
  },
  {
    id: "concept.l10n.vi.vocab.domain-not-found",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist",
    // tên miền (domain); không tồn tại (does not exist).
    subject: ["tên miền"],
    failure: ["không tồn tại"],
    unless: ["người gửi"],
    weight: LESS_SURE,
    // Zing's reading of its notice "Không tìm thấy Host" (host not found).
    examples: [ex("Tên miền của người nhận không tồn tại.", ZING_VI)],
  },
  {
    id: "concept.l10n.vi.vocab.message-too-large",
    cause: "message-too-large",
    says: "the message is larger than the server accepts",
    // kích thước thư / dung lượng thư (the message's size); vượt quá / vượt giới hạn (exceeds).
    subject: ["kích thước thư", "dung lượng thư"],
    failure: ["vượt quá", "vượt giới hạn"],
    // A mailbox's capacity is a full mailbox.
    unless: ["hộp thư"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Kích thước thư của bạn đang cố gửi vượt quá giới hạn kích thước chung của máy chủ.",
        thunderbirdVi("smtpPermSizeExceeded2"),
      ),
      ex(
        'Dung lượng thư "vượt giới hạn dung lương cho phép" của máy chủ abcd.com [123.123.123.123]',
        ZING_VI,
      ),
    ],
  },
  {
    id: "concept.l10n.vi.vocab.rate-limited",
    cause: "rate-limited",
    says: "too much mail was sent (or received) too fast: a sending or receiving limit was reached",
    // giới hạn gửi (sending limit) ... đạt đến (reached); quá nhiều email (too many emails) ...
    // tốc độ quá nhanh (too fast).
    subject: ["giới hạn gửi", "quá nhiều email"],
    failure: ["đạt đến", "tốc độ quá nhanh"],
    weight: LESS_SURE,
    examples: [
      ex('"Bạn đã đạt đến giới hạn gửi thư"', GMAIL_LIMITS_VI),
      ex(
        "Nếu người mà bạn gửi thư đang nhận được quá nhiều email với tốc độ quá nhanh",
        GMAIL_LIMITS_VI,
      ),
    ],
  },
  {
    id: "concept.l10n.vi.vocab.connection-failed",
    cause: "remote-unreachable",
    says: "the connection to the mail server failed, was lost or timed out",
    // kết nối (connection); thất bại (failed), mất kết nối / bị mất (lost), hết thời gian chờ (timed out).
    subject: ["kết nối"],
    failure: ["thất bại", "mất kết nối", "bị mất", "hết thời gian chờ"],
    // A login (xác thực) or a secure link (liên kết an toàn) failing is another cause.
    unless: ["xác thực", "liên kết an toàn", "mật khẩu"],
    weight: LESS_SURE,
    examples: [
      ex("Kết nối với máy chủ thư của người nhận thất bại", ZING_VI),
      ex("Máy chủ đã mất kết nối khi bạn đang gửi thư", ZING_VI),
      ex(
        "Không thể gửi thư vì đã hết thời gian chờ kết nối với máy chủ gửi thư (SMTP)",
        thunderbirdVi("smtpSendTimeout"),
      ),
      ex(
        "Không thể gửi thư vì kết nối với máy chủ gửi thư (SMTP) %S bị mất khi đang giao dịch.",
        thunderbirdVi("smtpSendInterrupted"),
      ),
    ],
  },
  {
    id: "concept.l10n.vi.vocab.server-not-answering",
    cause: "remote-unreachable",
    says: "the recipient's mail server did not answer",
    // máy chủ (server); không trả lời (does not answer).
    subject: ["máy chủ"],
    failure: ["không trả lời"],
    weight: LESS_SURE,
    // Hải Nhân's reading of "A connection attempt failed because the connected party did not properly respond".
    examples: [
      ex(
        "Thông báo này có nghĩa email của bạn đã được máy chủ mail của Hải Nhân cố gắng gửi đến máy chủ mail của địa chỉ đến trong 5 lần, nhưng máy chủ bên kia đều không trả lời.",
        HAINHAN_VI,
      ),
    ],
  },
];
