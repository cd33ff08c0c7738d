// Concepts (see ./types.ts) in languages other than English, the recipient's side: an address
// that does not exist, a full mailbox, a closed mailbox, a domain that does not exist. One
// concept per language and idea, so that a subject of one language is only read beside a failure
// of the same language (a word that means something else in another language needs its own
// language's neighbour). Failures are written so that a substring of a longer word does not
// read as one: "ist unbekannt", never a bare "unbekannt" (also "unbekannter Fehler"). Sources:
// ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import {
  LESS_SURE,
  GMAIL_BOUNCE_DE,
  GMAIL_BOUNCE_DE_2,
  GMAIL_BOUNCE_ES,
  GMAIL_BOUNCE_JA,
  WORKSPACE_SMTP_ZH_CN,
  WORKSPACE_SMTP_PT_BR,
  OUTLOOK_DELIVERY_IT,
  VIRGILIO_IT,
  INTERIA_PL,
  SEZNAM_CS,
  QQMAIL_ZH,
  EMAILHOST_ZH,
  WEBOKE_NL,
  SET_OF_EMAILS,
  SCHIEB_DE,
  SITEPACKAGE_DE,
  TECNOBITS_FR,
  ADSLZONE_ES,
  PSAFE_PT,
  CLUBEDOHARDWARE_PT,
  GMAIL_FULL_JA_BLOG,
  GODADDY_DE,
  GODADDY_JA,
  PLESK_FR,
  PLESK_ES,
  AROBASE_FR,
  USNET_PL,
  MAILOUT_RU,
  GMAIL_BOUNCE_IT,
  BIGLOBE_JA,
  HOCOROCO_JA,
  CHUPICOM_JA,
  MONEYTIMES_JA,
  PCSEIKATSU_JA,
  FOBHOST_ZH,
  MYSDQQ_ZH,
  WZ0733_ZH,
  EABM_CS,
  NETBIT_PT,
  CCM_PT,
  EMAILACADEMY_FR,
  JOUWWEB_FR,
  EXCHANGE_NDR_DE,
  EXCHANGE_NDR_FR,
  FML8_JAPANESE,
  NODE_BOUNCE_HANDLER,
  ONET_PL,
  SARE_PL,
  MAILFR_DE,
  BYTECAMP_DE,
  ASSISTANCE_EMAIL_FR,
  STRATO_NL,
  DATION_NL,
  LASSO_NL,
  MYDREAMS_CS,
  BBIQ_JA,
  MYASP_JA,
  EXCHANGE_NDR_ZH_CN_3BB2,
  EXCHANGE_NDR_ZH_TW_97A4,
  CHOUWENLAO_ZH,
  TNET_ZH_HK,
  GOOGLE_ALERTCENTER_RU,
  MS_MAILBOXFULL_RU,
  PARROT_MEDIA_DE,
  EXCHANGE_NDR_DE_6E80,
  GMAIL_BOUNCE_DE_82454,
  ONESYSTEMS_DE,
  GMX_NEWSROOM_DE,
  IONOS_RECEIVE_DE,
  VDX_NL,
  MS_5110_FR,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

/**
 * Words that make a "does not exist" about something other than the recipient, per language:
 * the sender, the domain or host, a login's password (as NOT_THE_RECIPIENT in ./shared.ts).
 */
/**
 * The sender's own address, domain or account, in Japanese, Chinese and Russian: the sender's word
 * with what follows it ("差出人の", "发件人地址", "адрес отправителя"), never the bare word, which
 * the header lines a pasted notice carries hold too ("差出人: MAILER-DAEMON", "发件人：",
 * "Отправитель:") and which would silence every recipient concept on such a notice.
 */
export const SENDER_JA = [
  "差出人の",
  "差出人が",
  "差出人アドレス",
  "差出人メールアドレス",
  "差出人ドメイン",
  "送信者の",
  "送信者が",
  "送信者アドレス",
  "送信者メールアドレス",
  "送信者ドメイン",
  "送信元の",
  "送信元アドレス",
  "送信元メールアドレス",
  "送信元ドメイン",
  "送信元ip",
];
export const SENDER_ZH = [
  "发件人地址",
  "发件人的",
  "发件人域名",
  "发件人帐号",
  "发件人账号",
  "发件人邮箱",
  "发件人ip",
  "发件人被",
  "发件人不",
  "發件人地址",
  "發件人的",
  "發件人域名",
  "發件人帳號",
  "發件人郵箱",
  "發件人ip",
  "寄件者的",
  "寄件者地址",
  "寄件者位址",
  "寄件者帳號",
  "寄件者信箱",
  "寄件人的",
  "寄件人地址",
];
/** "отправитель не " with its space: "отправитель неправильно указал" (mistyped) is the recipient's. */
export const SENDER_RU = [
  "адрес отправителя",
  "адреса отправителя",
  "ящик отправителя",
  "ящика отправителя",
  "домен отправителя",
  "отправитель не ",
  "отправителя не ",
];

