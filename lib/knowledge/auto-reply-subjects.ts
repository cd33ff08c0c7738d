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
    // Gmail's name for its responder and the words of its API reference: "Optional text to
    // prepend to the subject line in vacation responses. In order to enable auto-replies, either
    // the response subject or the response body must be nonempty." (VacationSettings).
    words: ["vacation", "auto-reply", "auto reply"],
    source:
      "https://developers.google.com/gmail/api/reference/rest/v1/VacationSettings (Gmail API reference, VacationSettings: responseSubject)",
  },
  {
    // Sun Java System (later Oracle Communications) Messaging Server's attribute for the subject
    // of its automatic reply: "mailAutoReplySubject ... Subject text of autoreply response.",
    // with the example "mailAutoreplySubject: I am on vacation".
    words: ["autoreply"],
    source:
      "https://docs.oracle.com/cd/E19636-01/819-2657/gahdk/index.html (Sun Java System Communications Services 6 2005Q4 Schema Reference, mailAutoReplySubject)",
  },
  {
    // The German and French names programs give the notice: IBM Lotus iNotes' German help
    // ("Abwesenheitsmail einrichten ... klicken Sie anschließend auf Abwesenheit") and Open-Xchange
    // App Suite's French help ("Envoi automatique d'un message d'absence"), each the feature's name.
    words: ["abwesenheit", "absence"],
    source:
      "http://lotus1.gwdg.de/iNotes/help85_iwa_de.nsf/H_ENABLE_OUT_OF_OFFICE.html (IBM Lotus iNotes 8.5 help, Abwesenheitsmail einrichten); https://webmail.amen.fr/appsuite/help/l10n/fr_FR/ox.appsuite.user.sect.email.sendmore.vacationnotice.html (Open-Xchange App Suite user guide, Envoi automatique d'un message d'absence)",
  },
];
