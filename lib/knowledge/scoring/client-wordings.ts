// Possibility wordings (see ./possibility-wordings.ts) for a sending program's own report that it
// could not get its message to its SMTP server, where the program's words name no cause.
// PHPMailer (src/PHPMailer.php smtpConnect/smtpSend; its translations in
// language/phpmailer.lang-*.php, shown in the site's language): "SMTP connect() failed." is
// thrown when smtpConnect() returned false, which it does for a connection that failed, a
// STARTTLS that failed (PHP checks the server's certificate) and a login the server refused
// alike. PHPMailer's troubleshooting page names the same three: a host or port the hosting
// provider blocks or that is wrong, a certificate that does not verify, wrong credentials.
// The other programs' wordings (Outlook, Nodemailer, Python smtplib, .NET SmtpClient, Jakarta
// Mail, Symfony Mailer, SwiftMailer, Go net/smtp, sSMTP) live beside their signatures in signatures/<program>.ts,
// each with the program's source, and are listed here.
import { DOTNET_SMTPCLIENT_WORDINGS } from "@/lib/knowledge/signatures/dotnet-smtpclient";
import { JAKARTA_MAIL_WORDINGS } from "@/lib/knowledge/signatures/jakarta-mail";
import { NODEMAILER_WORDINGS } from "@/lib/knowledge/signatures/nodemailer";
import { OUTLOOK_DESKTOP_WORDINGS } from "@/lib/knowledge/signatures/outlook-desktop";
import { foldedSentence } from "@/lib/knowledge/signatures/phpmailer";
import { PYTHON_SMTPLIB_WORDINGS } from "@/lib/knowledge/signatures/python-smtplib";
import { RUBY_GO_SMTP_WORDINGS } from "@/lib/knowledge/signatures/ruby-go-smtp";
import { SWIFTMAILER_SSMTP_WORDINGS } from "@/lib/knowledge/signatures/swiftmailer-ssmtp";
import { SYMFONY_MAILER_WORDINGS } from "@/lib/knowledge/signatures/symfony-mailer";
import { thunderbirdNeedles, thunderbirdSource } from "@/lib/knowledge/signatures/thunderbird";
import type { PossibilityWording } from "./possibility-wordings";

const PHPMAILER =
  "https://github.com/PHPMailer/PHPMailer/blob/4a489474e7ef8bbf03c1cb219d8939ea76a7fb40";

/** 'smtp_connect_failed' in each language file read: [language file, the file's exact words]. */
const CONNECT_FAILED: readonly (readonly [string, string])[] = [
  ["src/PHPMailer.php", "SMTP connect() failed."],
  ["language/phpmailer.lang-de.php", "Verbindung zum SMTP-Server fehlgeschlagen."],
  ["language/phpmailer.lang-fr.php", "La fonction SMTP connect() a échoué."],
  ["language/phpmailer.lang-es.php", "SMTP Connect() falló."],
  ["language/phpmailer.lang-it.php", "SMTP Connect() fallita."],
  ["language/phpmailer.lang-pt_br.php", "SMTP Connect() falhou."],
  ["language/phpmailer.lang-nl.php", "SMTP-verbinding mislukt."],
  ["language/phpmailer.lang-ja.php", "SMTP接続に失敗しました。"],
  ["language/phpmailer.lang-ru.php", "Ошибка соединения с SMTP-сервером."],
  ["language/phpmailer.lang-tr.php", "SMTP connect() fonksiyonu başarısız."],
  ["language/phpmailer.lang-cs.php", "SMTP Connect() selhal."],
  ["language/phpmailer.lang-sv.php", "SMTP Connect() misslyckades."],
];

// Not Korean: its bundle says the connection "failed midway" (연결이 중간에 실패했습니다), which the
// Korean vocabulary reads, as the words say, as a server that could not be reached.
const INTERRUPTED = thunderbirdNeedles(["smtpSendInterrupted"]).filter((m) => m.locale !== "ko");

export const CLIENT_WORDINGS: readonly PossibilityWording[] = [
  {
    id: "phpmailer.smtp-connect-failed",
    match: CONNECT_FAILED.map(([, text]) => foldedSentence(text)),
    causes: ["remote-unreachable", "relay-denied", "tls-required"],
    says: "the site's mail library (PHPMailer) could not connect to, start encryption with, or log in to the SMTP server it is set to send through; its debug output (SMTPDebug) or the server's own reply says which",
    examples: CONNECT_FAILED.map(([file, text]) => ({
      text,
      source: `${PHPMAILER}/${file} (smtp_connect_failed)`,
    })),
  },
  {
    // Thunderbird's smtpSendInterrupted (composeMsgs.properties, signatures/thunderbird.ts): the
    // connection to the account's outgoing server closed before the message was through. Users'
    // reports of it come down to a connection security or port that does not match the server,
    // a server that drops a client that did not log in, or a network or security program that
    // cuts the connection: the words rank those and decide none.
    id: "thunderbird.smtp-send-interrupted",
    match: INTERRUPTED.flatMap((m) => m.needles),
    causes: ["remote-unreachable", "tls-required", "relay-denied"],
    says: "Thunderbird's connection to the account's outgoing (SMTP) server was cut before the message was through; the account's outgoing server settings (port, connection security, login) or something on the network",
    examples: INTERRUPTED.map((m) => ({
      text: m.text,
      source: `${thunderbirdSource(m.locale)} (smtpSendInterrupted, ${m.locale})`,
    })),
  },
  ...OUTLOOK_DESKTOP_WORDINGS,
  ...NODEMAILER_WORDINGS,
  ...PYTHON_SMTPLIB_WORDINGS,
  ...DOTNET_SMTPCLIENT_WORDINGS,
  ...JAKARTA_MAIL_WORDINGS,
  ...SYMFONY_MAILER_WORDINGS,
  ...SWIFTMAILER_SSMTP_WORDINGS,
  ...RUBY_GO_SMTP_WORDINGS,
];
