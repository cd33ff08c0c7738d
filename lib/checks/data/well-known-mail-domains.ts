// Consumer mail domains people type by hand, for typo suggestions ("gmial.com" -> gmail.com).
// Sources: each provider's own help pages naming its address domains:
//   Google  https://support.google.com/mail/answer/10313 (gmail.com, googlemail.com)
//   Microsoft https://support.microsoft.com/office/ (outlook.com, hotmail.*, live.*, msn.com)
//   Yahoo   https://help.yahoo.com/kb/SLN28049.html (yahoo.*, ymail.com, rocketmail.com)
//   Apple   https://support.apple.com/102387 (icloud.com, me.com, mac.com)
//   AOL     https://help.aol.com (aol.com)
//   GMX / WEB.DE (United Internet)  https://www.gmx.net , https://web.de
//   Proton  https://proton.me/support/addresses-and-aliases (proton.me, protonmail.com, pm.me)
//   Yandex  https://yandex.com/support/mail/ (yandex.ru, yandex.com)
//   Zoho    https://www.zoho.com/mail/ (zoho.com, zohomail.com)
//   Comcast https://www.xfinity.com/support/email (comcast.net)
//   Mail.ru https://help.mail.ru/mail (mail.ru)
//   T-Online https://www.telekom.de/hilfe/festnetz-internet-tv/e-mail (t-online.de)
//   Orange  https://assistance.orange.fr (orange.fr, wanadoo.fr)
//   Libero  https://aiuto.libero.it (libero.it)
export const WELL_KNOWN_MAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "hotmail.co.uk",
  "hotmail.fr",
  "hotmail.de",
  "hotmail.it",
  "hotmail.es",
  "live.com",
  "live.co.uk",
  "live.fr",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "yahoo.fr",
  "yahoo.de",
  "yahoo.it",
  "yahoo.es",
  "yahoo.co.jp",
  "yahoo.com.br",
  "ymail.com",
  "rocketmail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "gmx.de",
  "gmx.net",
  "gmx.com",
  "gmx.at",
  "gmx.ch",
  "web.de",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "yandex.ru",
  "yandex.com",
  "zoho.com",
  "zohomail.com",
  "comcast.net",
  "mail.ru",
  "t-online.de",
  "orange.fr",
  "wanadoo.fr",
  "libero.it",
];

/** Below this label length a one-letter difference is too often another real domain
 *  (sol.com vs aol.com, love.com vs live.com), so only longer labels are compared. */
export const MIN_LABEL_LENGTH_FOR_TYPO = 5;
