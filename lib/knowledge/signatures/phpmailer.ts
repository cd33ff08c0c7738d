// PHPMailer (the PHP library behind most web sites' contact forms and WordPress's own mail) says
// in its own words why it could not hand a message to the SMTP server it was configured with. Its
// English texts are the defaults in src/PHPMailer.php (setLanguage); the same keys are translated
// in language/phpmailer.lang-*.php, and a site shows them in its configured language. The
// server's reply, when there was one, follows as "SMTP server error: ..." and is read as any
// reply is. Only 'authenticate' decides a cause on its own: PHPMailer throws it when
// SMTP::authenticate() fails, i.e. the submission server refused the login (wrong password, an
// app password or OAuth required, SMTP AUTH disabled for the account). The connection failures
// name no cause of their own and are ranked in scoring/client-wordings.ts.
import { foldLikeText } from "./fold";
import type { Signature } from "./types";

const COMMIT = "4a489474e7ef8bbf03c1cb219d8939ea76a7fb40";
const repo = (path: string) => `https://github.com/PHPMailer/PHPMailer/blob/${COMMIT}/${path}`;

/** 'authenticate' in each language file read: [language file, the file's exact words]. */
const AUTHENTICATE: readonly (readonly [string, string])[] = [
  ["src/PHPMailer.php", "SMTP Error: Could not authenticate."],
  ["language/phpmailer.lang-de.php", "SMTP-Fehler: Authentifizierung fehlgeschlagen."],
  ["language/phpmailer.lang-fr.php", "Erreur SMTP : échec de l’authentification."],
  ["language/phpmailer.lang-es.php", "Error SMTP: Imposible autentificar."],
  ["language/phpmailer.lang-it.php", "SMTP Error: Impossibile autenticarsi."],
  ["language/phpmailer.lang-pt_br.php", "Erro de SMTP: Não foi possível autenticar."],
  ["language/phpmailer.lang-pt.php", "Erro SMTP: Falha na autenticação."],
  ["language/phpmailer.lang-nl.php", "SMTP-fout: authenticatie mislukt."],
  ["language/phpmailer.lang-ja.php", "SMTPエラー: 認証できませんでした。"],
  ["language/phpmailer.lang-ru.php", "Ошибка SMTP: не удалось пройти аутентификацию."],
  ["language/phpmailer.lang-pl.php", "Błąd SMTP: nie udało się przeprowadzić uwierzytelnienia."],
  ["language/phpmailer.lang-cs.php", "Chyba SMTP: Autentizace selhala."],
  ["language/phpmailer.lang-tr.php", "SMTP Hatası: Oturum açılamadı."],
  ["language/phpmailer.lang-ko.php", "SMTP 오류: 인증할 수 없습니다."],
  ["language/phpmailer.lang-vi.php", "Lỗi SMTP: Không thể xác thực."],
  ["language/phpmailer.lang-sv.php", "SMTP fel: Kunde inte autentisera."],
  ["language/phpmailer.lang-hu.php", "SMTP hiba: az azonosítás sikertelen."],
  ["language/phpmailer.lang-ro.php", "Eroare SMTP: Autentificarea a eșuat."],
  ["language/phpmailer.lang-id.php", "Kesalahan SMTP: Tidak dapat mengotentikasi."],
];

/** The words after the library's "SMTP error" prefix, lower-cased, without the closing stop. */
function needle(text: string): string {
  const afterPrefix = text.slice(text.search(/[:：]/) + 1).trim();
  return afterPrefix.replace(/[.。]$/, "").toLowerCase();
}

/** The sentence without its closing stop, folded as pasted words are. */
export function foldedSentence(text: string): string {
  return foldLikeText(text.replace(/[.。]$/, ""));
}

export const PHPMAILER_SIGNATURES: Signature[] = AUTHENTICATE.map(([file, text]) => ({
  id: `phpmailer.authenticate.${file.replace(/^.*lang-|\.php$|^src\/PHPMailer/g, "") || "en"}`,
  provider: "phpmailer",
  // The whole sentence with its "SMTP error" prefix: the words after it alone ("authentication
  // failed") are too general to be PHPMailer's.
  match: [foldedSentence(text)],
  // The library's own message, with no reply code: where its debug output quotes the server's
  // reply ("535 ..."), the reply decides.
  replyCode: "none",
  cause: "relay-denied",
  confidence: 0.85,
  source: repo(file),
  example: text,
  note: `PHPMailer's message when the SMTP server it sends through refused its login ("${needle(text)}"): the account's user name or password, or the login method (an app password, OAuth, SMTP AUTH allowed for the mailbox), must be fixed in the site's mail settings.`,
}));
