// Microsoft's NDR prose, pasted as a user copies it: the top part only, several lines as the NDR
// shows them, without the diagnostic section that quotes the server's reply. Each form reads the
// cause of the code family Microsoft writes it for (providers/microsoft-ndr.ts), or, where
// Microsoft writes the sentence for several causes, an honest unknown with the usual cause first
// (scoring/possibility-wordings.ts, microsoft.ndr-*). The texts are the real NDRs' words.
import { describe, expect, it } from "vitest";
import { readFirst } from "@/lib/classify/test-reading";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { CauseId } from "@/lib/causes/causes";

const lines = (...l: string[]) => l.join("\n");

describe("Microsoft's NDR sentences that stand for one cause", () => {
  const cases: [string, string, CauseId][] = [
    [
      "enhanced NDR, 5.1.10",
      lines(
        "Your message to brian@xnergycapital.com couldn't be delivered.",
        "brian wasn't found at xnergycapital.com.",
        "brian Office 365 brian",
        "Action Required Recipient",
        "Unknown To address",
        "How to Fix It",
        "The address may be misspelled or may not exist. Try one or more of the following:",
      ),
      "recipient-unknown",
    ],
    [
      "enhanced NDR, first two lines only",
      lines(
        "Your message to yannja@napa365.com couldn't be delivered.",
        "yannja wasn't found at napa365.com.",
      ),
      "recipient-unknown",
    ],
    [
      "enhanced NDR, spam",
      lines(
        "Your message couldn't be delivered to the recipients shown below.",
        "ifsb.org suspects your message is spam and rejected it.",
        "gus.takow Office 365 ifsb.org",
        "Sender Action Required",
        "Messages suspected as spam",
      ),
      "content-spam",
    ],
    [
      "enhanced NDR, PTR",
      lines(
        "Your message to don@chcare.com.au couldn't be delivered.",
        "A security check at chcare.com.au failed due to misconfigured settings at kingconstructiongroup.com.au.",
        "Action Required",
        "Recipient",
        "Misconfigured PTR record",
        "How to Fix It",
      ),
      "reverse-dns",
    ],
    [
      "5.7.129",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "cion.ralbes@lin.com<mailto:cion.ralbes@lin.com>",
        "Your message couldn't be delivered to the recipient because you don't have permission to send to it.",
        "",
        "Ask the recipient's email admin to add you to the accept list for the recipient.",
      ),
      "sender-policy",
    ],
    [
      "5.7.1 AuthRequired",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "neko-nyaan@example.jp<mailto:neko-nyaan@example.jp>",
        "Your message can't be delivered because delivery to this address is restricted.",
      ),
      "sender-policy",
    ],
    [
      "5.4.316",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "nyaan@neko.example.jp (nyaan@neko.example.jp)<mailto:nyaan@neko.example.jp>",
        "Your message wasn't delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
      ),
      "remote-unreachable",
    ],
    [
      "5.4.310",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "test@yaloc.moc (test@yaloc.moc)<mailto:test@yaloc.moc>",
        "Your message couldn't be delivered. The Domain Name System (DNS) reported that the recipient's domain does not exist.",
      ),
      "recipient-domain-invalid",
    ],
    [
      "5.4.310 in Spanish",
      lines(
        "No se pudo entregar a estos destinatarios o grupos:",
        "",
        "metales@sj2ing5.net (metales@sj2ing5.net)",
        "El mensaje no se pudo entregar. El sistema de nombres de dominio (DNS) ha informado que el dominio del destinatario no existe.",
      ),
      "recipient-domain-invalid",
    ],
    [
      "external 5.1.1",
      lines(
        "nijo.cr3.neko.nyaan.jp rejected your message to the following email addresses:",
        "",
        "kijitora@cr3.neko.nyaan.jp (kijitora@cr3.neko.nyaan.jp)<mailto:kijitora@cr3.neko.nyaan.jp>",
        "The address you sent your message to wasn't found at the destination domain. It might be misspelled or it might not exist. Try to fix the problem by doing one or more of the following:",
      ),
      "recipient-unknown",
    ],
    [
      "external 5.1.1 in Spanish",
      lines(
        "kundenserver.de rechazó tus mensajes a las siguientes direcciones de correo:",
        "",
        "No se pudo entregar el mensaje. Parece que la dirección de correo electrónico donde envió el mensaje no se encontraba en el dominio de destino, o bien el buzón de correo del destinatario no estaba disponible.",
      ),
      "recipient-unknown",
    ],
    [
      "5.1.10 classic",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "kijitora@example.com<mailto:kijitora@example.com>",
        "The email address wasn’t found at the destination domain. It might be misspelled or it might not exist any longer. Try retyping the address and resending the message.",
      ),
      "recipient-unknown",
    ],
    [
      "5.1.1, Exchange 2010's hyphenated form",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "dennisbrackney@irishteam.com",
        "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.",
      ),
      "recipient-unknown",
    ],
    [
      "5.1.1 in German",
      lines(
        "Fehler bei der Nachrichtenzustellung an folgende Empfänger oder Gruppen:",
        "",
        "wordpress@bordesholm.de (wordpress@bordesholm.de)",
        "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenden Sie sich an den Helpdesk, falls das Problem weiterhin besteht.",
      ),
      "recipient-unknown",
    ],
    [
      "5.1.1 in Spanish",
      lines(
        "Eva Escuder",
        "No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección de correo electrónico del destinatario y trata de volver a mandar el mensaje.",
      ),
      "recipient-unknown",
    ],
    [
      "5.1.1 in French",
      lines(
        "Échec de la remise pour ces destinataires ou groupes :",
        "",
        "transports@agglo-saumur.fr<mailto:transports@agglo-saumur.fr>",
        "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message.",
      ),
      "recipient-unknown",
    ],
    [
      "5.2.2",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "arte@hotmail.com<mailto:arte@hotmail.com>",
        "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
      ),
      "mailbox-full",
    ],
    [
      "5.2.2 in Spanish",
      lines(
        "No se ha podido realizar la entrega a estos destinatarios o listas de distribución:",
        "",
        "lnegre@senado.gov.ar",
        "El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje.",
      ),
      "mailbox-full",
    ],
    [
      "Exchange 2007's 5.2.3",
      lines(
        "Delivery has failed to these recipients or distribution lists:",
        "",
        "Kijitora<mailto:kijitora@neko.example.com>",
        "This message exceeds the maximum message size allowed. Microsoft Exchange will not try to redeliver this message for you. Please make the message smaller -- by removing attachments, for example -- and try sending it again, or provide the following diagnostic text to your system administrator.",
      ),
      "message-too-large",
    ],
    [
      "4.4.7",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "gwang1@student.mlcsyd.nsw.edu.au<mailto:gwang1@student.mlcsyd.nsw.edu.au>",
        "The server has tried to deliver this message, without success, and has stopped trying. Please try sending this message again. If the problem continues, contact your helpdesk.",
      ),
      "remote-unreachable",
    ],
    [
      "Exchange 2007's 4.4.7",
      lines(
        "Delivery has failed to these recipients or distribution lists:",
        "",
        "'rsme@indeff.com'<mailto:rsme@indeff.com>",
        "Microsoft Exchange has been trying to deliver this message without success and has stopped trying. Please try sending this message again, or provide the following diagnostic text to your system administrator.",
      ),
      "remote-unreachable",
    ],
    [
      "send on behalf",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "recipient1@foo.com",
        "You can't send a message on behalf of this user unless you have permission to do so. Please make sure you're sending on behalf of the correct sender, or request the necessary permission. If the problem continues, please contact your helpdesk.",
      ),
      "relay-denied",
    ],
  ];

  it.each(cases)("%s", async (_, text, cause) => {
    expect((await readFirst(text)).cause).toBe(cause);
  });
});

