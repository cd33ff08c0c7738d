// The Vietnamese vocabulary (./localized-vocabulary-vi.ts): every word is in an example, new
// pairings fire, a notice's boilerplate reads nothing, the sender's own address does not read as
// the recipient's, its `unless` neighbours stay quiet and English replies are untouched (each
// example alone reading its cause is concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

const UNKNOWN = "concept.l10n.vi.vocab.recipient-unknown";
const FULL = "concept.l10n.vi.vocab.mailbox-full";
const DOMAIN = "concept.l10n.vi.vocab.domain-not-found";
const TOO_LARGE = "concept.l10n.vi.vocab.message-too-large";
const CONNECTION = "concept.l10n.vi.vocab.connection-failed";

describe("Vietnamese vocabulary", () => {
  it.each([
    ["Địa chỉ email người nhận không tồn tại", UNKNOWN],
    ["Tài khoản email không hợp lệ", UNKNOWN],
    ["Hộp thư đến của người nhận bị đầy", FULL],
    ["Tên miền không tồn tại", DOMAIN],
    ["Dung lượng thư vượt quá giới hạn cho phép", TOO_LARGE],
    ["Mất kết nối với máy chủ của người nhận", CONNECTION],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "Không gửi được thư",
    "Thư của bạn không thể gửi đến những người nhận sau.",
    "Thư bị trả về người gửi.",
    "Máy chủ thư bên người nhận từ chối thư.",
    "Vui lòng kiểm tra lại địa chỉ email và gửi lại.",
    "Vui lòng liên hệ nhà cung cấp dịch vụ thư của người nhận.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(ids(text).filter((id) => id.startsWith("concept.l10n."))).toEqual([]);
  });

  it.each([
    // The sender's own address or account.
    ["Địa chỉ của người gửi (Từ:) không hợp lệ.", UNKNOWN],
    ["Tài khoản của bạn không tồn tại", UNKNOWN],
    // A domain is no user.
    ["Địa chỉ email không tồn tại vì tên miền sai", UNKNOWN],
    ["Tên miền của người gửi không tồn tại", DOMAIN],
    // The sender's own mailbox; a mailbox's capacity is no message size.
    ["Hộp thư của bạn bị đầy", FULL],
    ["Dung lượng thư trong hộp thư vượt quá giới hạn", TOO_LARGE],
    // A login or a secure link failing, not the connection.
    ["Không thể xác thực kết nối thất bại", CONNECTION],
    ["Không thể thiết lập liên kết an toàn, kết nối thất bại", CONNECTION],
  ])("does not fire on a misleading neighbour: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
    "552 5.2.2 Mailbox full",
    "421 4.4.2 Connection dropped",
  ])("reads no Vietnamese concept in an English reply: %s", (text) => {
    expect(ids(text).filter((id) => id.startsWith("concept.l10n.vi."))).toEqual([]);
  });
});
