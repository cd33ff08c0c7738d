// Public mailbox services: the domains they give personal addresses at. A sender whose own
// address is at one of them cannot publish SPF, DKIM, DMARC, PTR or MX records for it (the
// service owns the domain and already publishes them); what they can do is send through the
// service's own servers, keep the account within the service's limits, and report a listed or
// throttled service IP to the service. Pure data and one lookup; the checklists read it.
//
// Sources: Thunderbird's ISPDB (github.com/thunderbird/autoconfig, at a fixed commit), the
// database Thunderbird configures accounts from, per service: the address domains it lists, its
// first outgoing (SMTP submission) server, and the service's own help page where the file names
// one (`help`). Only the domains people get addresses at are kept: the file also lists
// organisations whose own domains a service hosts (nyu.edu at Google) and server names, which
// would make a custom domain's owner read "you cannot publish records" (each entry's `note`).
// Fastmail and Proton, whose files are not in the ISPDB, cite their own help pages.

/**
 * The sending platform (lib/rules/context.ts `platform`) of a sender whose address is at one of
 * these services: implied by the address, so the wizard does not ask what sends the mail.
 */
export const MAILBOX_SERVICE_PLATFORM = "mailbox-service";

export interface MailboxService {
  /** Stable id. */
  id: string;
  /** The service's name, as steps show it ("Send through Gmail's own servers"). */
  name: string;
  /** The domains the service gives addresses at, lower case, exact (no subdomains). */
  domains: readonly string[];
  /** Where the domains (and the SMTP server) are documented. */
  source: string;
  /** The service's own help page for mail programs, where the source names one. */
  help?: string;
  /** The SMTP submission server the source documents, with the account's login; null if none. */
  smtp: { host: string; port: number; security: "tls" | "starttls" } | null;
  /** The service's page on its sending limits, where one was found. */
  limits?: string;
  /** What was left out of the source's list, and why. */
  note?: string;
}