describe("Microsoft's NDR sentences written for several causes: unknown, ranked", () => {
  const cases: [string, string, CauseId][] = [
    [
      "the recipient's email provider rejected it",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "fred3347@aol.com",
        "Your message wasn't delivered because the recipient's email provider rejected it.",
      ),
      "bad-reputation",
    ],
    [
      "a permission or security issue",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "kdibbs@tgh.org",
        "Your message wasn't delivered due to a permission or security issue. It may have been rejected by a moderator, the address may only accept e-mail from certain senders, or another restriction may be preventing delivery.",
      ),
      "sender-policy",
    ],
    [
      "security policies (Exchange 2010)",
      lines(
        "Delivery has failed to these recipients or distribution lists:",
        "",
        "Solution Engineering",
        "Your message wasn't delivered because of security policies. Microsoft Exchange will not try to redeliver this message for you. Please provide the following diagnostic text to your system administrator.",
        "The following organization rejected your message: mail.easynet.com.",
      ),
      "sender-policy",
    ],
    [
      "rejected by the recipient email server (5.1.0)",
      lines(
        "neko-smtp-02-22.prod.cats.secureserver.net rejected your message to the following email addresses:",
        "",
        "kijitora@example.com<mailto:kijitora@example.com>",
        "Your message was rejected by the recipient email server. Please check the recipient's email address and try resending your message, or contact the recipient directly.",
      ),
      "sender-address-invalid",
    ],
    [
      "rejected by the recipient e-mail system (Exchange 2010)",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "sneff.gabor@gmail.com",
        "This message was rejected by the recipient e-mail system. Please check the recipient's e-mail address and try resending this message, or contact the recipient directly.",
      ),
      "sender-address-invalid",
    ],
    [
      "a communication failure",
      lines(
        "CY1GCC01FT007.mail.protection.outlook.com rejected your message to the following email addresses:",
        "",
        "trinik.lemon@dhs.ga.gov (trinik.lemon@dhs.ga.gov)",
        "A communication failure occurred during the delivery of this message. Please try resending the message later. If the problem continues, contact your helpdesk.",
      ),
      "recipient-unknown",
    ],
    [
      "DNS query failed",
      lines(
        "Delivery has failed to these recipients or groups:",
        "",
        "neko@libsisimai.org (neko@libsisimai.org)<mailto:neko@libsisimai.org>",
        "Your message couldn't be delivered. Despite repeated attempts to deliver your message, querying the Domain Name System (DNS) for the recipient's domain location information failed.",
      ),
      "remote-unreachable",
    ],
    [
      "a security check failed, without its label",
      lines(
        "Your message to don@chcare.com.au couldn't be delivered.",
        "A security check at chcare.com.au failed due to misconfigured settings at kingconstructiongroup.com.au.",
      ),
      "reverse-dns",
    ],
    [
      "a problem with the recipient's mailbox",
      lines(
        "Delivery has failed to these recipients or groups:",
        "Public Folder (folder@example.com)",
        "There's a problem with the recipient's mailbox. Please try resending the message. If the problem continues, please contact your helpdesk.",
      ),
      "remote-server-error",
    ],
  ];

  it.each(cases)("%s", async (_, text, first) => {
    const r = await readFirst(text);
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe(first);
  });
});

