// msmtp (a small SMTP client that scripts, cron jobs and mail programs such as mutt use as their
// sendmail) says in its own words, one "msmtp: ..." line each, why it could not hand a message to
// the SMTP server its account names. Where the server answered, msmtp prints the server's reply
// after it ("msmtp: server message: 535 5.7.8 ..."), and that reply is read as any reply is:
// authentication failed, envelope-from or recipient not accepted already read right through it.
// These entries are the failures msmtp reports before any server said why: the connection
// (src/net.c) and a server that does not offer the STARTTLS the account asks for (src/msmtp.c),
// in the languages msmtp's own catalogs (po/*.po) translate them to. Its "cannot locate host
// %s: %s" is read by the resolver's words after it (scoring/possibility-wordings.ts,
// resolver.name-not-known), which lists it among its examples.
import { foldLikeText } from "./fold";
import type { Signature } from "./types";

const COMMIT = "933d35be8ab6e35a7ea3f78df54b64230177590b";
const repo = (path: string) => `https://github.com/marlam/msmtp/blob/${COMMIT}/${path}`;

/** [language, catalog file, the catalog's exact words (%s, %d: msmtp's arguments)]. */
type Translation = readonly [string, string, string];

/** "cannot connect to %s, port %d: %s" (src/net.c, net_open_socket): the TCP connection failed. */
const CANNOT_CONNECT: readonly Translation[] = [
  ["en", "src/net.c", "cannot connect to %s, port %d: %s"],
  ["de", "po/de.po", "Verbindung zu %s, Port %d kann nicht hergestellt werden: %s"],
  ["fr", "po/fr.po", "erreur de connexion à %s, port %d : %s"],
  ["es", "po/es.po", "no se puede conectar con %s, puerto %d: %s"],
  ["pt_BR", "po/pt_BR.po", "não foi possível conectar em %s, porta %d: %s"],
];

/**
 * "the server does not support TLS via the STARTTLS command" (src/msmtp.c): the account asks for
 * STARTTLS and the server's EHLO reply does not offer it. The German and Spanish catalogs give
 * this message the words of its POP3 twin ("STLS"); msmtp prints them as they are.
 */
const NO_STARTTLS: readonly Translation[] = [
  ["en", "src/msmtp.c", "the server does not support TLS via the STARTTLS command"],
  ["de", "po/de.po", "der POP-Server unterstützt über den STLS-Befehl kein TLS"],
  ["fr", "po/fr.po", "le serveur ne supporte pas TLS via la commande STARTTLS"],
  ["es", "po/es.po", "el servidor POP3 no admite TLS a través de la orden STLS"],
  ["pt_BR", "po/pt_BR.po", "o servidor não suporta TLS através do comando STARTTLS"],
];

/** A regular-expression source matching `text` literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The catalog's words as a pattern on folded text: a host name (no white space or comma) for the
 * first %s, digits for %d; the words after the last placeholder (the system's own reason, in the
 * system's language) are left to the reason readings. Anchored on the "msmtp:" that starts each
 * of its lines, so that the same words in anything else do not meet it.
 */
function pattern(text: string): RegExp {
  const head = text.slice(0, text.lastIndexOf("%s"));
  const src = literal(foldLikeText(head)).replace("%s", "[^\\s,]{1,253}").replace("%d", "\\d{1,5}");
  return new RegExp(`msmtp: ${src}`);
}

const sample = (text: string) =>
  `msmtp: ${text.replace("%s", "smtp.example.com").replace("%d", "587").replace("%s", "Connection refused")}`;

export const MSMTP_SIGNATURES: Signature[] = [
  ...CANNOT_CONNECT.map(([lang, file, text]): Signature => ({
    id: `msmtp.cannot-connect.${lang}`,
    provider: "msmtp",
    match: [pattern(text)],
    cause: "remote-unreachable",
    confidence: 0.8,
    source: repo(file),
    example: sample(text),
    note: `msmtp could not open a TCP connection to the SMTP server and port its account names ("${text}"): a wrong host or port in the account, a server that is down, or a network or firewall that blocks the port. No server read the message.`,
  })),
  ...NO_STARTTLS.map(([lang, file, text]): Signature => ({
    id: `msmtp.no-starttls.${lang}`,
    provider: "msmtp",
    // The whole sentence: its words are msmtp's own, no server says them.
    match: [foldLikeText(text)],
    replyCode: "none",
    cause: "tls-required",
    confidence: 0.8,
    source: repo(file),
    example: `msmtp: ${text}`,
    note: "msmtp's account asks for STARTTLS (tls on, tls_starttls on) but the server did not offer it on that port: the port or the TLS settings in the account do not match the server (port 465 wants tls_starttls off; port 587 offers STARTTLS).",
  })),
];
