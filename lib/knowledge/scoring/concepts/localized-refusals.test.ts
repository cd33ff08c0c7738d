// The localized concepts of ./localized-refusals.ts (mostly the sender's side): each first-party wording reads
// its cause inside a longer reply, and the near misses in the same language (a spam verdict on the
// message, a threshold that is no tenant's, forwarding forbidden by policy, a mailbox's storage, an
// English bounce's boilerplate) do not fire them. Each example alone reading its cause is
// concepts.test.ts's.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { LOCALIZED_REFUSAL_CONCEPTS } from "./localized-refusals";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const OURS = new Set(LOCALIZED_REFUSAL_CONCEPTS.map((c) => c.id));
const ours = (text: string) => ids(text).filter((id) => OURS.has(id));

async function read(text: string) {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0] ?? d.overall;
  return r.cause;
}

describe("localized sender's-side refusals", () => {
  it("keeps ids in the localized namespace", () => {
    for (const c of LOCALIZED_REFUSAL_CONCEPTS) expect(c.id.startsWith("concept.l10n.")).toBe(true);
  });

  it.each([
    // The whole German NDR of 5.1.8, as Microsoft Learn quotes it.
    [
      "Ihre Nachricht konnte nicht übermittelt werden, weil Sie nicht als gültiger Absender erkannt wurden. Der häufigste Grund dafür ist, dass der Verdacht besteht, dass von Ihrer E-Mail-Adresse Spam versandt wurde, und dass deshalb das Senden von E-Mails nicht mehr zugelassen wird. Sollten Sie Unterstützung benötigen, wenden Sie sich an Ihren E-Mail-Administrator.",
      "bad-reputation",
    ],
    [
      "550 5.7.705 Zugriff verweigert, Mandant hat den Schwellenwert überschritten.",
      "bad-reputation",
    ],
    [
      "Remote Server returned '550 5.7.606 Accesso negato, vietato l'invio di IP [192.0.2.1]'",
      "ip-blocklisted",
    ],
    [
      "Kan het bericht niet verzenden omdat één van de geadresseerden door de server is geweigerd. Reactie van server: '550 <bob@example.nl>... Doorsturen geweigerd', poort: 25",
      "relay-denied",
    ],
    ["Serversvar: '550 <bob@example.se>... Vidarebefordran nekad', Port: 25", "relay-denied"],
    ["Resposta do Servidor: '550 bob@example.com.br... Retransmissão Negada'", "relay-denied"],
    ["Odpowiedź serwera: '550 <bob@example.pl>... Odmowa przekazywania', Port: 25", "relay-denied"],
    ["Odpověď serveru: '550 <bob@example.cz>... Přenos byl odepřen', Port: 25", "relay-denied"],
    ["odpoveď servera: „550 <bob@example.sk>... Prenos odmietnutý“, port: 25", "relay-denied"],
    // The same Outlook error in German, French, Spanish and Italian.
    ['Serverantwort: "550 <bob@example.de>... Relay verweigert", Anschluss: 25', "relay-denied"],
    ["Réponse du serveur : '550 <bob@example.fr>... Relais refusé', Port : 25", "relay-denied"],
    ["Respuesta del servidor: '550 <bob@example.es>... Retransmisión denegada'", "relay-denied"],
    ["Risposta server: '550 <bob@example.it>... Inoltro negato', porta: 25", "relay-denied"],
    [
      "odpoveď servera: '553 Doména nie je uvedená v zozname povolených hostiteľov rcpthost (#5.7.1)'",
      "relay-denied",
    ],
    ["450 4.2.1 Användaren du försöker kontakta tar emot e-post för snabbt.", "rate-limited"],
    ["450 4.2.1 Högsta SMTP-relägräns överskriden för kunden.", "rate-limited"],
    ["452 4.2.2 Mottagarens inkorg har slut på lagringsutrymme.", "mailbox-full"],
    ["550 5.1.0 policy violation: przekroczono limit wysyłania poczty", "rate-limited"],
    [
      "550 5.7.1 Recipient doesn't want your mail. Odbiorca dodał Cię do listy zablokowanych.",
      "sender-policy",
    ],
    ["Chyba Správa bola nahlásená ako spam alebo Správa bola dočasne odmietnutá", "content-spam"],
    ["550 5.7.1 Wiadomość została oznaczona jako spam.", "content-spam"],
    // Exchange Online's NDR for the sender's daily sending quota, inside a reply.
    [
      "554 5.2.0 Impossible d'envoyer le message, car le quota d'envoi de l'expéditeur est dépassé.",
      "rate-limited",
    ],
    [
      "Det går inte att skicka meddelandet eftersom avsändarens sändningskvot har överskridits.",
      "rate-limited",
    ],
    ["보낸 사람의 전송 할당량이 초과되어 메시지를 전송할 수 없습니다.", "rate-limited"],
    // IONOS's German readings, after the English reply they explain.
    [
      "421 Reject due to policy violations. Aufgrund einer schlechten Zustellquote ist die IP-Adresse Ihres E-Mail-Servers gesperrt.",
      "bad-reputation",
    ],
    [
      "421 Rate limit reached. Sie haben zu viele E-Mails in zu kurzer Zeit eingeliefert.",
      "rate-limited",
    ],
    // Orange's French half alone, as a sender might paste it.
    ["550 Adresse IP source bloquee pour incident de spam.", "ip-blocklisted"],
    ["552 Taille limite du message atteinte.", "message-too-large"],
    // GoDaddy's Swedish table, inside a reply.
    ["550 Kontot är inaktivt", "mailbox-disabled"],
    ["550 5.1.1 Mottagaren hittades inte", "recipient-unknown"],
    ["552 Kontots lagringsutrymme är slut", "mailbox-full"],
    // GoDaddy's Polish table, inside a reply.
    ["550 5.2.1 Konto wyłączone", "mailbox-disabled"],
    ["552 Limit miejsca na koncie", "mailbox-full"],
    ["550 5.2.1 Akun dinonaktifkan", "mailbox-disabled"],
    ["550 5.1.1 Akun tidak ada", "recipient-unknown"],
    ["552 Batasan penyimpanan akun", "mailbox-full"],
    ["550 5.2.1 Tài khoản bị vô hiệu hóa", "mailbox-disabled"],
    ["552 Giới hạn dung lượng tài khoản", "mailbox-full"],
    [
      "554 Refused by local policy. No SPAM please! Er is inhoud in de e-mail ontdekt die erop wijst dat het om een spammail gaat.",
      "content-spam",
    ],
  ])("reads %s as %s", async (text, cause) => {
    expect(await read(text)).toBe(cause);
  });

  it.each([
    // de: a spam verdict on the message, or on a sending IP; a threshold that is no tenant's; the
    // sender refused as unknown (Exchange 2013's German "Sender denied" row).
    "Ihre E-Mail wurde als Spam eingestuft und abgelehnt.",
    "Aufgrund einer hohen Anzahl von Spam, der von Ihrer IP-Adresse versendet wurde, ist der Zugriff verweigert",
    "Der Schwellenwert für Spam wurde überschritten.",
    "Zugriff verweigert: Die Empfängeradresse ist ungültig.",
    // it: a sender blocked by the recipient's own list, not an IP (Microsoft's Italian 5.1.0 page).
    "L'indirizzo di posta elettronica potrebbe essere incluso nell'elenco di blocchi gestito personalmente dal destinatario.",
    "Invio vietato: il messaggio contiene un allegato non consentito.",
    // nl, sv, pt: forwarding forbidden by the organisation's policy is no relay.
    "De automatische doorsturen naar een extern adres is geweigerd",
    "Extern vidarebefordran är inte tillåten i din organisation, meddelandet nekades",
    "O reencaminhamento automático para endereços externos foi recusado",
    "Odmowa automatycznego przekazywania wiadomości do adresów zewnętrznych",
    // de, fr: "Relay" and "relais" alone are any relaying host, which may refuse for another
    // reason; it: forwarding forbidden by policy, and an access denied that is no relay.
    "Die Verbindung zu relay.example.de wurde verweigert",
    "Le serveur relais a refusé le message : boîte aux lettres pleine",
    "Accesso negato, l'organizzazione non consente l'inoltro esterno",
    "L'inoltro automatico a indirizzi esterni è stato negato dall'amministratore",
    // cs, sk: "přenos"/"prenos" is also a file's or a connection's transfer, and an access denied
    // is no relay.
    "Přenos souboru byl přerušen, zkuste to znovu.",
    "Přístup odepřen: neplatné heslo",
    "Prenos bol prerušený, skúste to znova.",
    "Prístup odmietnutý: nesprávne heslo",
    // sv: a mailbox over its storage quota, and a normal delivery.
    "Mottagarens brevlåda är full",
    "Servern tar emot e-post som vanligt.",
    // pl: a size limit (message-too-large), an IP address on a list (no recipient's choice).
    "Przekroczono limit rozmiaru wiadomości",
    "Twój adres IP został dodany do listy zablokowanych",
    // sk: a received message the reader's own filter put in spam (Slovak help on Gmail's filter).
    "Ak bola určitá správa nesprávne označená ako spam, pomocou postupu nižšie ju zo spamu odstráňte.",
    // nl: advice on keeping one's own mail out of spam folders, not a verdict.
    "Zo voorkom je dat je nieuwsbrief als spammail wordt gezien.",
    // fr, it, sv, ko: a mailbox's storage quota is a full mailbox, not the sender's quota.
    "Le quota de stockage de la boîte aux lettres du destinataire étant dépassé, celle-ci ne peut plus accepter de nouveaux messages.",
    "La casella di posta del destinatario ha superato la quota di archiviazione.",
    "Mottagarens brevlåda har överskridit sin kvot",
    "사서함 할당량을 초과했습니다",
    // de: a delivery rate that is no sender's record, an account locked for a wrong password, a
    // mailbox that receives too much (IONOS's own help on receiving).
    "Die Zustellquote Ihres Newsletters liegt bei 98 Prozent.",
    "Ihr Konto wurde nach zu vielen Anmeldeversuchen gesperrt.",
    // fr: a mailbox's size limit (a full mailbox), the recipient's address (not the source IP).
    "Taille limite de la boîte aux lettres atteinte",
    "Adresse du destinataire bloquée par l'administrateur",
    // sv: the sender's own account, a server not found.
    "Ditt konto är inaktiverat. Kontakta din administratör.",
    "Servern för mottagaren hittades inte",
    // pl: the sender's own account, a server's own limit.
    "Twoje konto zostało wyłączone z powodu naruszenia regulaminu.",
    "Twoje konto osiągnęło limit miejsca na koncie",
    // id, vi: the sender's own account; a message's or an attachment's size limit.
    "Akun Anda dinonaktifkan karena aktivitas mencurigakan.",
    "Akun Anda telah mencapai batas penyimpanan.",
    "Tidak ada server email untuk domain ini, jadi akun tidak dapat dihubungi.",
    "Tài khoản của bạn đã bị vô hiệu hóa.",
    "Dung lượng thư vượt giới hạn dung lượng cho phép của tài khoản.",
    // English bounces' boilerplate.
    "550 5.7.1 Unable to relay for bob@example.com",
    "452 4.2.1 The user you are trying to contact is receiving mail too quickly.",
    "550 5.1.8 Access denied, bad outbound sender",
  ])("fires no sender's-side concept on: %s", (text) => {
    expect(ours(text)).toEqual([]);
  });
});
