// Japanese vocabulary in Microsoft's own Japanese (see ./localized-vocabulary.ts for the idea),
// beside the Japanese concepts of ./localized-vocabulary-cjk.ts, ./localized-recipient.ts,
// ./localized-exchange.ts and ./localized-transfer.ts: the ideas those lack. A mailbox over its
// quota ("メールボックス クォータを超え"), a daily limit reached ("1 日の制限に達した"), a sending IP
// or client host on a block list written as Microsoft writes it, with spaces between its words
// ("IP アドレス", "ブロック リスト"), where concept.l10n.ja.vocab.ip-blocklisted reads the unspaced
// "IPアドレス" with "ブラックリスト". Japanese matches as it is (no word boundaries), so the
// tokens are phrases.
//
// Source: Microsoft's own Japanese help (AlchemyInsights ja-JP: its NDR articles).
import type { Concept, ConceptExample } from "./types";
import { LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Microsoft's own Japanese help (OfficeDocs-AlchemyInsights ja-JP, a public copy at a pinned commit). */
const alchemyJa = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP/blob/0233fcd9db195fa85ad6a3c82c69c7ac57d883c3/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (ja-JP)`,
  );
const MS_QUOTA_JA = alchemyJa("mailbox-quota-exceeded.md", "メールボックス クォータを超えました。");
const MS_DAILY_LIMIT_JA = alchemyJa(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 メッセージ受信者の 1 日の制限に達したため、メッセージを送信できません",
);
const MS_SPAMHAUS_JA = alchemyJa(
  "error-sending-email-blocked-by-spamhaus.md",
  "メール送信エラー: クライアント ホストが Spamhaus を使用してブロックされました",
);

export const LOCALIZED_VOCABULARY_JA_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.ja.vocab.mailbox-over-quota",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its quota",
    // メールボックス クォータ (the mailbox's quota, spaced as Microsoft writes it, and unspaced);
    // を超え (exceeded).
    subject: ["メールボックス クォータ"],
    failure: ["を超え"],
    // A sending quota.
    unless: ["送信クォータ", "送信の制限"],
    weight: LESS_SURE,
    examples: [
      ex("メールボックス クォータを超えました。", MS_QUOTA_JA),
      ex("アカウントのメールボックス クォータを超えました。", MS_QUOTA_JA),
    ],
  },
  {
    id: "concept.l10n.ja.vocab.sending-limit",
    cause: "rate-limited",
    says: "the sender reached its daily limit on messages or recipients",
    // 1 日の制限 (the limit for one day), 1 日あたり (per day); に達した (reached), を超えました
    // (exceeded).
    subject: ["1 日の制限", "1 日あたり"],
    failure: ["に達した", "を超えました"],
    // A mailbox's storage or a message's size is another limit.
    unless: ["容量", "サイズ", "メールボックス"],
    weight: LESS_SURE,
    examples: [
      ex(
        "メッセージ受信者の 1 日の制限に達したため、メッセージを送信できません",
        MS_DAILY_LIMIT_JA,
      ),
      ex("1 日あたりの受信者レート制限である 10,000 メッセージを超えました", MS_DAILY_LIMIT_JA),
    ],
  },
  {
    id: "concept.l10n.ja.vocab.block-list",
    cause: "ip-blocklisted",
    says: "the sending IP address or host is on a blocklist",
    // ブロック リスト (block list), を使用してブロック (blocked using, a list's name before it); ip
    // アドレス (IP address), クライアント ホスト (the client host).
    subject: ["ブロック リスト", "を使用してブロック"],
    failure: ["ip アドレス", "クライアント ホスト"],
    // Not on the list.
    unless: ["ブロック リストにありません", "登録されていない"],
    weight: LESS_SURE,
    examples: [
      ex(
        "メッセージを送信した IP アドレスは、Spamhaus が所有するブロック リストにあります",
        MS_SPAMHAUS_JA,
      ),
      ex("クライアント ホストが Spamhaus を使用してブロックされました", MS_SPAMHAUS_JA),
    ],
  },
];
