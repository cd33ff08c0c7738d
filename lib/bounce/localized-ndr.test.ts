// Bounces written in other languages read as their English originals do: the same recipients,
// the same reporting host, nothing below the quoted original taken for a recipient, and the
// sender's own address never taken for a recipient. Each text below is a real bounce (source
// given) or is assembled from a real one's labels; the English twin swaps only the labels.
import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";

/** The same text with each localized label replaced by the English original's. */
const english = (text: string, labels: readonly (readonly [string, string])[]) =>
  labels.reduce((t, [local, en]) => t.split(local).join(en), text);

// A line the user's message body might hold below the quoted headers: an address alone.
const BODY_WITH_ADDRESS = "\nMerci de me rappeler :\n\njean.dupont@example.fr\n";

// A French Exchange NDR as pasted at https://pastebin.com/HZca6aT2 (shortened).
const FRENCH = `Échec de la remise pour ces destinataires ou groupes :

support@dimsys.fr (support@dimsys.fr)
Delivery not authorized, message refused

Informations de diagnostic pour les administrateurs :

Serveur de génération : EX12.indiv2.local

support@dimsys.fr
Remote Server returned '550 5.7.900 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'

En-têtes de message d'origine :

Received: from EX12.indiv2.local (172.16.2.12) by EX12.indiv2.local
 (172.16.2.12) with Microsoft SMTP Server id 15.1.1466.3; Wed, 30 May 2018 16:42:48 +0200
From: Christian Jouniaux <c.jouniaux@amo-bycj.com>
To: "support@dimsys.fr" <support@dimsys.fr>
Subject: TR: RE: Avignon
`;
const FRENCH_LABELS = [
  [
    "Échec de la remise pour ces destinataires ou groupes :",
    "Delivery has failed to these recipients or groups:",
  ],
  [
    "Informations de diagnostic pour les administrateurs :",
    "Diagnostic information for administrators:",
  ],
  ["Serveur de génération :", "Generating server:"],
  ["En-têtes de message d'origine :", "Original message headers:"],
] as const;

// The Italian (it-CH) Exchange NDR of Sisimai's set-of-emails lhost-exchange2007-07.eml, its text part.
const ITALIAN = `Il recapito non è riuscito per i seguenti destinatari o gruppi:

kijitora@example.jp<mailto:kijitora@example.jp>
Non sono riuscito a trovare l'indirizzo e-mail che hai immesso.

Informazioni di diagnostica per gli amministratori:

Server di generazione: nyaan.example.co.jp

kijitora@example.jp
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Intestazioni originali del messaggio:

To: <kijitora@example.jp>
Subject: Neko Nyaan
From: <sironeko@n2.example.org.com>
`;
const ITALIAN_LABELS = [
  [
    "Il recapito non è riuscito per i seguenti destinatari o gruppi:",
    "Delivery has failed to these recipients or groups:",
  ],
  [
    "Informazioni di diagnostica per gli amministratori:",
    "Diagnostic information for administrators:",
  ],
  ["Server di generazione:", "Generating server:"],
  ["Intestazioni originali del messaggio:", "Original message headers:"],
] as const;

// Dutch and Portuguese Microsoft 365 NDRs: the labels Sisimai's Lhost/Office365.pm reads; the
// rest is an NDR of the same shape.
const dutchOrPortuguese = (
  intro: string,
  diag: string,
  server: string,
  headers: string,
) => `${intro}

jan@example.nl

${diag}

${server} AM0PR01MB1234.eurprd01.prod.exchangelabs.com

jan@example.nl
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

${headers}

From: Piet <piet@afzender.example>
To: <jan@example.nl>
`;

