// The user's part of Microsoft's non-delivery reports (NDRs): the prose that Exchange Server
// (2007 to 2019), Exchange Online and Outlook.com write above "Diagnostic information for
// administrators", which is what a user often copies alone. Microsoft's page says how the prose is
// chosen: "Exchange Online uses the enhanced status code value to determine the text to display in
// the user information section" (Email non-delivery reports in Exchange Online, "What's included
// in an NDR?"). So each sentence stands for one code family, and reads as that family's cause;
// a sentence Microsoft writes for several families of different causes is a possibility wording
// instead (scoring/possibility-wordings.ts, ids "microsoft.ndr-*"), never an entry here.
// Three generations of the prose are read here, each from real NDRs (pastebin copies in the docs
// corpus, Sisimai's set-of-emails, the test fixtures of crisp-oss/email-bounce-parser):
// - Exchange 2007/2010: "Delivery has failed to these recipients or distribution lists:", then a
//   sentence per recipient ("... Microsoft Exchange will not try to redeliver this message");
// - Exchange 2013-2019 and Exchange Online's classic NDR: "Delivery has failed to these recipients
//   or groups:" or "<host> rejected your message to the following email addresses:", then the
//   sentence (and, for some codes, a "How to fix" paragraph under it);
// - Exchange Online's enhanced NDR: "Your message to <address> couldn't be delivered.", a line
//   that says why, the actor line ("Action Required" with "Recipient" or "Sender"), a short label
//   ("Unknown To address") and "How to Fix It". The first line is the same for every code and
//   says nothing of a cause; the second line and the label do.
// The NDR is written in the sender's mailbox language: localized sentences are read where a real
// NDR in that language was found. Scope: "any" only for long sentences no other software writes
// (Microsoft's words are Microsoft's wherever they are quoted); shorter ones count fully only
// where the NDR is identified as Microsoft's.
import { entryKit, page } from "./entry-kit";
import type { PhraseEntry } from "./types";
import { escapeForPattern, NDR_HEADLINES } from "../ndr-headlines";

const { phrase } = entryKit("microsoft");

/** The enhanced NDR's headline in English (../ndr-headlines.ts), the frame of its English lines. */
const HEADLINE_EN = NDR_HEADLINES.find((h) => h.id === "exchange-online.en")!;

const DOCS_COPY = "stored copy (docs corpus)";
/** A pastebin copy of a real NDR, read from the docs corpus. */
const pastebin = (id: string, title: string) =>
  page(`https://pastebin.com/${id}`, `${title} (pastebin ${id})`, DOCS_COPY);
const SET_OF_EMAILS =
  "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd";
const setOfEmails = (file: string, title: string) =>
  page(`${SET_OF_EMAILS}/${file}`, `${title} (Sisimai set-of-emails ${file})`);
const CRISP_FIXTURES =
  "https://github.com/crisp-oss/email-bounce-parser/blob/c7ffc73a57d345183ce151ec69076b16738f04c9/test/fixtures";
const crisp = (file: string, title: string) =>
  page(
    `${CRISP_FIXTURES}/${file}`,
    `${title} (crisp-oss/email-bounce-parser test fixture ${file})`,
  );

