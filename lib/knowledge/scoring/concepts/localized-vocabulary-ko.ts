// Korean vocabulary (see ./localized-vocabulary.ts for the idea): per idea, Korean's words for
// the thing (받는 사람, 수신자, 계정, 메일함, 도메인, IP) and for what went wrong (존재하지 않, 가득
// 찼, 휴면, 차단, 초과), any pairing of the two within the window reading the idea. Korean
// writes no spaces inside many compounds ("받는사람", "수신차단") and puts them in others ("받는
// 사람", "수신 차단"): both spellings are listed where a page writes both. Hangul matches as it is
// (no word boundaries), so the failure words are stems long enough not to sit inside unrelated
// words ("존재하지 않", not "없"), and the sender's own address or account ("보내는 사람의 주소",
// "회원님의 계정") keeps the recipient's ideas quiet, as ./localized-address.ts does.
//
// The narrower Korean concepts this replaces keep their ids (concept.l10n.ko.recipient-does-not-
// exist, .mailbox-full, .mailbox-suspended, .domain-not-found, .vocab.message-too-large) and
// their examples, so that what read them before reads them still; concept.l10n.ko.mailbox-over-
// quota (./localized-exchange.ts) is folded into .mailbox-full with its example.
//
// Sources: Microsoft's own Korean documentation (the Exchange 2013 NDR table, Exchange 2007's
// Korean cmdlet help, the Outlook.com quota page), Korean providers' own notices (Nate's dormant-
// account policy, DaouOffice's manual for its TMSe filter, Whois's ndesk hosting notice), mail
// programs' Korean catalogs (Thunderbird, Roundcube), and Korean administrators' pages that list
// portals' replies with their Korean reading (./localized-sources.ts), cited as what they are:
// the concepts that rest on those alone weigh less (LESS_SURE).
import type { Concept, ConceptExample } from "./types";
import {
  LESS_SURE,
  EXCHANGE_NDR_KO,
  FOXYDOG_KO,
  FOXYDOG_SIZE_KO,
  JINBO_KO,
  NAVER_KIN_KO,
  PUFFINKNIGHT_KO,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

// --- Korean pages new to the localized layer (session 17, i18n5) ---

/** Nate (SK Communications) mail's own notice of its dormant-account policy. */
const NATE_DORMANT_KO = page(
  "http://mail3.nate.com/app/mng/noticeview_unauth/?cur_no=349&num=428",
  "[공지] 네이트 메일 휴면 계정 관리 정책 시행 안내, 네이트 메일 공지사항",
);
/** DaouOffice's own manual for its TMSe mail filter: the reply "421 Your IP is filtered by IP Rate Control". */
const DAOU_RATE_KO = page(
  "https://manual.daouoffice.co.kr/hc/ko/articles/900006085086--TMSe-%EB%A9%94%EC%9D%BC-%EB%B0%9C%EC%86%A1%EC%9D%84-%ED%96%88%EB%8A%94%EB%8D%B0-filtered-by-IP-Rate-Control-%EB%A6%AC%ED%84%B4%EB%A9%94%EC%9D%BC%EC%9D%B4-%EC%98%B5%EB%8B%88%EB%8B%A4",
  "[TMSe] 메일 발송을 했는데 filtered by IP Rate Control 리턴메일이 옵니다, 다우오피스 매뉴얼",
);
/** The same manual on the reply "421 You made too many connections". */
const DAOU_CONNECTIONS_KO = page(
  "https://manual.daouoffice.co.kr/hc/ko/articles/900006084846--TMSe-%EB%A9%94%EC%9D%BC-%EB%B0%9C%EC%86%A1%EC%9D%84-%ED%96%88%EB%8A%94%EB%8D%B0-too-many-connections-%EB%A6%AC%ED%84%B4%EB%A9%94%EC%9D%BC%EC%9D%B4-%EC%98%B5%EB%8B%88%EB%8B%A4",
  "[TMSe] 메일 발송을 했는데 too many connections 리턴메일이 옵니다, 다우오피스 매뉴얼",
);
/** Whois Corp.'s ndesk hosting: its own notice limiting bulk sending. */
const NDESK_KO = page(
  "https://www.ndesk.com/customer/notice/?boardId=55a8a895-9247-f191-ffc9-bd93dac32c91",
  "과도한 다량 메일 발송을 제한합니다, 엔데스크 고객센터 공지사항",
);
/** Microsoft's own Korean help for Exchange 2007's Add-IPBlockListProvider cmdlet. */
const MS_IP_BLOCK_LIST_KO = page(
  "https://learn.microsoft.com/ko-kr/previous-versions/office/exchange-server-2007/bb629623(v=exchg.80)",
  "Add-IPBlockListProvider(RTM), Microsoft Exchange Server 2007 도움말 (ko-kr)",
);
/** Microsoft's Korean Outlook.com quota help (AlchemyInsights ko-KR, a public copy at a pinned commit). */
const OUTLOOK_QUOTA_KO = page(
  "https://github.com/pebaum/OfficeDocs-AlchemyInsights-pr.ko-KR/blob/7ef82c236fb99dbbfbc88aaa911407f5b890dc2f/AlchemyInsights/outlook-com-over-quota.md",
  "Outlook.com의 전자 메일 및 저장소 할당량, Microsoft AlchemyInsights (ko-KR)",
);
/** Thunderbird's own Korean catalog (thunderbird/thunderbird-l10n at a pinned commit), composeMsgs.properties. */
const thunderbirdKo = (key: string) =>
  `https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/ko/mail/chrome/messenger/messengercompose/composeMsgs.properties (Thunderbird's ko catalog, ${key})`;
/** Roundcube's own Korean catalog (roundcube/roundcubemail at a pinned commit), messages.inc. */
const roundcubeKo = (key: string) =>
  `https://github.com/roundcube/roundcubemail/blob/05375b8081638d35c0ec11ee213634e6b32ae9b4/program/localization/ko_KR/messages.inc (Roundcube's ko_KR catalog, ${key})`;

/**
 * The sender's own address, account or identity: a recipient idea does not fire on it. Whole
 * phrases, not "보낸 사람" alone: Exchange's table writes "보낸 사람이 받는 사람의 ... 주소가 잘못
 * 입력" (the sender mistyped the recipient's address).
 */
const THE_SENDERS_OWN = [
  "보내는 사람의",
  "보내는 사람 주소",
  "보낸 사람의",
  "보낸 사람 주소",
  "보낸사람의",
  "보낸사람 주소",
  "발신자",
  "발신 주소",
  "회원님의",
  "귀하의",
  "식별자",
  "비밀번호",
];

/** The recipient's own refusal of this sender (sender-policy), not a verdict on the message or the IP. */
const THE_RECIPIENTS_REFUSAL = ["수신거부", "수신 거부", "수신차단", "수신 차단"];

/** A volume of mail over a limit (rate-limited), not a block list. */
const A_VOLUME = ["기준치 이상", "동시에 여러", "대량 메일", "다량 메일", "대량 스팸"];

export const LOCALIZED_VOCABULARY_KO_CONCEPTS: readonly Concept[] = [
  // --- the recipient's address does not exist ---
  {
    // Folded in: concept.l10n.ko.recipient-does-not-exist (its id and examples kept).
    id: "concept.l10n.ko.recipient-does-not-exist",
    cause: "recipient-unknown",
    says: "the recipient's address (its user or account) does not exist, or was mistyped",
    // 받는 사람 / 받는 이 (recipient), 수신자 (recipient), 계정 (account), 주소 (address).
    subject: ["받는사람", "받는 사람", "받는 이", "수신자", "계정", "주소"],
    // 존재하지 않 (does not exist); 잘못 입력 (typed wrong).
    failure: ["존재하지 않", "잘못 입력"],
    // A domain or an IP address is no user; the sender's own address, or the account a login
    // (인증) uses, is not the recipient's.
    unless: [...THE_SENDERS_OWN, "도메인", "ip 주소", "인증"],
    weight: LESS_SURE,
    examples: [
      ex("받는사람이 존재하지 않는 경우", PUFFINKNIGHT_KO),
      ex("수신자의 계정(오타)이 존재하지 않거나", FOXYDOG_KO),
      // Exchange's first reading of 5.1.1 Bad destination mailbox address.
      ex("보낸 사람이 받는 사람의 전자 메일 주소가 잘못 입력 했습니다.", EXCHANGE_NDR_KO),
      // Naver's knowledge partner's third reason mail does not arrive.
      ex("보낸이가 받는 이 주소를 잘못 입력하여 보낸 경우", NAVER_KIN_KO),
    ],
  },

  // --- the recipient's mailbox is full ---
  {
    // Folded in: concept.l10n.ko.mailbox-full (its id and examples kept).
    id: "concept.l10n.ko.mailbox-full",
    cause: "mailbox-full",
    says: "the recipient's mailbox is full (out of storage)",
    // 메일함 / 편지함 / 사서함 (mailbox, inbox), 메일용량 (mail storage).
    subject: ["메일함", "편지함", "사서함", "메일용량"],
    // 가득 찼 / 가득 찬 / 가득 차 (is full), 초과 (exceeded), 저장 공간이 부족 (short of storage).
    failure: ["가득 찼", "가득 차", "가득 찬", "초과", "저장 공간이 부족"],
    // A limit on sending (its amount or rate: "다량 메일 발송", "발송 IP", a sending limit) or on
    // one message's or attachment's size (크기, 첨부) is another cause. Not a bare 발송: every
    // Korean notice says it ("메일 발송 실패 안내", "다시 발송하시기 바랍니다": send again).
    unless: [
      "다량 메일 발송",
      "대량 메일 발송",
      "발송 ip",
      "발송 제한",
      "발송 한도",
      "발송량",
      "크기",
      "첨부",
    ],
    weight: LESS_SURE,
    examples: [
      ex("메일함이 가득 찼습니다.", FOXYDOG_KO),
      ex("받는사람의 메일용량이 초과된 경우", PUFFINKNIGHT_KO),
      ex("메일함 용량이 기본 용량(5GB)을 초과했을 경우", NAVER_KIN_KO),
      // Microsoft's own Korean help on a full Outlook.com inbox.
      ex("받은 편지함이 가득 찬 경우 메시지를 보내거나 받을 수 없으며", OUTLOOK_QUOTA_KO),
      // Exchange's reading of 5.2.2 Mailbox full (folded in: concept.l10n.ko.mailbox-over-quota).
      ex(
        "받는 사람의 사서함 저장소 할당량을 초과 했습니다 하 고 새 메시지를 수락할 수 더이상 합니다.",
        EXCHANGE_NDR_KO,
      ),
      // The administrator's reading of Gmail's "452 4.2.2 The recipient's inbox is out of storage space".
      ex("수신자의 받은 편지함 저장 공간이 부족합니다.", FOXYDOG_KO),
      ex("수신자의 메일함(용량)이 가득 차서 더 이상 메일을 받을 수 없는 상황입니다.", FOXYDOG_KO),
    ],
  },

  // --- the recipient's account is dormant, suspended or closed ---
  {
    // Folded in: concept.l10n.ko.mailbox-suspended (its id and example kept).
    id: "concept.l10n.ko.mailbox-suspended",
    cause: "mailbox-disabled",
    says: "the recipient's account is suspended, dormant or closed (no longer receiving mail)",
    // 아이디 (user id), 사용자 (user) beside the recipient's and the account's words.
    subject: ["받는사람", "계정", "아이디", "사용자"],
    // 사용중지 (out of use), 휴면 (dormant), 해지 (closed), 수신 정지 (receiving stopped).
    failure: ["사용중지", "휴면", "해지", "수신 정지", "수신정지"],
    unless: THE_SENDERS_OWN,
    weight: LESS_SURE,
    examples: [
      ex("받는사람이 사용중지된 경우", PUFFINKNIGHT_KO),
      // Nate's own policy: what a dormant id's mail does, and what a year unused does.
      ex(
        "해당 아이디로 수신되는 메일은 발송자에게 휴면 상태임을 알리며 반송됩니다.",
        NATE_DORMANT_KO,
      ),
      ex(
        "시행일 기준 1년(365일) 이상(수신정지 후 275일) 네이트 메일을 사용하지 않는 사용자 (비로그인 사용자) 메일 계정 해지",
        NATE_DORMANT_KO,
      ),
      ex(
        "시행일 기준 3개월(90일) 이상 네이트 메일을 사용하지 않는 사용자 (비로그인 사용자)는 메일 수신 정지",
        NATE_DORMANT_KO,
      ),
    ],
  },

  // --- the recipient refused this sender (a block list of their own) ---
  {
    id: "concept.l10n.ko.vocab.sender-policy",
    cause: "sender-policy",
    says: "the recipient (or their mail settings) refuses mail from this sender: the sender is on their block list",
    // 수신거부 / 수신차단 (refusing / blocking receipt, the recipient's own setting).
    subject: ["수신거부", "수신차단"],
    // 차단된 (blocked), 목록 (list), 등록된 (registered).
    failure: ["차단된", "목록", "등록된"],
    // A server refusing a message by its size ("수신을 차단") is another cause; an IP on a list too.
    unless: ["크기", "용량", "ip 주소", "ip가", "ip를"],
    weight: LESS_SURE,
    examples: [
      ex("받는사람의 스팸설정(수신거부)에 의해 차단된 경우", PUFFINKNIGHT_KO),
      ex("메일을 보내신 분의 주소가 질문자님의 수신차단 목록에 등록된 경우", NAVER_KIN_KO),
    ],
  },

  // --- the recipient's spam filter took the message for spam ---
  {
    id: "concept.l10n.ko.vocab.content-spam",
    cause: "content-spam",
    says: "the recipient's spam filter judged the message spam and blocked it",
    subject: ["스팸"],
    // 차단된 (blocked).
    failure: ["차단된"],
    // The recipient refusing this sender is sender-policy; a sending IP or a spammer judged is
    // the sender's reputation, not the message.
    unless: [...THE_RECIPIENTS_REFUSAL, "스패머", "ip 주소", "ip가", "ip를", "스팸 ip"],
    weight: LESS_SURE,
    examples: [ex("스팸 걸러내기 조건에 의해 차단된 경우", NAVER_KIN_KO)],
  },

  // --- the message is too large ---
  {
    // Moved from ./localized-vocabulary.ts (its id and examples kept).
    id: "concept.l10n.ko.vocab.message-too-large",
    cause: "message-too-large",
    says: "the message is larger than the recipient's server accepts",
    // 크기 (size), 길이 (length); 초과 (exceeds), 너무커 / 커서 ((is) too big), 넘었 (went over).
    subject: ["크기", "길이"],
    failure: ["초과", "너무커", "커서", "넘었"],
    // A mailbox's size or capacity over its limit is a full mailbox; a count of recipients is
    // no size.
    unless: ["메일함", "편지함", "사서함", "용량", "수신자 수"],
    weight: LESS_SURE,
    examples: [
      ex("메시지 크기가 제한을 초과 합니다.", FOXYDOG_SIZE_KO),
      ex("메시지의 길이가 관리 제한을 초과 합니다.", FOXYDOG_SIZE_KO),
      // Naver's notice for "552 5.3.4 Error: message file too big".
      ex("보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다.", FOXYDOG_SIZE_KO),
      // Daum's (Kakao's) notice for "552 5.3.4 Message size exceeds fixed limit".
      ex(
        "발송하신 편지의 크기가 너무커서 받는이가 속한 메일서버에서 수신을 거부하였습니다.",
        FOXYDOG_SIZE_KO,
      ),
      ex("SMTP 오류: 메시지 크기가 서버 제한을 ($limit) 넘었습니다.", roundcubeKo("smtpsizeerror")),
    ],
  },

  // --- the recipient's domain cannot be found ---
  {
    // Folded in: concept.l10n.ko.domain-not-found (its id and example kept).
    id: "concept.l10n.ko.domain-not-found",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain could not be found",
    subject: ["도메인"],
    // 못찾 / 찾을 수 없 (could not find).
    failure: ["못찾", "찾을 수 없"],
    // Active Directory's "도메인 서비스" is a directory, not a domain; the sender's own domain.
    unless: ["도메인 서비스", ...THE_SENDERS_OWN],
    weight: LESS_SURE,
    examples: [
      ex("수신측 서버의 도메인을 못찾아 리턴된 메시지.", JINBO_KO),
      // Exchange's reading of 5.0.0: DNS found no host for the domain.
      ex("DNS는 도메인에 대 한 찾을 수 없는 신뢰할 수 있는 호스트를 반환 합니다.", EXCHANGE_NDR_KO),
    ],
  },

  // --- too much mail too fast ---
  {
    id: "concept.l10n.ko.vocab.rate-limited",
    cause: "rate-limited",
    says: "the receiving (or sending) system limits how much mail one sender or IP may send in a while: too much was sent",
    // 기준치 이상 (over the threshold), 동시에 여러 (several at once), 대량 / 다량 메일 (bulk mail).
    subject: ["기준치 이상", "동시에 여러", "대량 메일", "다량 메일"],
    // 보내 (send), 발송 (sending), 차단 (block), 제한 (limit).
    failure: ["보내", "발송", "차단", "제한"],
    weight: LESS_SURE,
    examples: [
      ex(
        "단위 시간 동안 설정한 기준치 이상의 메일을 보내는 경우에 해당 발송 IP를 차단하는 기능에 의해 필터링 된 메일입니다.",
        DAOU_RATE_KO,
      ),
      ex(
        "하나의 IP에서 메일 발송을 위해 Connection을 동시에 여러 개를 맺는 것을 차단하는 기능에 의해 필터링 된 메일입니다.",
        DAOU_CONNECTIONS_KO,
      ),
      ex("과도한 다량 메일 발송을 제한합니다.", NDESK_KO),
      // The heading over portals' "too many e-mails" and "You send too many messages" replies.
      ex("대량 메일 발송으로 인해 대형포털로부터 IP가 차단된 경우", PUFFINKNIGHT_KO),
    ],
  },

  // --- the sending IP is on a block list ---
  {
    id: "concept.l10n.ko.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending server's IP address is on a block list",
    // "ip" as a whole word (not inside "recipient"); 차단 목록 (block list).
    subject: ["ip"],
    failure: ["차단 목록"],
    // The recipient's own block list of senders (수신차단 목록) is sender-policy; an IP blocked
    // for its volume is a rate limit.
    unless: [...THE_RECIPIENTS_REFUSAL, ...A_VOLUME],
    examples: [
      ex("IP 차단 목록 공급자 구성은 연결 필터 에이전트에서 사용합니다.", MS_IP_BLOCK_LIST_KO),
    ],
  },

  // --- the sender judged a spammer ---
  {
    id: "concept.l10n.ko.vocab.bad-reputation",
    cause: "bad-reputation",
    says: "the receiving server's filters took the sending server for a spammer (its reputation), not one message",
    // 스패머 (spammer) ... 인식 (recognised as).
    subject: ["스패머"],
    failure: ["인식"],
    weight: LESS_SURE,
    // Explaining "421 4.3.2 Your IP(...) is filtered and this connection will be closed".
    examples: [
      ex(
        "서버로 메일을 발송시 필터링 조건에 위배되어 스패머로 인식되고 필터링 되어 발신자에게 리턴되는 메시지.",
        JINBO_KO,
      ),
    ],
  },

  // --- relaying refused ---
  {
    id: "concept.l10n.ko.vocab.relay-denied",
    cause: "relay-denied",
    says: "the server does not relay this mail (it is not the recipient's own server)",
    subject: ["릴레이"],
    // 안돼어 (does not work).
    failure: ["안돼"],
    weight: LESS_SURE,
    // Explaining "451 Relay Server Not Ready".
    examples: [ex("수신측 서버에서 릴레이 기능이 안돼어 리턴된 메시지.", JINBO_KO)],
  },

  // --- the connection failed or timed out ---
  {
    id: "concept.l10n.ko.vocab.connection-failed",
    cause: "remote-unreachable",
    says: "the connection to the mail server failed, broke off or timed out",
    // 연결 (connection); 실패 (failed), 시간이 초과 (timed out), 끊어졌 (was cut).
    subject: ["연결"],
    failure: ["실패", "시간이 초과", "끊어졌"],
    // A login (인증) or an encrypted connection (보안 연결) failing is another cause.
    unless: ["인증", "보안 연결", "starttls", "비밀번호"],
    examples: [
      ex("연결 시간이 초과되어 메시지를 보낼 수 없습니다.", thunderbirdKo("smtpSendTimeout")),
      ex("서버와의 연결을 실패했습니다.", roundcubeKo("smtpconnerror")),
      // Exchange's reading of 4.4.2 Connection dropped.
      ex("서버 사이의 연결이 끊어졌습니다.", EXCHANGE_NDR_KO),
    ],
  },
];