export const NOT_THE_RECIPIENT_L10N = [
  // de
  "absender",
  "domain",
  "domäne",
  "passwort",
  "kennwort",
  // fr
  "expéditeur",
  "domaine",
  "hôte",
  "mot de passe",
  // es, pt, it
  "remitente",
  "remetente",
  "mittente",
  "dominio",
  "domínio",
  "contraseña",
  "senha",
  // nl
  "afzender",
  "domein",
  "wachtwoord",
  // pl, cs
  "nadawc",
  "domen",
  "hasło",
  "odesílatel",
  "domén",
  "heslo",
  // ja
  "ドメイン",
  ...SENDER_JA,
  "パスワード",
  // "the right of the @" ("after the @") is the domain (Japanese ISPs' reading of "Host unknown").
  "右側",
  "より右",
  "より後",
  // zh ("寄件者", "寄件人": the sender in Traditional Chinese, as Exchange's zh-TW table writes it)
  ...SENDER_ZH,
  "域名",
  "网域",
  "網域",
  "密码",
  "密碼",
  "ip地址",
  "ip 地址",
  "白名单",
  "主机",
  "主機",
  // ko
  "발신자",
  "보낸사람",
  "보낸 사람",
  "도메인",
  "비밀번호",
];

const UNKNOWN = "recipient-unknown" as const;
const UNKNOWN_SAYS = "the recipient's address (its user, account or mailbox) does not exist";
const FULL = "mailbox-full" as const;
const FULL_SAYS = "the recipient's mailbox is full (out of storage)";