describe("the NDR's short labels need the NDR around them", () => {
  it("does not read 'unknown to address' in everyday prose", async () => {
    const r = await readFirst(
      "What is the single most important risk or unknown to address next week? Delivery failed.",
    );
    expect(r.evidence).not.toContain("microsoft.ndr.enhanced.unknown-to-address");
  });

  it("does not read 'wasn't found at <domain>' outside the NDR's own line (review 25)", async () => {
    // Under the NDR's first line, but not its "<local part> wasn't found at <domain>." line.
    const dns = await readFirst(
      lines(
        "Your message to bob@contoso.com couldn't be delivered.",
        "A DNS record for the mail server wasn't found at contoso.com.",
      ),
    );
    expect(dns.evidence).not.toContain("microsoft.ndr.enhanced.wasnt-found-at");
    expect(dns.cause).not.toBe("recipient-unknown");
    const prose = await readFirst("The page you asked for wasn't found at example.com.");
    expect(prose.evidence).not.toContain("microsoft.ndr.enhanced.wasnt-found-at");
  });

  it("does not read 'wasn't found at' without a domain after it", async () => {
    const r = await readFirst("The file wasn't found at the location you gave.");
    expect(r.evidence).not.toContain("microsoft.ndr.enhanced.wasnt-found-at");
  });
});

describe("the enhanced NDR's top copied alone (review 30)", () => {
  it("reads a group that takes mail only from its organization, and its address from the headline", async () => {
    const d = await diagnose(
      lines(
        "Your message to team@contoso.com couldn't be delivered.",
        "",
        "The group team only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
      ),
    );
    expect(d.recipients.map((r) => r.recipient.address)).toEqual(["team@contoso.com"]);
    expect(d.overall.cause).toBe("sender-policy");
  });

  it("reads the shorter form of the sentence", async () => {
    const r = await readFirst(
      lines(
        "Your message to proposals@contoso.com couldn't be delivered.",
        "The group proposals only accepts messages from people in its organization.",
      ),
    );
    expect(r.cause).toBe("sender-policy");
  });
});
