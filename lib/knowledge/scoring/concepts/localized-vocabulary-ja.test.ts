// The Japanese vocabulary in Microsoft's words (./localized-vocabulary-ja.ts): every word is in an
// example, new pairings fire, a notice's boilerplate and the near misses its `unless` names read
// nothing, and English replies are untouched (each example alone reading its cause is
// concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { LOCALIZED_VOCABULARY_JA_CONCEPTS } from "./localized-vocabulary-ja";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const NEW = new Set(LOCALIZED_VOCABULARY_JA_CONCEPTS.map((c) => c.id));
const japanese = (text: string) => ids(text).filter((id) => NEW.has(id));

const QUOTA = "concept.l10n.ja.vocab.mailbox-over-quota";
const LIMIT = "concept.l10n.ja.vocab.sending-limit";
const LISTED = "concept.l10n.ja.vocab.block-list";

describe("Japanese vocabulary (Microsoft's words)", () => {
  it.each([
    ["552 5.2.2 受信者のメールボックス クォータを超えています", QUOTA],
    ["送信メッセージの 1 日の制限に達したため、送信できません", LIMIT],
    ["554 送信元の IP アドレスがブロック リストに登録されています", LISTED],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "次の受信者へのメッセージの配信に失敗しました。",
    "このメッセージは自動的に作成されました。申し訳ありません。",
    "メールボックス クォータ: 2 GB、使用済み 1.2 GB",
    "1 日あたりの送信数は 500 通までです。",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(japanese(text)).toEqual([]);
  });

  it.each([
    // A sending quota.
    ["送信クォータ: メールボックス クォータを超えました", QUOTA],
    // A mailbox's storage.
    ["メールボックスの 1 日の制限に達しました", LIMIT],
    // Not on the list.
    ["IP アドレスはブロック リストにありません", LISTED],
  ])("does not fire on a near miss: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});