export const LOCALIZED_RECIPIENT_CONCEPTS: readonly Concept[] = [
  // --- the address does not exist ---
  {
    id: "concept.l10n.de.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: [
      "empfänger",
      "empfängers",
      "empfängeradresse",
      "adresse",
      "e-mail-adresse",
      "konto",
      "e-mail-konto",
      "postfach",
      "benutzer",
      "nutzer",
    ],
    // "nicht mehr vorhanden" (no longer there): Gmail's own German help, in a hedge with a
    // deactivated address that ranks both (localized-not-found.test.ts).
    // "nicht existiert": the same words in a subordinate clause ("da die Adresse nicht existiert").
    failure: [
      "existiert nicht",
      "nicht existiert",
      "nicht vorhanden",
      "kein empfänger vorhanden",
      "nicht mehr vorhanden",
    ],
    unless: NOT_THE_RECIPIENT_L10N,
    examples: [
      ex("Die E-Mail-Adresse des Empfängers existiert nicht", GMAIL_BOUNCE_DE),
      // GoDaddy's label for its "Account does not exist" bounce.
      ex("Konto nicht vorhanden", GODADDY_DE),
      // Exchange's documentation, one of the causes it gives for 5.1.1.
      ex("Im E-Mail-Zielsystem ist kein Empfänger vorhanden.", EXCHANGE_NDR_DE),
      // A Swiss host's reading of "User unknown" (the first sentence of a hedge with a
      // deactivated mailbox, which ranks both: localized-not-found.test.ts).
      ex(
        "Ihre E-Mail konnte nicht zugestellt werden, da die Empfänger-Adresse nicht existiert.",
        ONESYSTEMS_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.fr.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: [
      "adresse",
      "adresse de messagerie",
      "adresse email",
      "destinataire",
      "utilisateur",
      "compte",
      "boîte aux lettres",
      "boite aux lettres",
    ],
    failure: [
      "introuvable",
      "n'existe pas",
      "n'accepte plus",
      "utilisateur inconnu",
      "il n'y a pas de destinataire",
    ],
    unless: NOT_THE_RECIPIENT_L10N,
    examples: [
      // Exchange's French NDR for 5.1.1, a real bounce (sisimai's lhost-exchange2007-06).
      ex(
        "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message.",
        `${SET_OF_EMAILS}/lhost-exchange2007-06.eml (Exchange's French non-delivery report)`,
      ),
      ex("L'adresse email n'existe pas.", TECNOBITS_FR),
      // Microsoft's own French help on NDR 5.1.10: "does not exist or cannot be found".
      ex(
        "L’adresse de courrier à laquelle vous avez envoyé votre message n’existe pas ou est introuvable.",
        MS_5110_FR,
      ),
      // Plesk's mail server, for mail to an address that does not exist on the domain.
      ex("cette adresse n'accepte plus d'e-mail", PLESK_FR),
      ex("Utilisateur inconnu", AROBASE_FR),
      // Exchange's documentation, one of the causes it gives for 5.1.1.
      ex(
        "Il n’y a pas de destinataire dans le système de messagerie de destination.",
        EXCHANGE_NDR_FR,
      ),
    ],
  },
  {
    id: "concept.l10n.es.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["dirección", "direccion", "destinatario", "usuario", "cuenta", "buzón", "buzon"],
    failure: ["no existe", "ya no acepta"],
    unless: NOT_THE_RECIPIENT_L10N,
    examples: [
      ex("La dirección de correo electrónico del destinatario no existe", GMAIL_BOUNCE_ES),
      ex("La cuenta de correo electrónico no existe", ADSLZONE_ES),
      ex("esta dirección ya no acepta correo", PLESK_ES),
    ],
  },
  {
    id: "concept.l10n.it.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["non esiste", "non trovata", "utente sconosciuto"],
    failure: [
      "indirizzo",
      "utente",
      "destinatario",
      "account",
      "mailbox",
      "cassetta postale",
      "casella",
    ],
    unless: NOT_THE_RECIPIENT_L10N,
    examples: [
      ex("Mailbox non trovata, Mailbox non valida o Utente sconosciuto", OUTLOOK_DELIVERY_IT),
      ex("L'indirizzo email di destinazione non esiste.", OUTLOOK_DELIVERY_IT),
      ex("L’indirizzo di posta al quale stai scrivendo non esiste.", VIRGILIO_IT),
      ex("L'account email che hai cercato di raggiungere non esiste", GMAIL_BOUNCE_IT),
    ],
  },
  {
    id: "concept.l10n.pt.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["endereço", "destinatário", "usuário", "conta", "caixa postal"],
    failure: ["não existe", "inexistente", "desconhecido"],
    unless: NOT_THE_RECIPIENT_L10N,
    weight: LESS_SURE,
    examples: [
      ex("Endereço errado ou conta inexistente", PSAFE_PT),
      ex("Indica que o destinatário da mensagem não existe.", NETBIT_PT),
      ex("Usuário desconhecido na tabela de destinatário de transmissão", CCM_PT),
      ex("esta caixa postal não existe", CLUBEDOHARDWARE_PT),
    ],
  },
  {
    id: "concept.l10n.nl.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["e-mailadres", "emailadres", "mailadres", "adres", "ontvanger", "gebruiker"],
    // "niet bestaat", "bestaat niet" (does not exist), "niet bekend" (not known).
    failure: ["niet bestaat", "bestaat niet", "niet bekend"],
    // An IP address that is not known is the sending host's.
    unless: [...NOT_THE_RECIPIENT_L10N, "ip-adres", "ip adres"],
    weight: LESS_SURE,
    examples: [
      ex("Meestal betekent dit dat het mailadres niet bestaat", WEBOKE_NL),
      ex("het e-mail adres bestaat niet meer", LASSO_NL),
      ex("Fout in het e-mail adres of e-mail adres niet bekend.", DATION_NL),
    ],
  },
  {
    id: "concept.l10n.pl.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["konto", "konta", "adres", "odbiorca", "odbiorcy", "użytkownik", "skrzynka"],
    // "nie ma takiego" (there is no such ...), "nieznany" (unknown).
    failure: ["nie istnieje", "nie ma takiego", "nieznany"],
    unless: NOT_THE_RECIPIENT_L10N,
    // Interia's sentence hedges ("... nie istnieje lub zostało zablokowane": does not exist or
    // has been blocked); the blocked half is concept.l10n.pl.mailbox-blocked, so the whole
    // sentence ranks the two. Its first half alone is the example.
    examples: [
      ex("Konto do którego próbujesz wysłać maila nie istnieje", INTERIA_PL),
      ex("Docelowe konto nie istnieje", ONET_PL),
      ex("Nie ma takiego konta", NODE_BOUNCE_HANDLER),
      ex("513 – Nieznany adres email", SARE_PL),
    ],
  },
  {
    id: "concept.l10n.cs.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["uživatel", "adresa", "adresu", "adresát", "účet", "schránka", "příjemce"],
    // "neznámý" (unknown).
    failure: ["neexistuje", "neexistující", "neznámý"],
    unless: NOT_THE_RECIPIENT_L10N,
    examples: [
      ex("Uživatel neexistuje", SEZNAM_CS),
      ex("byl pravděpodobně zadán neexistující adresát", SEZNAM_CS),
      ex("Tato chyba značí, že jste poslali email na neexistující adresu.", EABM_CS),
      ex("Uživatel neznámý", MYDREAMS_CS),
    ],
  },
  {
    id: "concept.l10n.ja.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: [
      "アカウント",
      "メールアドレス",
      "アドレス",
      "宛先",
      "あて先",
      "送信先",
      "ユーザー",
      "ユーザ",
      "メールボックス",
      "受信者",
    ],
    // Not a bare "見つかりません" (not found): au by KDDI prints "送信先メールアドレスが見つかりま
    // せんでした" above "The user(s) account is disabled." as well (set-of-emails lhost-ezweb-02
    // and -03), so its words do not tell an unknown address from a disabled one; and its "見つか
    // らないか、送信先メールサーバの事由により" (lhost-ezweb-04) hedges between the address and the
    // server. Domino's "... は Domino ディレクトリには見つかりません" names its directory of users.
    // "存在しな" and "存在していな": the plain and past forms ("存在しない", "存在しなかった").
    failure: ["存在しません", "存在しな", "存在していな", "ディレクトリには見つかりません"],
    unless: NOT_THE_RECIPIENT_L10N,
    examples: [
      ex("送信先のメール アカウントは存在しません", GMAIL_BOUNCE_JA),
      ex(
        "送信したメールのユーザ名・アカウント名(@より前の部分)が存在しなかった場合に送信されます。",
        BIGLOBE_JA,
      ),
      ex("送信先のメールアドレスが存在していないのが原因です。", MONEYTIMES_JA),
      ex("アカウントが存在しません", GODADDY_JA),
      ex(
        "ユーザー Neko (kijitora@example.co.jp) は Domino ディレクトリには見つかりません。",
        `${SET_OF_EMAILS}/lhost-domino-02.eml (Lotus Domino's Japanese bounce)`,
      ),
    ],
  },
  {
    id: "concept.l10n.zh.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    // "收件者": the recipient in Traditional Chinese (Exchange's zh-TW table).
    subject: [
      "收件人",
      "收件者",
      "用户",
      "用戶",
      "邮箱",
      "郵箱",
      "帐号",
      "账号",
      "帳號",
      "账户",
      "地址",
    ],
    // "没有找到收件人": not a bare "找不到" (not found), which a host or a server takes too; nor a
    // bare "没有" (there is no): "没有收件人" and "沒有這個收件人" (there is no (such) recipient).
    failure: [
      "不存在",
      "没有找到收件人",
      "找不到收件人",
      "没有收件人",
      "沒有收件者",
      "沒有這個收件人",
      // QQ Mail's "this user has not opened a QQ mailbox" (no such mailbox at QQ).
      "未开通qq邮箱",
    ],
    unless: NOT_THE_RECIPIENT_L10N,
    examples: [
      ex("该用户不存在", QQMAIL_ZH),
      ex("该用户未开通QQ邮箱", QQMAIL_ZH),
      ex("1、没有找到收件人的地址", WZ0733_ZH),
      // Exchange's own table, one of the causes it gives for 5.1.1.
      ex("目标电子邮件系统中没有收件人。", EXCHANGE_NDR_ZH_CN_3BB2),
      ex("沒有收件者的存在於目的地的電子郵件系統。", EXCHANGE_NDR_ZH_TW_97A4),
      ex("退信原因:沒有這個收件人。", CHOUWENLAO_ZH),
      ex("退信: 對方用戶不存在", TNET_ZH_HK),
    ],
  },

  // --- the mailbox is full ---
  {
    id: "concept.l10n.de.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: [
      "speicherplatzbegrenzung",
      "postfach",
      "posteingang",
      "speicherplatz",
      "speichervolumen",
    ],
    // "voll" alone: "Postfach voll" (mail.fr); not "vollständig" or "sinnvoll".
    failure: [
      "voll",
      "speicherplatz überschritten",
      "keinen freien speicherplatz",
      "speichervolumen überschritten",
      "speichervolumen ueberschritten",
      "speicherplatzbegrenzung erreicht",
      "nicht mehr ausreichend speicherplatz",
      "fehlendem speicherplatz",
      // Hosts' own readings of a full mailbox: "da der Speicherplatz ausgeschöpft ist"
      // (BYTECAMP_DE), "die Speicherplatz Limite (Quota) erreicht" (ONESYSTEMS_DE).
      "ausgeschöpft",
      "speicherplatz limite",
    ],
    // One message over a size limit is message-too-large.
    // Words holding "voll" that say nothing of a full mailbox ("Vollzugriff": full access).
    unless: [
      "zu groß",
      "zu gross",
      "nachrichtengröße",
      "vollständig",
      "sinnvoll",
      "wertvoll",
      "vollzugriff",
      "volltext",
    ],
    examples: [
      ex("Der Posteingang des Empfängers ist voll.", GMAIL_BOUNCE_DE),
      ex("Der Posteingang des Empfängers hat keinen freien Speicherplatz.", GMAIL_BOUNCE_DE_2),
      ex("5.2.2 – Das Postfach des Empfängers ist voll.", SCHIEB_DE),
      ex("Postfach voll / Speicherplatz überschritten", MAILFR_DE),
      ex(
        "Das Zielkonto kann keine weiteren E-Mails entgegennehmen, da der Speicherplatz ausgeschöpft ist.",
        BYTECAMP_DE,
      ),
      ex(
        "Dies liegt daran, dass bei der Empfänger-Mailbox die Speicherplatz Limite (Quota) erreicht wurde.",
        ONESYSTEMS_DE,
      ),
      ex("Das Empfängerkonto hat seine Speicherplatzbegrenzung erreicht", GODADDY_DE),
      // WEB.DE's bilingual reply, as sitepackage.de lists it.
      ex(
        "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
        SITEPACKAGE_DE,
      ),
      ex(
        "dass im Postfach des Empfängers nicht mehr ausreichend Speicherplatz frei ist",
        GMX_NEWSROOM_DE,
      ),
      ex(
        "dass eine E-Mail wegen fehlendem Speicherplatz (Quota) nicht zugestellt werden kann",
        IONOS_RECEIVE_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.fr.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: [
      "boîte de réception",
      "boite de reception",
      "boîte aux lettres",
      "boite aux lettres",
      "boîte",
      "boite",
    ],
    // "pleine" (full): "est pleine", "Boîte e-mail pleine".
    failure: ["pleine", "capacité maximale"],
    weight: LESS_SURE,
    examples: [
      ex("La boîte de réception du destinataire est pleine.", TECNOBITS_FR),
      ex(
        "La boîte de réception du destinataire a atteint sa capacité maximale et ne peut pas recevoir de nouveaux emails.",
        EMAILACADEMY_FR,
      ),
      ex("Boîte e\u2011mail pleine", ASSISTANCE_EMAIL_FR),
    ],
  },
  {
    id: "concept.l10n.es.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["bandeja", "buzón", "buzon", "casilla"],
    failure: ["no tiene espacio"],
    unless: ["tamaño"],
    examples: [
      ex(
        "La bandeja Recibidos del destinatario no tiene espacio de almacenamiento disponible",
        GMAIL_BOUNCE_ES,
      ),
    ],
  },
  {
    id: "concept.l10n.it.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["casella", "casella di posta", "cassetta postale"],
    failure: ["piena", "spazio disponibile superato", "capienza"],
    examples: [
      ex("Casella di posta piena o Spazio disponibile superato", OUTLOOK_DELIVERY_IT),
      ex(
        "La casella alla quale stai scrivendo ha raggiunto il limite massimo di capienza consentito",
        VIRGILIO_IT,
      ),
    ],
  },
  {
    id: "concept.l10n.pt.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["caixa de entrada", "caixa postal", "caixa"],
    // "cheia" and "lotada" (full), of the "caixa" (box).
    failure: ["cheia", "lotada", "sem espaço de armazenamento"],
    examples: [
      ex(
        "452 4.2.2 A caixa de entrada do destinatário está sem espaço de armazenamento.",
        WORKSPACE_SMTP_PT_BR,
      ),
      ex("o servidor identifica que a caixa de entrada está cheia", PSAFE_PT),
      ex("Caixa cheia", PSAFE_PT),
      ex("Caixa do destinatário lotada", CCM_PT),
      ex(
        "Indica que a mensagem não pôde ser entregue pois a caixa postal do destinatário está cheia.",
        NETBIT_PT,
      ),
    ],
  },
  {
    id: "concept.l10n.nl.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    // "is vol" only as whole words: English "this volume" holds it inside words.
    // "volle" (full, before its noun: "een volle mailbox"), "zit vol" (is full, "mijn mailbox zit vol").
    subject: ["vol is", "vol zit", "is vol", "zit vol", "volle"],
    failure: ["mailbox", "postvak", "inbox", "postbus"],
    unless: ["volume"],
    weight: LESS_SURE,
    examples: [
      ex("De grootste boosdoener is dat de mailbox vol is", WEBOKE_NL),
      ex("Ik ontvang geen e-mails meer, mijn mailbox zit vol", VDX_NL),
      ex(
        "een melding dat zijn of haar bericht niet kan worden afgeleverd bij jou wegens een volle mailbox",
        VDX_NL,
      ),
      ex("Het postvak van de ontvanger is vol.", STRATO_NL),
      ex("omdat de postbus vol is", LASSO_NL),
      ex("4.2.2. De mailbox van het e-mailadres is vol.", DATION_NL),
    ],
  },
  {
    id: "concept.l10n.pl.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["skrzynka", "skrzynkę", "skrzynki"],
    failure: ["przepełnion"],
    // From Interia's reading of 550 5.2.1, a hedge over a mistyped address, a full mailbox and a
    // suspended account: each half is its own concept, so the whole sentence ranks them.
    examples: [
      ex("odbiorca ma przepełnioną skrzynkę", INTERIA_PL),
      ex("przepełniona skrzynka pocztowa adresata", USNET_PL),
    ],
  },
  {
    id: "concept.l10n.ru.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    // Cyrillic letters are no word characters to the matcher: "ящик" is found in "ящике" too,
    // "квот" in "квота" and "квоты" (the quota).
    subject: ["ящик", "квот"],
    // "заполнен" (filled up), "достиг своей емкости" (reached its capacity), "недостаточн"
    // ("недостаточной": insufficient).
    failure: ["превышен", "переполнен", "заполнен", "достиг своей емкости", "недостаточн"],
    // A limit on sending (отправка) from the sender's own mailbox is another cause; so is one
    // message too large for a local quota (Exchange's 5.2.3: "Сообщение слишком велико,
    // превышена локальная квота"), and rights to a mailbox that are insufficient (недостаточно прав).
    unless: ["отправк", "слишком велик", "размер сообщения", "недостаточно прав"],
    weight: LESS_SURE,
    examples: [
      ex(
        "лимит свободного места для хранения писем в почтовом ящике превышен, и нет свободного места",
        MAILOUT_RU,
      ),
      ex(
        "Пользователь не может получать электронную почту из-за недостаточной квоты.",
        GOOGLE_ALERTCENTER_RU,
      ),
      ex("заполнен ли почтовый ящик получателя", MS_MAILBOXFULL_RU),
      ex("почтовый ящик достиг своей емкости", MS_MAILBOXFULL_RU),
    ],
  },
  {
    id: "concept.l10n.ja.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["メールボックス", "受信トレイ", "受信ボックス", "受信箱", "保存容量"],
    failure: [
      "一杯",
      "いっぱい",
      "容量不足",
      "上限に達",
      "満杯",
      "空き容量がな",
      "空きがな",
      "容量がオーバー",
      "容量オーバー",
      "制限値に達",
    ],
    examples: [
      ex("送信先のメールボックスが満杯で送信できません", HOCOROCO_JA),
      // freeserve.ne.jp's notice (its first line, as the module wraps it).
      ex(
        "あなた様がメールを送ったfreeserveユーザーのメールボックスが制限値に達してお",
        FML8_JAPANESE,
      ),
      ex(
        "先方のメールボックスに空き容量がないため、メールが送信できなかった可能性があります。",
        CHUPICOM_JA,
      ),
      ex("「Mail box full」:相手のメールボックスの容量がオーバーしている場合。", PCSEIKATSU_JA),
      ex(
        "送信先のメールボックスが一杯のため、送信できませんでした。",
        `${SET_OF_EMAILS}/lhost-kddi-01.eml (au one net's bounce)`,
      ),
      ex("宛先の受信トレイの空き容量不足", GMAIL_FULL_JA_BLOG),
      ex(
        "受信者のアカウントが保存容量の上限に達したため、現在メールを受信できません。",
        GODADDY_JA,
      ),
      ex("送信先の受信ボックスの容量に空きがない。", BBIQ_JA),
      ex("受信先のメールボックスが容量オーバーのためのエラーです。", MYASP_JA),
    ],
  },
  {
    id: "concept.l10n.zh.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    // "收件容量" (receiving capacity), "满" only as "容量满" (the capacity is full).
    subject: ["收件箱", "邮箱", "郵箱", "信箱", "收件人", "收件容量"],
    // Each wording in Simplified and in Traditional characters (空间 / 空間).
    failure: ["空间不足", "空間不足", "空间不够", "空間不夠", "已满", "已滿", "容量满"],
    // A sending quota ("发信量 ... 已满") is a rate.
    unless: ["发信量", "发信数", "發信量"],
    examples: [
      ex("·对方邮箱空间不够,无法接收新邮件", FOBHOST_ZH),
      ex("出错原因:接收方的邮箱已满,没有足够的空间来接收新的邮件。", WZ0733_ZH),
      ex("退信原因: 收信人收件箱已满,无法收信。", MYSDQQ_ZH),
      ex("收件人的收件箱存储空间不足。", WORKSPACE_SMTP_ZH_CN),
      ex("收件人空间不足", QQMAIL_ZH),
      ex("[退信] 收件容量满:Quota exceeded", EMAILHOST_ZH),
      ex("退信: 對方郵箱空間不夠,無法接收新郵件", TNET_ZH_HK),
    ],
  },

  // --- the mailbox is closed (blocked or suspended) ---
  {
    id: "concept.l10n.pl.mailbox-blocked",
    cause: "mailbox-disabled",
    says: "the recipient's account is blocked or suspended",
    subject: ["konto", "skrzynka"],
    // "nieaktywn": "nieaktywna", "nieaktywne" (inactive).
    failure: [
      "zostało zablokowane",
      "zostało zawieszone",
      "zablokowane administracyjnie",
      "nieaktywn",
    ],
    examples: [
      // Part of Interia's hedge (see the two concepts above).
      ex("konto zostało zawieszone", INTERIA_PL),
      ex("521 – Nieaktywna skrzynka pocztowa", SARE_PL),
      ex("Podane konto jest zablokowane administracyjnie lub nieaktywne", NODE_BOUNCE_HANDLER),
    ],
  },
  {
    id: "concept.l10n.de.mailbox-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's account is disabled",
    // The German word is the subject, the nouns the failure: German bounces write "Mailbox" too,
    // which English bounces also hold (see the Italian concepts above).
    subject: ["deaktiviert"],
    failure: ["konto", "empfängerkonto", "postfach", "mailbox", "e-mail-adresse"],
    // The sender's own account or address ("Ihr Konto wurde deaktiviert") is not the recipient's.
    unless: ["ihr konto", "ihre e-mail-adresse"],
    examples: [
      // GoDaddy's label for its "Account disabled" bounce.
      ex("Konto deaktiviert", GODADDY_DE),
      // The second half of a real server's hedge, "Adressat unbekannt oder Mailbox deaktiviert"
      // (concept.l10n.de.vocab.recipient-unknown reads the first half, so it ranks both).
      ex("Mailbox deaktiviert", NODE_BOUNCE_HANDLER),
      ex("Das Postfach des Empfängers wurde deaktiviert.", PARROT_MEDIA_DE),
      // Exchange's documentation, what to check for 5.2.1 ("Mailbox cannot be accessed").
      ex("ob das Empfängerpostfach deaktiviert ist", EXCHANGE_NDR_DE_6E80),
      // The first half of Gmail's hedge "... deaktiviert oder ist nicht mehr vorhanden", which
      // ranks both (localized-not-found.test.ts).
      ex(
        "Die E-Mail-Adresse des Empfängers wurde möglicherweise deaktiviert",
        GMAIL_BOUNCE_DE_82454,
      ),
    ],
  },
  {
    id: "concept.l10n.ja.mailbox-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's account is disabled",
    // Only the account: "無効な受信者" and "メールアドレスが無効" are an invalid address.
    subject: ["アカウント"],
    failure: ["無効です", "無効になって"],
    examples: [
      ex("アカウントが無効です", GODADDY_JA),
      ex("受信者アカウントは存在しますが、メール受信機能が無効になっています。", GODADDY_JA),
    ],
  },

  // --- the recipient's domain does not exist ---
  {
    id: "concept.l10n.it.domain-does-not-exist",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist (its lookup failed)",
    subject: ["dominio", "host sconosciuto", "lookup non riuscito"],
    failure: ["non esiste", "host sconosciuto", "lookup non riuscito"],
    // "L'utente ... non esiste nel dominio" is the user's.
    unless: ["utente", "casella", "cassetta", "mittente"],
    examples: [
      ex("Host sconosciuto, Domain Lookup non riuscito", OUTLOOK_DELIVERY_IT),
      ex("Il dominio dell'indirizzo email del destinatario non esiste.", OUTLOOK_DELIVERY_IT),
    ],
  },
  {
    id: "concept.l10n.fr.domain-does-not-exist",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain (the host after the @) does not exist",
    subject: ["hôte", "domaine"],
    // Not a bare "n'existe pas": "ce destinataire n'existe pas sur le domaine" is the user's.
    failure: ["hôte inconnu", "n'existent pas", "n'existent plus"],
    examples: [
      ex("Hôte inconnu", AROBASE_FR),
      ex("Cela indique que le nom de domaine et la messagerie n'existent plus.", JOUWWEB_FR),
      ex("le domaine ou la machine n'existent pas", AROBASE_FR),
    ],
  },
  {
    id: "concept.l10n.de.domain-does-not-exist",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist",
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["existiert nicht"],
    failure: ["domain", "domäne"],
    unless: ["absender"],
    weight: LESS_SURE,
    examples: [ex("Domain existiert nicht", SITEPACKAGE_DE)],
  },
  {
    id: "concept.l10n.zh.domain-does-not-exist",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist",
    subject: ["域名", "网域", "網域"],
    // "有错误" and "填写错误" (wrong, written wrong), "过期" (expired), "檢索不到" (cannot be looked
    // up), each beside the domain.
    failure: [
      "不存在",
      "无法解析",
      "無法解析",
      "无法被系统解析",
      "无法查找",
      "有错误",
      "填写错误",
      "过期",
      "檢索不到",
    ],
    // The sender's domain; a user that does not exist on a domain that does.
    unless: [
      ...SENDER_ZH,
      "用户不存在",
      "用戶不存在",
      "收件人不存在",
      "帐号不存在",
      "账号不存在",
      "帳號不存在",
    ],
    examples: [
      ex("[退信] 域名不存在:DNS query error", EMAILHOST_ZH),
      ex("退信原因:主机或者对方域名有错误,无法被系统解析。", MYSDQQ_ZH),
      ex("·无法查找对方服务器名称(域名/主机)", FOBHOST_ZH),
      ex("5.收件人邮件域名填写错误", MYSDQQ_ZH),
      ex("收件人域名过期", MYSDQQ_ZH),
      ex("退信原因:檢索不到接收方域名的郵件解析(MX記錄)和域名解析(A記錄)。", CHOUWENLAO_ZH),
    ],
  },
  {
    // The host after the @ that cannot be found: only "there is no such host" and "cannot look
    // up", never a bare "不存在" (a user that does not exist "on the host").
    id: "concept.l10n.zh.host-not-found",
    cause: "recipient-domain-invalid",
    says: "the recipient's host (the part after the @) cannot be found",
    subject: ["主机", "主機"],
    failure: ["沒有這個", "无法查找", "無法查找"],
    unless: SENDER_ZH,
    examples: [
      ex("退信原因:沒有這個主機。", CHOUWENLAO_ZH),
      ex("退信: 無法查找對方服務器名稱(域或主機)", TNET_ZH_HK),
      ex("·无法查找对方服务器名称(域名/主机)", FOBHOST_ZH),
    ],
  },
  {
    id: "concept.l10n.pl.domain-does-not-exist",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist",
    subject: ["domeny", "domena"],
    // "nie ma takiej" (there is no such).
    failure: ["nie ma takiej", "nie istnieje"],
    unless: ["nadawc"],
    weight: LESS_SURE,
    examples: [
      ex("512 – Nie ma takiej domeny", SARE_PL),
      ex(
        "adres e-mail zawiera nazwę domeny, która albo nie istnieje, albo nie można dla niej określić serwera poczty",
        SARE_PL,
      ),
    ],
  },
];
