// Subjects that mark an automatic reply (a vacation or out-of-office notice), in the words the
// programs that write them use. Read only where the message has no failure code (a bounce can
// quote such a subject), and only as the least sure of the auto-reply signals
// (lib/knowledge/scoring/not-a-bounce-signals.ts "auto-reply-subject").

export interface AutoReplySubjectWords {
  /** Lower case; matched as whole words (Latin) or as written (scripts without spaces). */
  words: readonly string[];
  /** Where the words are written as such a reply's subject or its name. */
  source: string;
}

const EXCHANGE_PREDICATES =
  "Exchange Server 2013 help, 'Mail flow rule conditions and exceptions (predicates)', message type 'Automatic reply (OOF)'";

export const AUTO_REPLY_SUBJECTS: readonly AutoReplySubjectWords[] = [
  {
    // The subject prefix the standard recommends for an automatic response, and Sieve's
    // vacation action's default subject.
    words: ["auto:"],
    source:
      "https://www.rfc-editor.org/rfc/rfc3834#section-3.1.5 (RFC 3834: 'Auto:' before the subject); RFC 5230 section 4.5 (Sieve vacation's default subject)",
  },
  {
    // Outlook's and Exchange's name of the feature and the prefix of the replies it sends.
    words: ["automatic reply", "out of office", "out of the office"],
    source: `https://github.com/x13-me/OfficeDocs-Exchange Exchange/ExchangeServer2013/mail-flow-rule-conditions-and-exceptions-predicates-in-exchange-2013-exchange-2013-help.md (${EXCHANGE_PREDICATES}, "Automatic reply (OOF)")`,
  },
  {
    // The same name in Exchange's localized documentation (MicrosoftDocs/OfficeDocs-Exchange-Test-pr.<language>, same page).
    words: [
      "automatische antwort",
      "réponse automatique",
      "respuesta automática",
      "resposta automática",
      "автоматический ответ",
      "自動応答",
      "自动答复",
      "自動回覆",
      "자동 회신",
    ],
    source: `MicrosoftDocs/OfficeDocs-Exchange-Test-pr.{de-de,fr-fr,es-es,pt-br,ru-ru,ja-jp,zh-cn,zh-tw,ko-kr} Exchange-Server-2013/mail-flow-rule-conditions-and-exceptions-predicates-in-exchange-2013-exchange-2013-help.md (${EXCHANGE_PREDICATES}, each language's name for it)`,
  },
  {
    // Earlier Outlook versions' German name of the out-of-office notice ("Abwesenheitsnotiz"),
    // the Unix vacation(1) program's and Sieve's "vacation", and the words users and programs
    // write for the same notice; kept from the parser's first version, the least sure of these.
    words: ["abwesenheit", "vacation", "absence", "autoreply", "auto reply", "auto-reply"],
    source:
      "RFC 5230 (Sieve 'vacation' extension); Microsoft's German Outlook ('Abwesenheitsnotiz'); common usage",
  },
];