export const MICROSOFT_NDR_PHRASES: readonly PhraseEntry[] = [
  // --- Exchange Online's enhanced NDR -------------------------------------------------------
  phrase({
    id: "ndr.enhanced.wasnt-found-at",
    cause: "recipient-unknown",
    // "<local part> wasn't found at <domain>.": the second line for 5.1.10 (and 5.1.1), read
    // only in the NDR's frame: right after "Your message to <local part>@<domain> couldn't be
    // delivered.", naming that address's own local part and domain. "wasn't found at
    // <domain>" alone is everyday prose ("A DNS record for the mail server wasn't found at
    // contoso.com.", review 25 finding 12), even under the NDR's first line.
    match: [
      new RegExp(
        `\\b${escapeForPattern(HEADLINE_EN.before.toLowerCase())}([a-z0-9._%+'-]{1,64})@([a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,8})${escapeForPattern(HEADLINE_EN.after.toLowerCase())}\\s{1,20}\\1 wasn't found at \\2\\b`,
      ),
    ],
    source: pastebin("gJSdfVeR", "A Microsoft 365 NDR, enhanced format"),
    example:
      "Your message to brian@xnergycapital.com couldn't be delivered. brian wasn't found at xnergycapital.com.",
    note: "Exchange Online's enhanced NDR for 5.1.10 (its admin section says 'Status code: 550 5.1.10'): the address does not exist at the recipient's domain.",
  }),
  phrase({
    id: "ndr.enhanced.unknown-to-address",
    cause: "recipient-unknown",
    match: ["unknown to address"],
    // The label alone is a phrase of everyday English ("the unknown to address next"): it counts
    // beside the NDR's own frame only.
    also: [/\b(?:action required|how to fix it)\b/],
    source: crisp("550_5_1_10_no_such_recipient.txt", "A Microsoft 365 NDR, enhanced format"),
    example:
      "Your message to yannja@napa365.com couldn't be delivered. yannja wasn't found at napa365.com. Action Required Recipient Unknown To address How to Fix It",
    note: "The short label Microsoft 365's newer bounce gives status 5.1.10 (550 5.1.10 in this bounce), under its 'Action Required ... Recipient' line.",
  }),
  phrase({
    id: "ndr.enhanced.address-may-not-exist",
    cause: "recipient-unknown",
    match: ["the address may be misspelled or may not exist. try one or more of the following"],
    scope: "any",
    source: setOfEmails("lhost-office365-13.eml", "A Microsoft 365 NDR, enhanced format"),
    example:
      "How to Fix It The address may be misspelled or may not exist. Try one or more of the following:",
    note: "The enhanced NDR's 'How to Fix It' text for 5.1.10 (the NDR's admin section: 'Status code: 550 5.1.10').",
  }),
  phrase({
    id: "ndr.enhanced.suspected-spam",
    cause: "content-spam",
    match: [
      /\bsuspects your message is spam and rejected it\b/,
      "sender action required messages suspected as spam",
    ],
    source: pastebin("qWgNEaMn", "A Microsoft 365 NDR, enhanced format, spam refusal"),
    example:
      "Your message couldn't be delivered to the recipients shown below. ifsb.org suspects your message is spam and rejected it. Sender Action Required Messages suspected as spam",
    note: "The enhanced NDR for 5.7.350 (another copy's admin section: 'Remote server returned message detected as spam'): the recipient's server or its filter judged the message spam; the sender is the one to act.",
  }),
  phrase({
    id: "ndr.enhanced.misconfigured-ptr",
    cause: "reverse-dns",
    match: ["misconfigured ptr record"],
    also: [/\b(?:action required|how to fix it|security check)\b/],
    source: pastebin("C9XFhTh3", "A Microsoft 365 NDR, enhanced format, PTR check"),
    example:
      "A security check at chcare.com.au failed due to misconfigured settings at kingconstructiongroup.com.au. Action Required Recipient Misconfigured PTR record How to Fix It",
    note: "The enhanced NDR's label when the recipient's server refused the sending IP's reverse DNS (the admin section: 'performed a reverse DNS (rDNS) lookup security check ... the pointer (PTR) record ... isn't set up correctly').",
  }),

  // --- Exchange 2013-2019 / Exchange Online classic NDR --------------------------------------
  phrase({
    id: "ndr.5.7.129-no-permission",
    cause: "sender-policy",
    match: [
      "couldn't be delivered to the recipient because you don't have permission to send to it",
      "ask the recipient's email admin to add you to the accept list for the recipient",
    ],
    scope: "any",
    source: crisp("550_5_7_129_restricted_permissions.txt", "An Exchange Online NDR for 5.7.129"),
    example:
      "Your message couldn't be delivered to the recipient because you don't have permission to send to it. Ask the recipient's email admin to add you to the accept list for the recipient.",
    note: "5.7.129 (RESOLVER.RST.RestrictedToRecipientsPermission): the recipient takes mail only from the senders on its list; Microsoft's 5.7.1 page (learn.microsoft.com, fix-error-code-550-5-7-1-in-exchange-online) quotes the same words, there for a disabled on-premises account. The recipient's admin must add the sender.",
  }),
  phrase({
    id: "ndr.enhanced.group-accepts-organization-only",
    cause: "sender-policy",
    // The enhanced NDR's second line for a group that takes mail only from its own organization
    // or from the senders it lists (5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; the
    // allowed-senders half is 5.7.124). The group's name stands between "The group" and "only";
    // the shorter form ends after "organization".
    match: ["only accepts messages from people in its organization"],
    scope: "any",
    source: page(
      "https://github.com/MicrosoftDocs/azure-devops-docs/blob/3b02b4aa8b2a8f2a1ae11fea525dfa6a33c7f64c/docs/test/new-test-plans-page.md",
      "New Test Plans page (Microsoft's Azure DevOps documentation, 'Provide feedback': the notification a sender may receive)",
    ),
    example:
      "The group <group> only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
    note: "The recipient is a group that takes mail only from inside its organization or from senders on its list. Nothing is wrong with your mail: the group's owner or the recipient's admin must let outside senders in, or you write to a person instead.",
  }),
  phrase({
    id: "ndr.5.7.1-delivery-restricted",
    cause: "sender-policy",
    match: ["your message can't be delivered because delivery to this address is restricted"],
    scope: "any",
    source: setOfEmails(
      "lhost-exchange2007-04.eml",
      "An Exchange NDR for RESOLVER.RST.AuthRequired",
    ),
    example: "Your message can't be delivered because delivery to this address is restricted.",
    note: "The NDR's sentence for 5.7.1 RESOLVER.RST.AuthRequired (its admin section): the recipient (a group, a public folder) takes mail from authenticated, internal senders only.",
  }),
  phrase({
    id: "ndr.5.4.316-connection-refused",
    cause: "remote-unreachable",
    match: [
      "the recipient's email system refused to accept a connection from your email system",
      "their email system is refusing connections from your email server",
    ],
    scope: "any",
    source: setOfEmails("lhost-office365-08.eml", "An Exchange Online NDR for 5.4.316"),
    example:
      "Your message wasn't delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
    note: "The NDR for 5.4.316 ('Message expired, connection refused(Socket error code 10061)'): the receiving server's port refused TCP connections until the message expired, a problem on the recipient's side, not a policy refusal of the sender.",
  }),
  phrase({
    id: "ndr.5.4.310-domain-does-not-exist",
    cause: "recipient-domain-invalid",
    match: [
      "the domain name system (dns) reported that the recipient's domain does not exist",
      "their domain isn't properly registered at their domain registrar",
    ],
    scope: "any",
    source: crisp("550_5_4_310_server_unknown.txt", "An Exchange Online NDR for 5.4.310"),
    example:
      "Your message couldn't be delivered. The Domain Name System (DNS) reported that the recipient's domain does not exist.",
    note: "The NDR for 5.4.310 ('DNS domain ... does not exist [Message=InfoDomainNonexistent]'): the recipient's domain is not in DNS (misspelt, expired or never registered).",
  }),
  phrase({
    id: "ndr.5.4.310-domain-does-not-exist-es",
    cause: "recipient-domain-invalid",
    match: [
      "el sistema de nombres de dominio (dns) ha informado que el dominio del destinatario no existe",
    ],
    scope: "any",
    source: pastebin("VQWvQ0TH", "An Exchange Online NDR in Spanish for 5.4.310"),
    example:
      "El mensaje no se pudo entregar. El sistema de nombres de dominio (DNS) ha informado que el dominio del destinatario no existe.",
    note: "The Spanish NDR's 'the DNS reported that the recipient's domain does not exist' (its admin section: '550 5.4.310 DNS domain ... does not exist [Message=InfoDomainNonexistent]').",
  }),
  phrase({
    id: "ndr.5.1.1-address-not-at-destination",
    cause: "recipient-unknown",
    match: [
      "the address you sent your message to wasn't found at the destination domain",
      "the email address you sent your message to wasn't found at the destination domain",
    ],
    scope: "any",
    source: setOfEmails("lhost-office365-11.eml", "An Exchange Online NDR for an external 5.1.1"),
    example:
      "The address you sent your message to wasn't found at the destination domain. It might be misspelled or it might not exist.",
    note: "The NDR for 5.1.1 returned by a server outside Microsoft 365 (its admin section: '550 5.1.1 <...>... User Unknown'); the 2018 form says '... or the recipient's mailbox is unavailable' after it (lhost-office365-04/07/09): the address does not exist.",
  }),
  phrase({
    id: "ndr.5.1.10-address-not-at-destination",
    cause: "recipient-unknown",
    match: ["the email address wasn't found at the destination domain"],
    scope: "any",
    source: setOfEmails("lhost-office365-01.eml", "An Exchange Online NDR for 5.1.10"),
    example:
      "The email address wasn’t found at the destination domain. It might be misspelled or it might not exist any longer. Try retyping the address and resending the message.",
    note: "The NDR for 5.1.10 (RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup).",
  }),
  phrase({
    id: "ndr.5.1.1-address-not-at-destination-es",
    cause: "recipient-unknown",
    match: [
      "la dirección de correo electrónico donde envió el mensaje no se encontraba en el dominio de destino",
    ],
    scope: "any",
    source: pastebin("qSHqkmLq", "An Exchange Online NDR in Spanish for an external 5.1.1"),
    example:
      "No se pudo entregar el mensaje. Parece que la dirección de correo electrónico donde envió el mensaje no se encontraba en el dominio de destino, o bien el buzón de correo del destinatario no estaba disponible.",
    note: "The Spanish form of 'It appears that the email address you sent your message to wasn't found at the destination domain, or the recipient's mailbox is unavailable' (lhost-office365-04): the address does not exist.",
  }),
  phrase({
    id: "ndr.5.1.1-address-you-entered-hyphenated",
    cause: "recipient-unknown",
    // Exchange 2010 writes "e-mail" in its sentences; Exchange 2013 and later "email" (that
    // form is ndr-address-not-found in microsoft.ts).
    match: ["the e-mail address you entered couldn't be found"],
    source: pastebin("e6yfDi5v", "An Exchange NDR for 5.1.1"),
    example:
      "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.",
    verbatim: false,
    note: "The copy read writes 'email' (Exchange 2013); Exchange 2010 writes the same sentence with 'e-mail', as its other NDR sentences do ('The recipient's e-mail address was not found in the recipient's e-mail system', pastebin 2SNHTj4Y) and as bounce-sorting rules quote it. The NDR's admin section: '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'.",
  }),
  phrase({
    id: "ndr.5.1.1-address-you-entered-de",
    cause: "recipient-unknown",
    match: ["die eingegebene e-mail-adresse konnte nicht gefunden werden"],
    scope: "any",
    source: pastebin("BsjRCWQL", "An Exchange NDR in German for 5.1.1"),
    example:
      "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.",
    note: "German for 'The email address you entered couldn't be found' (its admin section: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found').",
  }),
  phrase({
    id: "ndr.5.1.1-address-you-entered-es",
    cause: "recipient-unknown",
    match: ["no se pudo encontrar la dirección de correo electrónico que escribiste"],
    scope: "any",
    source: pastebin("JHaPQHk7", "An Exchange NDR in Spanish for 5.1.1"),
    example:
      "No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección de correo electrónico del destinatario y trata de volver a mandar el mensaje.",
    note: "Spanish for 'The email address you entered couldn't be found' (its admin section: '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found').",
  }),
  phrase({
    id: "ndr.5.1.1-address-you-entered-fr",
    cause: "recipient-unknown",
    match: ["l'adresse de messagerie que vous avez entrée est introuvable"],
    scope: "any",
    source: setOfEmails("lhost-exchange2007-06.eml", "An Exchange NDR in French for 5.1.1"),
    example:
      "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message.",
    note: "French for 'The email address you entered couldn't be found' (its admin section: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found').",
  }),
  phrase({
    id: "ndr.5.2.2-mailbox-full",
    cause: "mailbox-full",
    match: ["the recipient's mailbox is full and can't accept messages now"],
    scope: "any",
    source: crisp("554_5_2_2_mailbox_full.txt", "An Exchange Online NDR for 5.2.2"),
    example:
      "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
    note: "The NDR for 5.2.2 (its admin section: '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'); Exchange 2007 adds 'Microsoft Exchange will not try to redeliver this message for you' (lhost-exchange2007-02).",
  }),
  phrase({
    id: "ndr.5.2.2-mailbox-full-es",
    cause: "mailbox-full",
    match: ["el buzón del destinatario está lleno y no puede aceptar mensajes"],
    scope: "any",
    source: pastebin("HGKcccQU", "An Exchange NDR in Spanish for a full mailbox"),
    example:
      "El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario directamente.",
    note: "Spanish for 'The recipient's mailbox is full and can't accept messages now. Microsoft Exchange will not try to redeliver this message' (Exchange 2007/2010).",
  }),
  phrase({
    id: "ndr.5.2.3-exceeds-maximum-size",
    cause: "message-too-large",
    match: ["this message exceeds the maximum message size allowed"],
    scope: "any",
    source: setOfEmails("lhost-exchange2007-03.eml", "An Exchange 2007 NDR for 5.2.3"),
    example:
      "This message exceeds the maximum message size allowed. Microsoft Exchange will not try to redeliver this message for you. Please make the message smaller -- by removing attachments, for example -- and try sending it again",
    note: "Exchange 2007's sentence for 5.2.3 (its admin section: 'RESOLVER.RST.RecipSizeLimit; message too large for this recipient').",
  }),
  phrase({
    id: "ndr.4.4.7-stopped-trying",
    cause: "remote-unreachable",
    match: [
      "the server has tried to deliver this message, without success, and has stopped trying",
    ],
    scope: "any",
    source: setOfEmails("lhost-exchange2007-05.eml", "An Exchange NDR for 4.4.7"),
    example:
      "The server has tried to deliver this message, without success, and has stopped trying. Please try sending this message again. If the problem continues, contact your helpdesk.",
    note: "The NDR's sentence for 4.4.7 QUEUE.Expired (its admin section: 'Failed to connect. Winsock error code: 10060' before the message expired): the receiving server could not be reached in time.",
  }),
  phrase({
    id: "ndr.4.4.7-stopped-trying-2007",
    cause: "remote-unreachable",
    match: [
      "microsoft exchange has been trying to deliver this message without success and has stopped trying",
    ],
    scope: "any",
    source: pastebin("zeZFJvKs", "An Exchange 2007 NDR for 4.4.7"),
    example:
      "Microsoft Exchange has been trying to deliver this message without success and has stopped trying. Please try sending this message again, or provide the following diagnostic text to your system administrator.",
    note: "Exchange 2007's sentence for 4.4.7 (its admin section: '#550 4.4.7 QUEUE.Expired; message expired ##'): the message expired in the queue because the receiving server could not be reached.",
  }),
  phrase({
    id: "ndr.send-on-behalf-no-permission",
    cause: "relay-denied",
    match: ["you can't send a message on behalf of this user unless you have permission to do so"],
    scope: "any",
    source: pastebin("SSBZLUDM", "An Exchange NDR for a message sent on behalf of another user"),
    example:
      "You can't send a message on behalf of this user unless you have permission to do so. Please make sure you're sending on behalf of the correct sender, or request the necessary permission.",
    note: "Exchange refused to send as (or on behalf of) a mailbox the sender has no Send As or Send on Behalf permission for: the sender's own admin grants it (as microsoft.send-on-behalf-permission). No receiving server was involved.",
  }),
  phrase({
    id: "ndr.send-on-behalf-no-permission-de",
    cause: "relay-denied",
    match: [
      "sie besitzen nicht die berechtigung, die nachricht im auftrag des angegebenen benutzers zu senden",
    ],
    scope: "any",
    source: pastebin("dUJNHrB0", "An Exchange Online NDR in German for send on behalf"),
    example:
      "Diese Nachricht konnte nicht gesendet werden. Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden.",
    note: "German for 'This message could not be sent. You do not have the permission to send the message on behalf of the specified user' (microsoft.send-on-behalf-permission); the error code below it is 0x80070005.",
  }),
];