describe("Exchange NDRs in other languages", () => {
  it.each([
    ["French", FRENCH, FRENCH_LABELS, "support@dimsys.fr", "ex12.indiv2.local"],
    ["Italian", ITALIAN, ITALIAN_LABELS, "kijitora@example.jp", "nyaan.example.co.jp"],
  ] as const)(
    "reads the %s NDR's generating server and stops at its original headers",
    async (_lang, text, labels, recipient, host) => {
      const local = await parseBounce(text + BODY_WITH_ADDRESS);
      const en = await parseBounce(english(text, labels) + BODY_WITH_ADDRESS);
      expect(local.recipients.map((r) => r.address)).toEqual([recipient]);
      expect(local.reportingMta).toBe(host);
      expect(local.recipients.map((r) => r.diagnostic)).toEqual(
        en.recipients.map((r) => r.diagnostic),
      );
      expect(en.reportingMta).toBe(host);
    },
  );

  it("reads the generating server of a German NDR (hilfe.cloud4you.biz's annotated one)", async () => {
    const p = await parseBounce(
      "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: MAIL01.firma.example\n\nanna@example.de\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["anna@example.de"]);
    expect(p.reportingMta).toBe("mail01.firma.example");
  });

  it.each([
    [
      "Dutch",
      "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:",
      "Diagnostische gegevens voor beheerders:",
      "Bronserver:",
      "Oorspronkelijke berichtkoppen:",
    ],
    [
      "Portuguese",
      "Falha na entrega a estes destinatários ou grupos:",
      "Informações de diagnóstico para administradores:",
      "Servidor de origem:",
      "Cabeçalhos originais da mensagem:",
    ],
  ])("reads the %s NDR's generating server and original headers", async (_l, a, b, c, d) => {
    const p = await parseBounce(dutchOrPortuguese(a, b, c, d) + BODY_WITH_ADDRESS);
    expect(p.recipients.map((r) => r.address)).toEqual(["jan@example.nl"]);
    expect(p.reportingMta).toBe("am0pr01mb1234.eurprd01.prod.exchangelabs.com");
  });
});

describe("Exchange's NDR is recognised by its localized headings", () => {
  // Exchange 2007's form "#550 ... ##" holds no "Remote Server returned '": only the headings,
  // in the mailbox's language, say who wrote it.
  const ndr = (heading: string, diagnostic: string) =>
    `${heading}\n\nkijitora@example.jp\n\n${diagnostic}\n\nkijitora@example.jp\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n`;
  it.each([
    [
      "Il recapito non è riuscito per i seguenti destinatari o gruppi:",
      "Informazioni di diagnostica per gli amministratori:",
    ],
    [
      "Échec de la remise pour ces destinataires ou groupes :",
      "Informations de diagnostic pour les administrateurs :",
    ],
    [
      "No se pudo entregar a estos destinatarios o grupos:",
      "Información de diagnóstico para administradores:",
    ],
    [
      "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:",
      "Diagnostische gegevens voor beheerders:",
    ],
    ["Unzustellbar", "Diagnoseinformationen für Administratoren:"],
  ])("'%s' / '%s'", async (heading, diagnostic) => {
    const p = await parseBounce(ndr(heading, diagnostic));
    expect(p.generator).toBe("exchange");
    expect(p.recipients.map((r) => r.address)).toEqual(["kijitora@example.jp"]);
  });
});

describe("the sender's address under a localized label is no recipient", () => {
  // Strato's German report, quoted whole at http://husvedvf.de/inet/mkp/email.htm, with the
  // Outlook header block it was copied with.
  const STRATO = `Von: ANBIETER Mail [MAILER-DAEMON@anbieter.tld]
Gesendet: Mittwoch, 14. August 2019 10:12
An: name@empfaenger.tld
Betreff: Returned Mail: WG: Returned Mail: WG: Betrefftext

*** MAILVERSAND FEHLERBERICHT ***

Die E-Mail wurde eingeliefert am Mittwoch, 14. August 2019 10:11:51 +0200 (CEST) von Host MASCHINE.

Betreff: WG: Returned Mail: WG: Betrefftext
Absender: name@absender.tld

Der Mailversand zum folgenden Empfänger ist endgültig gescheitert:

name@empfaenger.tld
   Letzter Fehler: 550 5.7.1
   Erklärung: Recipients have complained about included content (B-TEXT)
`;

  it("reads Strato's 'Absender:' as the sender", async () => {
    const p = await parseBounce(STRATO);
    expect(p.recipients.map((r) => r.address)).toEqual(["name@empfaenger.tld"]);
  });

  it("reads Outlook's German 'Von:' and 'An:' as header fields", async () => {
    const p = await parseBounce(
      "Von: MAILER-DAEMON@mx.example.de\nAn: hans@sender.example\n\n<anna@example.de>: host mx.example.de[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n",
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["anna@example.de"]);
  });

  it("reads a French 'EXPEDITEUR :' (https://pastebin.com/r35f04G9) as the sender", async () => {
    const p = await parseBounce(
      "EXPEDITEUR : MAILER-DAEMON@rev26.sitiv.fr\n\n<ayfer@example.fr>: host eur.olc.protection.outlook.com[104.47.2.33] said:\n    550 5.5.0 Requested action not taken: mailbox unavailable. (in reply to\n    RCPT TO command)\n",
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["ayfer@example.fr"]);
  });
});
