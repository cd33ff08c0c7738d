// The Korean vocabulary (./localized-vocabulary-ko.ts): new pairings of its words fire, a
// notice's boilerplate reads nothing, the sender's own address or account does not read as the
// recipient's, the neighbours its `unless` lists name stay quiet, English replies are untouched,
// and a phrase naming two causes ranks both (each example alone reading its cause is
// concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { LOCALIZED_VOCABULARY_KO_CONCEPTS } from "./localized-vocabulary-ko";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const l10n = (text: string) => ids(text).filter((id) => id.startsWith("concept.l10n."));

async function read(text: string) {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, possible: (r.possible ?? []).map((p) => p.cause) };
}

const UNKNOWN = "concept.l10n.ko.recipient-does-not-exist";
const FULL = "concept.l10n.ko.mailbox-full";
const DISABLED = "concept.l10n.ko.mailbox-suspended";
const DOMAIN = "concept.l10n.ko.domain-not-found";
const POLICY = "concept.l10n.ko.vocab.sender-policy";
const SPAM = "concept.l10n.ko.vocab.content-spam";
const RATE = "concept.l10n.ko.vocab.rate-limited";
const IP_LISTED = "concept.l10n.ko.vocab.ip-blocklisted";
const CONNECTION = "concept.l10n.ko.vocab.connection-failed";

describe("Korean vocabulary", () => {
  it("cites two or more words per concept, every one of them in an example", () => {
    for (const c of LOCALIZED_VOCABULARY_KO_CONCEPTS) {
      const said = c.examples.map((e) => normalizeString(e.text)).join(" | ");
      for (const w of [...c.subject, ...c.failure]) expect(said, `${c.id}: ${w}`).toContain(w);
    }
  });

  it.each([
    // Pairings no example holds as such.
    ["수신자의 계정이 존재하지 않습니다", UNKNOWN],
    ["받는 사람 주소가 존재하지 않습니다.", UNKNOWN],
    ["받는 사람의 사서함이 가득 찼습니다", FULL],
    ["수신자의 편지함 저장 공간이 부족합니다", FULL],
    ["받는 사람의 계정이 휴면 상태입니다", DISABLED],
    ["수신자 계정이 해지되었습니다", DISABLED],
    ["수신자가 귀하를 수신차단 목록에 등록했습니다", POLICY],
    ["수신자의 도메인을 찾을 수 없습니다", DOMAIN],
    ["대량 메일 발송이 제한되었습니다", RATE],
    ["발송 서버의 IP가 차단 목록에 있습니다", IP_LISTED],
    ["수신 서버와의 연결 시간이 초과되었습니다", CONNECTION],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  // Korean notices' own boilerplate, which says that delivery failed and not why.
  it.each([
    "메일이 전송되지 않았습니다.",
    "메일이 정상적으로 전송되지 않았습니다.",
    "아래의 사유로 메일 전송에 실패했습니다.",
    "메일 발송에 실패하였습니다.",
    "보내신 메일이 반송되었습니다.",
    "다음 받는 사람에게 메시지를 배달하지 못했습니다.",
    "받는 사람에게 메일을 전달할 수 없습니다.",
    "수신자에게 메일이 도착하지 않았습니다.",
    "받는 사람 주소를 확인한 후 다시 보내 주십시오.",
    "자세한 내용은 메일 관리자에게 문의하시기 바랍니다.",
    "이 메일은 발신 전용 주소에서 발송되었습니다.",
    "메일 서버에 연결하는 중입니다.",
    // "Check your spam folder" advice, no verdict on this message.
    "스팸으로 분류되어 있을 수 있습니다. 스팸함도 꼭 확인해 주시기 바랍니다.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(l10n(text)).toEqual([]);
  });

  it.each([
    // The sender's own address, account or domain.
    ["보내는 사람의 주소가 존재하지 않습니다", UNKNOWN],
    ["보낸 사람 주소를 잘못 입력했습니다", UNKNOWN],
    ["회원님의 계정이 존재하지 않습니다", UNKNOWN],
    ["회원님의 계정이 휴면 상태로 전환되었습니다", DISABLED],
    ["귀하의 계정이 해지되었습니다", DISABLED],
    ["발신자 도메인을 찾을 수 없습니다", DOMAIN],
    // The account an SMTP login uses, not the recipient's.
    ["SMTP 인증 계정이 존재하지 않습니다", UNKNOWN],
    // A domain or an IP address, not a user.
    ["받는 사람의 도메인이 존재하지 않습니다", UNKNOWN],
    ["접속한 IP 주소가 허용 목록에 존재하지 않습니다", UNKNOWN],
    // A server refusing one message by its size: no block list of the recipient's.
    ["보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다.", POLICY],
    // The recipient's own refusal of this sender, not a verdict on the message.
    ["받는사람의 스팸설정(수신거부)에 의해 차단된 경우", SPAM],
    // A spammer judged (reputation), not the message.
    ["스패머로 인식되어 스팸 차단된 메일입니다", SPAM],
    // An attachment's size or a sending limit, not a full mailbox.
    ["메일함 첨부 파일 용량을 초과했습니다", FULL],
    ["메일함 발송 한도를 초과했습니다", FULL],
    // Active Directory's "domain services" are a directory, not the recipient's domain.
    [
      "전자 메일 주소 또는 다른 특성이 Active Directory 도메인 서비스에서 찾을 수 없습니다.",
      DOMAIN,
    ],
    // An IP blocked for its volume is a rate limit, not a block list.
    ["대량 메일 발송으로 IP가 차단 목록에 등록되었습니다", IP_LISTED],
    // "ip" inside an English word is no IP.
    ["recipient 차단 목록", IP_LISTED],
    // A login or an encrypted connection failing, not the connection.
    ["SMTP 서버(%S)에 STARTTLS를 통한 보안 연결에 실패했습니다.", CONNECTION],
    ["연결된 계정의 인증에 실패했습니다", CONNECTION],
  ])("does not fire on a misleading neighbour: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  // English replies hold none of the Korean words.
  it.each([
    "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
    "552 5.2.2 The email account that you tried to reach is over quota.",
    "421 4.7.0 Too many connections from your IP, try again later",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    "451 4.4.1 Connection timed out",
  ])("reads no Korean concept in an English reply: %s", (text) => {
    expect(ids(text).filter((id) => id.startsWith("concept.l10n.ko."))).toEqual([]);
  });

  // Every Korean notice says "sending" (발송) in its heading and its advice ("send again"): the
  // word alone is no limit on sending beside a full mailbox.
  it("reads a full mailbox in a notice that says sending in its heading and its advice", () => {
    const notice =
      "메일 발송 실패 안내. 받는 사람의 메일함이 가득 찼습니다. 확인 후 다시 발송해 주십시오.";
    expect(ids(notice)).toContain("concept.l10n.ko.mailbox-full");
    expect(ids("과도한 다량 메일 발송으로 메일함 용량이 초과되었습니다")).not.toContain(
      "concept.l10n.ko.mailbox-full",
    );
  });

  it.each([
    // An unknown account, or a dormant one: both ranked, neither decided.
    [
      "받는 사람의 계정이 존재하지 않거나 휴면 상태입니다",
      ["recipient-unknown", "mailbox-disabled"],
    ],
    // A full mailbox, or a closed account.
    ["받는사람의 메일함이 가득 찼거나 계정이 해지되었습니다", ["mailbox-full", "mailbox-disabled"]],
  ])("keeps a hedge a hedge: %s", async (text, causes) => {
    const r = await read(text);
    expect(r.cause).toBe("unknown");
    for (const c of causes) expect(r.possible).toContain(c);
  });
});