export const MAILBOX_SERVICES: readonly MailboxService[] = [
  {
    id: "gmail",
    name: "Gmail",
    domains: ["gmail.com", "googlemail.com"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/googlemail.com.xml",
    help: "http://mail.google.com/support/bin/answer.py?answer=13273",
    smtp: { host: "smtp.gmail.com", port: 465, security: "tls" },
    limits: "https://support.google.com/mail/answer/22839",
    note: "ISPDB's file also lists google.com, jazztel.es and nyu.edu: organisations whose own domains Google hosts, left out.",
  },
  {
    id: "outlook-com",
    name: "Outlook.com",
    domains: [
      "hotmail.com",
      "live.com",
      "msn.com",
      "outlook.com",
      "outlook.at",
      "outlook.be",
      "outlook.cl",
      "outlook.cz",
      "outlook.de",
      "outlook.dk",
      "outlook.es",
      "outlook.fr",
      "outlook.hu",
      "outlook.ie",
      "outlook.in",
      "outlook.it",
      "outlook.jp",
      "outlook.kr",
      "outlook.lv",
      "outlook.my",
      "outlook.ph",
      "outlook.pt",
      "outlook.sa",
      "outlook.sg",
      "outlook.sk",
      "outlook.co.id",
      "outlook.co.il",
      "outlook.co.th",
      "outlook.com.ar",
      "outlook.com.au",
      "outlook.com.br",
      "outlook.com.gr",
      "outlook.com.tr",
      "outlook.com.vn",
      "hotmail.be",
      "hotmail.ca",
      "hotmail.cl",
      "hotmail.cz",
      "hotmail.de",
      "hotmail.dk",
      "hotmail.es",
      "hotmail.fi",
      "hotmail.fr",
      "hotmail.gr",
      "hotmail.hu",
      "hotmail.it",
      "hotmail.lt",
      "hotmail.lv",
      "hotmail.my",
      "hotmail.nl",
      "hotmail.no",
      "hotmail.ph",
      "hotmail.rs",
      "hotmail.se",
      "hotmail.sg",
      "hotmail.sk",
      "hotmail.co.id",
      "hotmail.co.il",
      "hotmail.co.in",
      "hotmail.co.jp",
      "hotmail.co.kr",
      "hotmail.co.th",
      "hotmail.co.uk",
      "hotmail.co.za",
      "hotmail.com.ar",
      "hotmail.com.au",
      "hotmail.com.br",
      "hotmail.com.hk",
      "hotmail.com.tr",
      "hotmail.com.tw",
      "hotmail.com.vn",
      "live.at",
      "live.be",
      "live.ca",
      "live.cl",
      "live.cn",
      "live.de",
      "live.dk",
      "live.fi",
      "live.fr",
      "live.hk",
      "live.ie",
      "live.in",
      "live.it",
      "live.jp",
      "live.nl",
      "live.no",
      "live.ru",
      "live.se",
      "live.co.jp",
      "live.co.kr",
      "live.co.uk",
      "live.co.za",
      "live.com.ar",
      "live.com.au",
      "live.com.mx",
      "live.com.my",
      "live.com.ph",
      "live.com.pt",
      "live.com.sg",
      "livemail.tw",
    ],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/hotmail.com.xml",
    help: "https://support.office.com/article/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040",
    smtp: { host: "smtp-mail.outlook.com", port: 587, security: "starttls" },
    limits:
      "https://support.microsoft.com/office/sending-limits-in-outlook-com-279ee200-594c-40f0-9ec8-bb6af7735c2e",
    note: "Left out: windowslive.com and olc.protection.outlook.com, which the file lists for server lookup.",
  },
  {
    id: "yahoo",
    name: "Yahoo Mail",
    domains: [
      "yahoo.com",
      "yahoo.ca",
      "yahoo.de",
      "yahoo.it",
      "yahoo.fr",
      "yahoo.es",
      "yahoo.se",
      "yahoo.co.in",
      "yahoo.co.uk",
      "yahoo.co.nz",
      "yahoo.com.au",
      "yahoo.com.ar",
      "yahoo.com.br",
      "yahoo.com.mx",
      "ymail.com",
      "myyahoo.com",
      "rocketmail.com",
    ],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/yahoo.com.xml",
    help: "https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html",
    smtp: { host: "smtp.mail.yahoo.com", port: 465, security: "tls" },
    note: "Left out: cox.net (an ISP whose mail Yahoo hosts) and Yahoo's yahoodns.net server names.",
  },
  {
    id: "aol",
    name: "AOL Mail",
    domains: [
      "aol.com",
      "aim.com",
      "aol.de",
      "aol.it",
      "aol.fr",
      "aol.es",
      "aol.se",
      "aol.co.uk",
      "aol.co.nz",
      "aol.com.au",
      "aol.com.ar",
      "aol.com.br",
      "aol.com.mx",
    ],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/aol.com.xml",
    help: "https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail",
    smtp: { host: "smtp.aol.com", port: 465, security: "tls" },
    note: "Left out: the Netscape, CompuServe and other legacy brands the file lists, and a yahoodns.net server name.",
  },
  {
    id: "icloud",
    name: "iCloud Mail",
    domains: ["mac.com", "me.com", "icloud.com"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/me.com.xml",
    help: "https://support.apple.com/HT202304",
    smtp: { host: "smtp.mail.me.com", port: 587, security: "starttls" },
  },
  {
    id: "gmx",
    name: "GMX",
    domains: ["gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.eu", "gmx.biz", "gmx.org", "gmx.info"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/gmx.net.xml",
    help: "https://hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html",
    smtp: { host: "mail.gmx.net", port: 465, security: "tls" },
    note: "Left out: the .gmx top-level names (mein.gmx, mail.gmx, email.gmx).",
  },
  {
    id: "gmx-com",
    name: "GMX",
    domains: [
      "gmx.com",
      "gmx.tm",
      "gmx.us",
      "gmx.co.uk",
      "gmx.es",
      "gmx.fr",
      "gmx.ca",
      "gmx.cn",
      "gmx.co.in",
      "gmx.com.br",
      "gmx.com.my",
      "gmx.hk",
      "gmx.ie",
      "gmx.ph",
      "gmx.pt",
      "gmx.ru",
      "gmx.se",
      "gmx.sg",
      "gmx.tw",
      "gmx.com.tr",
      "gmx.it",
      "gmx.li",
    ],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/gmx.com.xml",
    smtp: { host: "mail.gmx.com", port: 465, security: "tls" },
  },
  {
    id: "web-de",
    name: "WEB.DE",
    domains: ["web.de"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/web.de.xml",
    help: "https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html",
    smtp: { host: "smtp.web.de", port: 465, security: "tls" },
  },
  {
    id: "mail-ru",
    name: "Mail.ru",
    domains: ["mail.ru", "inbox.ru", "list.ru", "bk.ru"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/mail.ru.xml",
    help: "http://help.mail.ru/mail-help/mailer/mt",
    smtp: { host: "smtp.mail.ru", port: 465, security: "tls" },
    note: "Left out: corp.mail.ru, the company's own staff domain.",
  },
  {
    id: "yandex",
    name: "Yandex Mail",
    domains: ["yandex.ru", "yandex.com", "yandex.by", "yandex.kz", "yandex.ua", "ya.ru"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/yandex.ru.xml",
    smtp: { host: "smtp.yandex.com", port: 465, security: "tls" },
    note: "Left out: yandex.net (server names) and the retired narod.ru.",
  },
  {
    id: "zoho",
    name: "Zoho Mail",
    domains: ["zoho.com", "zohomail.com"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/zoho.com.xml",
    help: "https://www.zoho.com/mail/help/imap-access.html",
    smtp: { host: "smtp.zoho.com", port: 465, security: "tls" },
  },
  {
    id: "netease-163",
    name: "NetEase Mail (163.com)",
    domains: ["163.com"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/163.com.xml",
    smtp: { host: "smtp.163.com", port: 465, security: "tls" },
  },
  {
    id: "netease-126",
    name: "NetEase Mail (126.com)",
    domains: ["126.com"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/126.com.xml",
    smtp: { host: "smtp.126.com", port: 465, security: "tls" },
  },
  {
    id: "netease-yeah",
    name: "NetEase Mail (yeah.net)",
    domains: ["yeah.net"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/yeah.net.xml",
    smtp: { host: "smtp.yeah.net", port: 465, security: "tls" },
  },
  {
    id: "qq",
    name: "QQ Mail",
    domains: ["qq.com"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/qq.com.xml",
    smtp: { host: "smtp.qq.com", port: 465, security: "tls" },
  },
  {
    id: "rambler",
    name: "Rambler Mail",
    domains: ["rambler.ru"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/rambler.ru.xml",
    help: "https://help.rambler.ru/mail/mail-pochtovye-klienty/1277/",
    smtp: { host: "smtp.rambler.ru", port: 465, security: "tls" },
  },
  {
    id: "naver",
    name: "Naver Mail",
    domains: ["naver.com"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/naver.com.xml",
    help: "https://help.naver.com/service/30029/contents/21342?osType=PC&lang=ko",
    smtp: { host: "smtp.naver.com", port: 465, security: "tls" },
  },
  {
    id: "daum",
    name: "Daum Mail",
    domains: ["daum.net"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/daum.net.xml",
    help: "https://cs.daum.net/faq/43/9234.html#24081",
    smtp: { host: "smtp.daum.net", port: 465, security: "tls" },
  },
  {
    id: "orange",
    name: "Mail Orange",
    domains: ["orange.fr", "wanadoo.fr"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/orange.fr.xml",
    help: "https://assistance.orange.fr/ordinateurs-peripheriques/installer-et-utiliser/l-utilisation-du-mail-et-du-cloud/mail-orange/le-mail-orange-nouvelle-version/parametrer-la-boite-mail/mail-orange-comment-acceder-a-sa-boite-mail-orange-depuis-une-application-ou-un-logiciel-de-messagerie-non-fourni-par-orange_434630-964290#",
    smtp: { host: "smtp.orange.fr", port: 465, security: "tls" },
  },
  {
    id: "free-fr",
    name: "Free (Freebox) mail",
    domains: ["free.fr"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/free.fr.xml",
    help: "https://assistance.free.fr/articles/configurer-de-maniere-avancee-mon-logiciel-de-messagerie-609",
    smtp: { host: "smtp.free.fr", port: 465, security: "tls" },
  },
  {
    id: "laposte",
    name: "La Poste mail",
    domains: ["laposte.net"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/laposte.net.xml",
    help: "http://www.geckozone.org/forum/viewtopic.php?f=4&t=93118",
    smtp: { host: "smtp.laposte.net", port: 465, security: "tls" },
  },
  {
    id: "t-online",
    name: "Telekom Mail (t-online.de)",
    domains: ["t-online.de", "magenta.de"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/t-online.de.xml",
    help: "https://www.telekom.de/hilfe/apps-dienste/e-mail/einstellungen/posteingang-postausgang-server",
    smtp: { host: "securesmtp.t-online.de", port: 465, security: "tls" },
  },
  {
    id: "libero",
    name: "Libero Mail",
    domains: ["libero.it", "iol.it", "blu.it", "inwind.it", "giallo.it"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/libero.it.xml",
    help: "http://aiuto.libero.it/articolo/mail/parametri-di-configurazione-per-il-client-di-posta/",
    smtp: { host: "smtp.libero.it", port: 465, security: "tls" },
  },
  {
    id: "virgilio",
    name: "Virgilio Mail",
    domains: ["virgilio.it"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/virgilio.it.xml",
    help: "https://aiuto.virgilio.it/articolo/mail/configurare-virgilio-mail-con-client-di-posta-imap-e-smtp/",
    smtp: { host: "out.virgilio.it", port: 465, security: "tls" },
  },
  {
    id: "seznam",
    name: "Seznam mail",
    domains: ["seznam.cz", "email.cz", "post.cz", "spoluzaci.cz"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/seznam.cz.xml",
    help: "http://napoveda.seznam.cz/cz/email/imap-pop3-smtp/",
    smtp: { host: "smtp.seznam.cz", port: 465, security: "tls" },
  },
  {
    id: "wp-pl",
    name: "Poczta Wirtualna Polska",
    domains: ["wp.pl"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/wp.pl.xml",
    help: "http://poczta.wp.pl/info-pomoc-konfig.html?action=more&id=157",
    smtp: { host: "smtp.wp.pl", port: 465, security: "tls" },
  },
  {
    id: "o2-pl",
    name: "o2 Poczta",
    domains: ["o2.pl", "go2.pl", "tlen.pl", "prokonto.pl"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/o2.pl.xml",
    help: "https://pomoc.o2.pl/jak-skonfigurowac-program-pocztowy",
    smtp: { host: "poczta.o2.pl", port: 465, security: "tls" },
  },
  {
    id: "onet",
    name: "Onet Poczta",
    domains: [
      "onet.pl",
      "onet.eu",
      "op.pl",
      "vp.pl",
      "autograf.pl",
      "buziaczek.pl",
      "amorki.pl",
      "republika.pl",
      "adres.pl",
      "cyberia.pl",
      "onet.com.pl",
      "opoczta.pl",
      "pseudonim.pl",
      "spoko.pl",
    ],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/onet.pl.xml",
    help: "https://pomoc.poczta.onet.pl/baza-wiedzy/konfiguracja-poczty-w-programie-mozilla-thunderbird/",
    smtp: { host: "smtp.poczta.onet.pl", port: 465, security: "tls" },
    note: "Left out: host names under onet.pl and onet.eu that the file lists beside the address domains.",
  },
  {
    id: "bluewin",
    name: "Bluewin mail",
    domains: ["bluewin.ch", "bluemail.ch"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/bluewin.ch.xml",
    help: "http://smtphelp.bluewin.ch/",
    smtp: { host: "smtpauths.bluewin.ch", port: 465, security: "tls" },
  },
  {
    id: "bt",
    name: "BT Mail",
    domains: ["btinternet.com", "btopenworld.com", "talk21.com"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/btinternet.com.xml",
    help: "http://www.bt.com/help/email",
    smtp: { host: "mail.btinternet.com", port: 465, security: "tls" },
  },
  {
    id: "comcast",
    name: "Xfinity (Comcast) mail",
    domains: ["comcast.net"],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/comcast.net.xml",
    help: "https://www.xfinity.com/support/articles/setting-up-thunderbird",
    smtp: { host: "smtp.comcast.net", port: 465, security: "tls" },
  },
  {
    id: "posteo",
    name: "Posteo",
    domains: [
      "posteo.de",
      "posteo.at",
      "posteo.be",
      "posteo.ca",
      "posteo.ch",
      "posteo.cl",
      "posteo.co",
      "posteo.co.uk",
      "posteo.com",
      "posteo.com.br",
      "posteo.cr",
      "posteo.cz",
      "posteo.dk",
      "posteo.ee",
      "posteo.es",
      "posteo.eu",
      "posteo.fi",
      "posteo.gl",
      "posteo.gr",
      "posteo.hn",
      "posteo.hr",
      "posteo.hu",
      "posteo.ie",
      "posteo.in",
      "posteo.is",
      "posteo.it",
      "posteo.jp",
      "posteo.la",
      "posteo.li",
      "posteo.lt",
      "posteo.lu",
      "posteo.me",
      "posteo.mx",
      "posteo.my",
      "posteo.net",
      "posteo.nl",
      "posteo.no",
      "posteo.nz",
      "posteo.org",
      "posteo.pe",
      "posteo.pl",
      "posteo.pm",
      "posteo.pt",
      "posteo.ro",
      "posteo.se",
      "posteo.sg",
      "posteo.si",
      "posteo.tn",
      "posteo.uk",
      "posteo.us",
    ],
    source:
      "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/posteo.de.xml",
    help: "https://posteo.de/hilfe/wie-richte-ich-posteo-in-einem-mailprogramm-ein-pop3-imap-und-smtp",
    smtp: { host: "posteo.de", port: 465, security: "tls" },
  },
  {
    id: "fastmail",
    name: "Fastmail",
    // The server page's own example address is "yourusername+foldername@fastmail.com"; the old
    // FAQ (a copy on Fastmail's warpmail.net) explains the original fastmail.fm. Fastmail offers
    // many more address domains; only these two are documented here.
    domains: ["fastmail.com", "fastmail.fm"],
    source:
      "https://www.fastmail.com/help/technical/servernamesandports.html; http://www.warpmail.net/docs/faqparts/General.htm",
    help: "https://www.fastmail.com/help/technical/servernamesandports.html",
    smtp: { host: "smtp.fastmail.com", port: 465, security: "tls" },
  },
  {
    id: "proton",
    name: "Proton Mail",
    // "Most primary addresses end in @proton.me or @protonmail.com"; older accounts also have
    // @protonmail.ch, and every account a short @pm.me address.
    domains: ["proton.me", "protonmail.com", "protonmail.ch", "pm.me"],
    source:
      "https://proton.me/support/addresses-and-aliases; https://protonmail.com/support/knowledge-base/addresses-and-aliases/",
    help: "https://proton.me/support/smtp-submission",
    // Proton's SMTP submission is only for custom-domain addresses on some plans: a Proton
    // address sends through Proton's apps (or its Bridge), not a submission server of its own.
    smtp: null,
  },
];

const BY_DOMAIN: ReadonlyMap<string, MailboxService> = new Map(
  MAILBOX_SERVICES.flatMap((s) => s.domains.map((d) => [d, s] as const)),
);

/**
 * The public mailbox service whose addresses `domain` is, or null. Exact names only: a
 * subdomain (mail.google.com) is a server, not an address domain, and a custom domain hosted at
 * a service (example.com on Google Workspace) is its owner's, who publishes its records.
 */
export function mailboxServiceOf(domain: string | null | undefined): MailboxService | null {
  if (!domain) return null;
  return BY_DOMAIN.get(domain.trim().toLowerCase().replace(/\.$/, "")) ?? null;
}
