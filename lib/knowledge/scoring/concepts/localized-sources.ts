// The pages and real bounces the localized concepts (./localized-recipient.ts,
// ./localized-delivery.ts) quote, each with its title. Best first: a provider's own localized
// page, a real localized bounce, then a third party's page (cited as what it is; the concepts
// that rest only on such pages weigh less, see LESS_SURE).

/** The weight of a concept whose wordings come only from third parties' pages (a blog, a reseller). */
export const LESS_SURE = 1.5;

const page = (url: string, title: string) => `${url} (${title})`;

// Google's own localized pages: Gmail's help on bounces, and Google Workspace's SMTP error list
// (the English replies, translated on the page).
export const GMAIL_BOUNCE_DE = page(
  "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7280460",
  "Unzustellbare oder abgelehnte E-Mails, Gmail-Hilfe",
);
export const GMAIL_BOUNCE_DE_2 = page(
  "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107",
  "Gmail-Hilfe, answer 6596 in German: its list of bounce errors (title not in the stored excerpt)",
);
export const GMAIL_BOUNCE_ES = page(
  "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017",
  "Ayuda de Gmail, answer 6596 in Spanish (Latin America): its list of bounce errors (title not in the stored excerpt)",
);
export const GMAIL_BOUNCE_JA = page(
  "https://support.google.com/mail/answer/6596?hl=ja&ref_topic=1668979",
  "Gmail ヘルプ, answer 6596 in Japanese: 一般的な返送メールについて",
);
export const GMAIL_BOUNCE_IT = page(
  "http://support.google.com/mail/bin/answer.py?hl=it&answer=82454",
  "Correggere gli errori per cui le email vengono restituite al mittente o rifiutate, Guida di Gmail",
);
export const GMAIL_LIMITS_FR = page(
  "https://support.google.com/mail/bin/answer.py?hl=fr&hlrm=en&answer=22839",
  "Limites d'envoi et de réception des messages, Aide Gmail",
);
export const WORKSPACE_SMTP_DE = page(
  "https://support.google.com/a/answer/3726730?hl=de",
  "Referenz für SMTP-Fehler, Google Workspace-Admin-Hilfe",
);
export const WORKSPACE_SMTP_DE_NEW = page(
  "https://support.google.com/a/answer/3726730?hl=de&ref_topic=7279058",
  "Fehler und Codes bei Gmail-SMTP, Google Workspace-Admin-Hilfe",
);
export const WORKSPACE_SMTP_JA = page(
  "https://support.google.com/a/answer/3726730?hl=ja&ref_topic=1355150",
  "Google Workspace admin help, answer 3726730 in Japanese: SMTP エラー メッセージ",
);
export const WORKSPACE_SMTP_ZH_CN = page(
  "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=zh-cn",
  "Google Workspace admin help, Gmail SMTP errors and codes in Simplified Chinese: SMTP 错误消息",
);
export const WORKSPACE_SMTP_PT_BR = page(
  "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br",
  "Erros e códigos SMTP do Gmail, Ajuda do administrador do Google Workspace",
);

// Microsoft's own localized Outlook.com help.
export const OUTLOOK_DELIVERY_IT = page(
  "http://windows.microsoft.com/it-it/outlook/delivery-failed",
  "Errori durante l'invio o la ricezione di email, Outlook.com",
);

// Mailbox providers' own pages in their language.
export const VIRGILIO_IT = page(
  "https://aiuto.virgilio.it/?p=313",
  "Messaggi di errore più frequenti dopo invio email, Virgilio Aiuto (Italiaonline)",
);
export const INTERIA_PL = page(
  "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
  "Dlaczego wiadomość nie została dostarczona?, Pomoc Poczta Interia",
);
export const SEZNAM_CS = page(
  "https://napoveda.seznam.cz/uzivatel-neexistuje",
  "Uživatel neexistuje, Seznam Nápověda",
);
export const QQMAIL_ZH = page(
  "https://qqmailbox.com/transceivers/169.html",
  "QQ邮箱 退信关键字 (a stored copy of QQ Mail's help on reading its bounce notices)",
);
export const EMAILHOST_ZH = page(
  "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
  "emailhost.com.cn service articles: 退信 (titles naming each kind of bounce)",
);
export const WP_PL = page(
  "https://pomoc.wp.pl/dlaczego-mam-problem-z-wysylaniem",
  "Dlaczego mam problem z wysyłaniem wiadomości?, Pomoc WP Poczta (Wirtualna Polska)",
);
export const USNET_PL = page(
  "http://usnet.us.edu.pl/blog/2008/09/04/moj-list-nie-doszedl-do-adresata-quota-exceeded/",
  "Mój list nie doszedł do adresata: Quota exceeded, USnet (University of Silesia's network service blog)",
);
export const WEBOKE_NL = page(
  "https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html",
  "Email foutmeldingen (Mail delivery failed, returning message to sender), Weboke: a Dutch web host's knowledge base",
);

// Hosting providers' own localized bounce help (GoDaddy's table of its bounces, translated).
export const GODADDY_DE = page(
  "https://at.godaddy.com/help/was-bedeutet-es-dass-meine-e-mail-nicht-zugestellt-werden-konnte-3568",
  "Was bedeutet es, dass meine E-Mail nicht zugestellt werden konnte?, GoDaddy Hilfe",
);
export const GODADDY_JA = page(
  "https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
  "バウンスエラーで拒否されたメールを修正する, GoDaddy ヘルプ",
);

// A Japanese ISP's own FAQ on bounces (BBIQ, Kyushu), explaining each English reply in Japanese.
export const BBIQ_JA = page(
  "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000",
  "BBIQ よくあるご質問, FAQ 7552: error mail returned for some destinations (title not in the stored excerpt)",
);

// A mail server's own localized text: Plesk's help, in its French and Spanish locale packages,
// quotes the bounce its mail server returns for an address that does not exist.
export const PLESK_FR =
  "http://ftp.hosteurope.de/mirror/autoinstall.plesk.com/PSA_9.2.3/dist-deb-Ubuntu-7.10-i386/opt/locales/psa-locale-fr-fr_9.2.3-2009072714_all.deb (Plesk 9.2.3 French locale: Configurer pour tout un site les préférences du traitement des e-mails à des utilisateurs inexistants)";
export const PLESK_ES =
  "https://ch.origin.autoinstall.plesk.com/PSA9/dist-rpm-CentOS-5-i386/9.2.1/opt/locales/psa-locale-es-ES-9.2.1-09042015.noarch.rpm (Plesk 9.2.1 Spanish locale: Configurando Preferencias a nivel del Sitio para la Entrega de Correo a Usuarios Inexistentes)";

// Real localized bounces kept in sisimai/set-of-emails (maildir/bsd), each the receiving or
// reporting server's own words.
export const SET_OF_EMAILS = "https://github.com/sisimai/set-of-emails/blob/18e585c/maildir/bsd";

// Third parties' pages (a blog, a news site, a reseller): weaker evidence, cited as what they are.
export const SCHIEB_DE = page(
  "https://www.schieb.de/fehler-meldung-email-konnte-nicht-zugestellt-werden-entschluesseln",
  'Fehler-Meldung "E-Mail konnte nicht zugestellt werden" entschlüsseln, schieb.de: a German tech column (title from its address)',
);
export const SITEPACKAGE_DE = page(
  "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
  "Typische Fehlermeldungen bei Unzustellbarkeit, sitepackage.de (a German mailing service's list of providers' replies)",
);
export const AROBASE_FR = page(
  "https://www.arobase.org/ecole/erreurs.htm",
  "Arobase.org, a French guide to e-mail: its page on error messages (title not in the stored excerpt)",
);
export const TECNOBITS_FR = page(
  "https://tecnobits.com/fr/E-mail-non-d%C3%A9livr%C3%A9-avec-l%27adresse-correcte-dans-Gmail",
  "Courrier non distribué avec une adresse correcte dans Gmail : causes les plus courantes, Tecnobits (a tech blog)",
);
export const GODADDY_IT = page(
  "https://ch.godaddy.com/it/help/che-cosa-significa-il-mancato-recapito-delle-email-3568",
  "Che cosa significa il mancato recapito delle email?, GoDaddy Aiuto",
);
export const ADSLZONE_ES = page(
  "https://www.adslzone.net/como-se-hace/gmail/problemas-enviar-correo/",
  "Qué hacer si Gmail nos devuelve o rechaza ciertos mensajes, ADSLZone (a tech news site)",
);
export const PSAFE_PT = page(
  "https://psafe.com/blog/por-que-o-e-mail-nao-chega",
  "Por que o e-mail não chega?, PSafe blog",
);
export const CLUBEDOHARDWARE_PT = page(
  "http://www.clubedohardware.com.br/artigos/entendendo-mensagens-de-erro-de-e-mail/2831",
  "Entendendo Mensagens de Erro de E-mail, Clube do Hardware (a tutorial)",
);
export const GMAIL_FULL_JA_BLOG = page(
  "https://tabi-g.blogspot.com/2020/06/gmail-full-case.html",
  "Gmailが容量不足だと第三者に通知される件 (a blog quoting the Japanese bounce Gmail sent it)",
);
export const GMAIL_TLS_JA_BLOG = page(
  "https://bloggerblog0.blogspot.com/2021/09/smtp.html",
  "SMTP エラー リファレンス (a blog copying Google's Japanese SMTP error list)",
);
export const GMAIL_SMTP_IT_COPY = page(
  "https://newsletterstudio.it/errori-smtp.php",
  "Errori SMTP, NewsletterStudio (an Italian mailing service copying Google's SMTP error list with its Italian translations)",
);
export const GMAIL_SMTP_ZH_CN_BLOG = page(
  "https://laod.cn/5512.html",
  "Gmail SMTP 错误代码参考 (a blog copying Google's Chinese SMTP error list)",
);
export const GMAIL_SMTP_ZH_TW_COPY = page(
  "http://webmail.ublink.org/index.php/service/tech-know/nodif/gmail-smtp-%E9%8C%AF%E8%AA%A4%E5%92%8C%E4%BB%A3%E7%A2%BC",
  "Gmail SMTP 錯誤和代碼 (a mail host's copy of Google's Traditional Chinese SMTP error list)",
);
export const MAILOUT_RU = page(
  "https://mailout.ru/2015/09",
  "Популярные ошибки при отправке и доставке писем, на примерах работы почтовой службы Mail.ru (mailout.ru, a Russian mailing blog)",
);
export const PUFFINKNIGHT_KO = page(
  "https://puffinknight.tistory.com/102",
  "a Korean blog (tistory) grouping bounce replies by cause, title not in the stored excerpt",
);
export const FOXYDOG_KO = page(
  "https://foxydog.tistory.com/180",
  "리턴 메일(메시지) : Mailbox Full (a Korean mail administrator's blog)",
);
export const NAVER_KIN_KO = page(
  "https://kin.naver.com/qna/detail.naver?d1id=1&dirId=1060108&docId=228964450",
  "이메일수신이 되지 않습니다 (Naver 지식iN, answered by Naver's knowledge partner)",
);
export const JINBO_KO = page(
  "http://blog.jinbo.net/007/archive/20051107",
  "[펌] 메일 발송시 리턴메일 메시지 해석하는 법 (a Korean blog explaining bounce replies)",
);

// --- Session 16 (i18n2): pages new to the localized layer. ---

// Japanese ISPs' own FAQ pages, each explaining in Japanese what the usual English replies mean.
export const BIGLOBE_JA = page(
  "https://faq.support.biglobe.ne.jp/faq_detail.html?faq_id=10621&faq_category=1088",
  "エラーメールが返ってきたときは, BIGLOBE よくある質問",
);
export const CATV_YOKOHAMA_JA = page(
  "https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387",
  "横浜ケーブルビジョン (YCV) FAQ 11387: エラーメールが返ってきた (title not in the stored excerpt)",
);
export const HOCOROCO_JA = page(
  "https://www.hocoroco.net/internet_lifeguide/errormail.html",
  "エラーメールについて, hocoroco.net インターネットライフガイド (title not in the stored excerpt)",
);
export const CHUPICOM_JA = page(
  "https://www.pa-solution.net/as/scope3/chupicom/web/detail.aspx?id=921&a=102&isCrawler=1",
  "チューピーコム (a cable ISP) FAQ 921 on its support portal: Returned mail (title not in the stored excerpt)",
);
// Third parties' Japanese pages.
export const MONEYTIMES_JA = page(
  "https://moneytimes.jp/archives/185548/2",
  "エラーメールの一覧と内容, MONEY TIMES (a news site)",
);
export const PCSEIKATSU_JA = page(
  "https://pcseikatsu.wixsite.com/pc-support/post/本格ブログをデザイン",
  "送信したメールが返ってきてしまった時のエラーメッセージについて, パソコン生活応援 (a PC support shop's blog)",
);

// Korean pages explaining each reply in Korean (a blog that lists a portal's bilingual replies).
export const OLIVEIT_KO = page(
  "https://oliveit.tistory.com/39",
  "리턴메일 유형 모두 확인하기 (a Korean IT blog listing a portal's replies with their Korean text)",
);

// Chinese pages: a corporate-mail reseller's and hosting companies' help on bounces.
export const FOBHOST_ZH = page(
  "https://www.fobhost.com/jishuzhichi/jishuzhichi59.html",
  "fobhost.com 技术支持: 退信关键字 (a hosting company's table of bounce keywords)",
);
export const MYSDQQ_ZH = page(
  "http://mysdqq.cn/a460000-show/news-1981.html",
  "mysdqq.cn: 邮件被退信原因和解决方案 (a corporate-mail reseller's article, title not in the stored excerpt)",
);
export const WZ0733_ZH = page(
  "https://wz.0733.com.cn/web/news-56.html",
  "常见退信原因和解决方法, wz.0733.com.cn (a web company's help)",
);
export const GXWH_ZH = page(
  "https://m.gxwh.com.cn/wlyy/20215.html",
  "海外邮件退信原因及解决方法, gxwh.com.cn (an article)",
);
export const XIAYUYUN_ZH = page(
  "https://xiayuyun.com/zonghe/74184.html",
  "夏雨云 (a cloud host's Q&A page on bounces, title not in the stored excerpt)",
);

// Turkish pages: hosting companies' support centres and an e-mail service's help.
export const SH_TR = page(
  "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari",
  "SMTP (Mail Gönderim) Hata Kodları, SH Destek Merkezi (a hosting company's support centre)",
);
export const USEINBOX_TR = page(
  "http://newsite.useinbox.com/tr/yardim-merkezi/bounce-hata-kodlari-ve-anlamlari",
  "Bounce hata kodları ve anlamları, Inbox Yardım Merkezi (an e-mail marketing service's help)",
);
export const ASO_TR = page(
  "https://www.aso.com.tr/blog/709-quota-exceeded-mailbox-for-user-is-full.html",
  "Quota exceeded (mailbox for user is full), ASO (an IT company's blog)",
);

// Swedish pages: an ISP's own support and IDG's IT dictionary.
export const CROSSNET_SV = page(
  "https://support.crossnet.se/hc/sv/articles/200341351-Felmeddelande-om-quota",
  "Felmeddelande om quota, Crossnet support (a Swedish ISP)",
);
export const IDG_SV = page(
  "https://it-ord.idg.se/ord/studs/",
  "studs, IDG:s it-ord (an IT dictionary)",
);

// Indonesian pages: tech blogs.
export const ANDROBUNTU_ID = page(
  "https://androbuntu.com/email-tidak-terkirimf",
  "Email tidak terkirim, Androbuntu (a tech blog, title not in the stored excerpt)",
);
export const DOSENIT_ID = page(
  "https://dosenit.com/jaringan-komputer/internet/6-penyebab-email-tidak-valid-yang-sering-terjadi",
  "6 Penyebab Email Tidak Valid yang Sering Terjadi, DosenIT (a tech blog)",
);
export const TECNOCIENTISTA_ID = page(
  "https://tecnocientista.info/15/8-penyebab-email-tidak-bisa-menerima-pesan/",
  "8 Penyebab Email Tidak Bisa Menerima Pesan, tecnocientista.info (a blog)",
);

// Czech pages: an e-mail marketing company's blog.
export const EABM_CS = page(
  "http://blog.eabm.cz/nejcastejsi-chyby-pri-dorucovani-emailu",
  "Nejčastější chyby při doručování emailů, eabm.cz blog (an e-mail marketing company)",
);

// Portuguese (Brazil) pages: an ISP's own manual, and a tech site.
export const NETBIT_PT = page(
  "https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php",
  "E-mail: Problemas comuns no envio, Netbit Internet (a Brazilian ISP's support manual)",
);
export const CCM_PT = page(
  "http://br.ccm.net/faq/28855-a-retrodifusao-do-mail-delivery-system",
  "Por que acontece o erro Mail Delivery System, CCM (a tech Q&A site)",
);

// Spanish pages: a company's help and a tech blog.
export const PROPPIT_ES = page(
  "https://info.proppit.com/es/support/por-qué-no-se-ha-enviado-una-respuesta-a-una-persona-interesada",
  "¿Por qué no se ha enviado una respuesta a una persona interesada?, Proppit soporte (a property portal's help)",
);
export const SILVERPC_ES = page(
  "https://blog.silverpc.hu/?p=315248",
  "blog.silverpc.hu, a Spanish-language article on bounce messages (title not in the stored excerpt)",
);

// French pages: an e-mail marketing school's blog, a site builder's help.
export const EMAILACADEMY_FR = page(
  "https://www.emailacademy.fr/pt2/Blog/Les-erreurs-de-non-remise-des-emails-et-leurs-significations",
  "Les erreurs de non-remise des emails et leurs significations, Email Academy (a blog)",
);
export const JOUWWEB_FR = page(
  "https://jouwweb.freshdesk.com/fr/support/solutions/articles/13000102861-que-signifient-les-email-contenant-la-mention-undelivered-mail-returned-to-sender-",
  "Que signifient les e-mails contenant la mention « Undelivered Mail Returned to Sender » ?, JouwWeb support (a site builder's help)",
);

// Catalan: a community network's guide to error messages.
export const RIUDOMS_CA = page(
  "https://riudoms.xarxa-omnia.org/email/annex/msg_err.html",
  "Correus electònics amb missatges d'error, Xarxa Òmnia Riudoms (a community network's guide)",
);

// Microsoft's own support article on Exchange's "550 4.4.7 QUEUE.Expired; message expired",
// machine-translated by Microsoft: each language's page prints the reply as it reads there.
const MS_KB_2625264 = (lang: string, title: string) =>
  page(
    `http://support.microsoft.com/kb/2625264/${lang}`,
    `Microsoft Support KB 2625264 (${lang}): ${title}`,
  );
export const MS_QUEUE_EXPIRED_DE = MS_KB_2625264(
  "de",
  '"550 4.4.7 WARTESCHLANGE.Abgelaufen ist; Nachricht ist abgelaufen"NDR-Nachricht beim Senden einer e-Mail-Nachricht über FOPE an eine externe Domäne',
);
export const MS_QUEUE_EXPIRED_ES = MS_KB_2625264(
  "es",
  '"550 4.4.7 COLA.Ha caducado; mensaje caducado"mensaje NDR cuando envía un mensaje de correo electrónico a través de FOPE a un dominio externo',
);
export const MS_QUEUE_EXPIRED_PT = MS_KB_2625264(
  "pt",
  '"FILA DE 550 4.4.7.Expirado; mensagem expirou"mensagem de NDR ao enviar uma mensagem de correio electrónico através de FOPE para um domínio externo',
);
export const MS_QUEUE_EXPIRED_IT = MS_KB_2625264(
  "it",
  '"550 4.4.7 CODA.Scaduto; messaggio scaduto"rapporto di mancato recapito quando si invia un messaggio di posta elettronica tramite FOPE a un dominio esterno',
);
export const MS_QUEUE_EXPIRED_JA = MS_KB_2625264(
  "ja",
  '"550 4.4.7 キューです。期限切れです。メッセージが期限切れ「FOPE を介して電子メール メッセージを外部ドメインに送信すると NDR メッセージ',
);
// Microsoft Learn's table of Exchange Online's NDR codes, in German.
export const EXO_NDR_TABLE_DE = page(
  "https://learn.microsoft.com/de-de/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
  "E-Mail-Unzustellbarkeitsberichte und SMTP-Fehler in Exchange Online, Microsoft Learn",
);

// Microsoft's own Exchange 2013 documentation in each language (its public localized
// repositories): the table of the enhanced status codes Exchange's NDRs return, each code's
// possible cause in that language.
const exchangeNdrTable = (lang: string, commit: string, title: string) =>
  page(
    `https://github.com/MicrosoftDocs/OfficeDocs-Exchange-Test-pr.${lang}/blob/${commit}/Exchange-Server-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md`,
    `${title}, Microsoft's Exchange 2013 documentation (${lang}): its table of common enhanced status codes`,
  );
export const EXCHANGE_NDR_DE = exchangeNdrTable(
  "de-de",
  "682e2832945c08e5791773d7cdc003608e71f801",
  "DSNs und NDRs in Exchange 2013",
);
export const EXCHANGE_NDR_FR = exchangeNdrTable(
  "fr-fr",
  "b0f1df255422c4fab39f822393576f931bf53591",
  "Notifications d’état et d’échec de remise dans Exchange 2013",
);
export const EXCHANGE_NDR_ES = exchangeNdrTable(
  "es-es",
  "bb328a8eb4394d600e810829700669da09f8e651",
  "DSN y NDR en Exchange 2013",
);
export const EXCHANGE_NDR_PT = exchangeNdrTable(
  "pt-br",
  "7705f3265c99e9fd31813b82f94631a3d8f1c2dd",
  "DSNs e notificações de falha na entrega no Exchange 2013",
);
export const EXCHANGE_NDR_IT = exchangeNdrTable(
  "it-it",
  "13031887e061cd567d51b165b09c67396ae49145",
  "DSN e NDR in Exchange 2013",
);
export const EXCHANGE_NDR_JA = exchangeNdrTable(
  "ja-jp",
  "831e07d61cb031f13420a8f30d7ed675a4e52876",
  "Exchange 2013 の DSN と NDR",
);
export const EXCHANGE_NDR_ZH_CN = exchangeNdrTable(
  "zh-cn",
  "915be4b99250a5fd2ae1b4d04d60329dee0aebf6",
  "Exchange 2013 中的 DSN 和 NDR",
);
export const EXCHANGE_NDR_ZH_TW = exchangeNdrTable(
  "zh-tw",
  "0dfa19189cdc78fa981eb8eb5184a54dff16f23a",
  "Dsn 和 Ndr in Exchange 2013",
);
export const EXCHANGE_NDR_KO = exchangeNdrTable(
  "ko-kr",
  "1ba94e90e6f2a89b6399edcf62819fbc3911954b",
  "Exchange 2013의 Dsn 및 Ndr",
);
export const EXCHANGE_NDR_RU = exchangeNdrTable(
  "ru-ru",
  "3a29e99d9c4eb69319fc1ff7da4ea2fd7e69592f",
  "Exchange 2013: уведомления о доставке и отчеты о недоставке в Exchange 2013",
);

/**
 * Thunderbird's own localized message catalog (thunderbird/thunderbird-l10n at a pinned commit):
 * composeMsgs.properties, the error a mail program shows when the server refuses a message as too
 * large (smtpPermSizeExceeded2); the words before its placeholder for the server's reply.
 */
export const thunderbirdComposeMsgs = (lang: string) =>
  `https://github.com/thunderbird/thunderbird-l10n/blob/5d7cde6f5d9237b64f7de733bb9fbb121055848a/${lang}/mail/chrome/messenger/messengercompose/composeMsgs.properties (Thunderbird's ${lang} catalog, smtpPermSizeExceeded2)`;

/**
 * Roundcube's own localized message catalog (roundcube/roundcubemail at a pinned commit):
 * program/localization/LANG/messages.inc, the webmail's error for a message over the server's
 * size limit (smtpsizeerror) and for an address it cannot use (emailformaterror); the words
 * before their placeholders.
 */
export const roundcubeMessages = (lang: string, key: string) =>
  `https://github.com/roundcube/roundcubemail/blob/28b44419ee44c8749a85e7183325055c2cf68a4d/program/localization/${lang}/messages.inc (Roundcube's ${lang} catalog, ${key})`;

// Real Japanese bounces kept in fml8's bounce parser (Ken'ichi Fukamachi's mailing list
// driver): its module for Japanese providers' notices quotes each one.
export const FML8_JAPANESE = page(
  "https://github.com/fmlorg/fml8/blob/876be26bacd908b8c3e196b19f241f87f93d4b9f/fml/lib/Mail/Bounce/Language/Japanese.pm",
  "Mail::Bounce::Language::Japanese, fml8: its ERROR EXAMPLE section (pakeo.ne.jp, freeserve.ne.jp notices)",
);
// A Russian page quoting Mail.ru's help on a message its filters marked as spam.
export const ERRORSMASTER_RU = page(
  "https://errorsmaster.ru/oshibka-550-spam-message-rejected",
  "Ошибка 550 spam message rejected, errorsmaster.ru (a page quoting Mail.ru's help)",
);

// Session 16 (i18n3): the pages the per-language vocabularies (./localized-vocabulary.ts) quote.

/**
 * A bounce-phrase table in a public repository (node-bounce-handler, from PHP BounceHandler): the
 * phrases real mail servers returned, each with its DSN status and a comment naming its language
 * (".IT", ".PL"). A third party's collection: the concepts that rest only on it weigh less.
 */
export const NODE_BOUNCE_HANDLER = page(
  "https://github.com/eNichers/node-bounce-handler/blob/08df7cfe6b22f1038c5bbe3c01439833aea5a20d/lib/responses.js",
  "node-bounce-handler lib/responses.js: bounce phrases with their DSN status and language (from PHP BounceHandler)",
);
/** Microsoft's own Italian help on Outlook.com's non-delivery messages. */
export const OUTLOOK_SUPPORT_IT = page(
  "https://support.office.com/it-it/article/la-posta-inviata-in-outlook-com-restituisce-un-messaggio-di-mancato-recapito-45e048ac-f7b1-4c0f-b525-081cb34f1062",
  "La posta inviata in Outlook.com restituisce un messaggio di mancato recapito, Supporto Microsoft",
);
/** A Spanish blog's list of the bounce wordings seen on a mailing list's returns. */
export const ALEXBORRAS_ES = page(
  "https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/",
  "Errores y Warnings habituales en retorno de email, El Blog de Alex Borrás",
);
/** A Spanish web agency's guide to reading bounces. */
export const CLAVEWEB_ES = page(
  "https://www.claveweb.com/blog/correo-electronico-consejos-uso/",
  "Correo electrónico: entenderlo es usarlo bien, Claveweb blog",
);
/**
 * Latinmail's (Spain) refusal at RCPT TO, as an Exim bounce quoted it: real output kept in
 * PHP-Bounce-Handler's sample set.
 */
export const LATINMAIL_ES = page(
  "https://github.com/cfortune/PHP-Bounce-Handler/blob/956e65b0d502b1904546c3c46480409ded41d755/eml/44.eml",
  "An Exim bounce quoting mx1.latinmail.com's refusal (PHP-Bounce-Handler eml/44.eml)",
);
/** A Polish mailing service's reading of the bounces its senders get. */
export const SARE_PL = page(
  "https://sare.pl/baza-wiedzy/2017/03/21/analiza-zwrotow/",
  "Analiza zwrotów, SARE baza wiedzy",
);
/** Onet Poczta's own help (Poland) on returned and rejected mail. */
export const ONET_PL = page(
  "https://pomoc.poczta.onet.pl/baza-wiedzy/co-zrobic-w-przypadku-odeslanych-lub-odrzuconych-e-maili/",
  "Co zrobić w przypadku odesłanych lub odrzuconych e-maili?, Pomoc Poczta Onet",
);
/** mail.fr's own German help: the common bounces with their German reading. */
export const MAILFR_DE = page(
  "https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mails",
  "mail.fr Hilfe (German): Mail Delivery System und Bounce-Mails, its table of common replies with their German reading",
);
/** A Spanish mailing service's help on bounced mail. */
export const ENVIA_ES = page(
  "http://www.e-nvia.com/ayuda/estadisticas/e-mails-rebotados/",
  "E-mails Rebotados, E-nvía ayuda",
);
/** A French guide's table of the common bounces with the French wording users see. */
export const ASSISTANCE_EMAIL_FR = page(
  "https://assistance.email/top-10-des-messages-derreur-e-mail/amp",
  "Top 10 des messages d'erreur e-mail, assistance.email: its table of each English message with its common French wording",
);
/** An Italian tech site's walk through the bounces it got, with their Italian reading. */
export const TURBOLAB_IT = page(
  "https://turbolab.it/email-54/principali-messaggi-derrore-quando-spedite-email-3010",
  "Principali messaggi d'errore quando spedite email, TurboLab.it",
);
/** Roma Tre University's own guide to mail errors, each English reply with its Italian reading. */
export const UNIROMA3_IT = page(
  "https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/",
  "Guida ai messaggi di errore, Università degli Studi Roma Tre",
);
/** The same Korean administrator's post on size bounces: each reply with Naver's and Daum's own Korean notice. */
export const FOXYDOG_SIZE_KO = page(
  "https://foxydog.tistory.com/69",
  "리턴 메시지 : message size exceeds limit (a Korean mail administrator's blog, quoting Naver's and Daum's notices)",
);
/** STRATO's own Dutch FAQ on mail errors, each reply with its Dutch reading. */
export const STRATO_NL = page(
  "https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/",
  "Waarom krijg ik foutmeldingen bij het werken met e-mail?, STRATO FAQ (nl)",
);
/** A Dutch software vendor's help listing the mail servers' errors its users see. */
export const DATION_NL = page(
  "https://help.dation.nl/support/solutions/articles/80001046844-niet-verzonden-e-mails-bijwerken-",
  "Niet verzonden e-mails bijwerken, Dation helpcentrum",
);
/** A Dutch association software's forum post on mail errors. */
export const LASSO_NL = page(
  "https://forum.lasso-concepten.nl/t/foutmeldingen-bij-e-mail/154",
  "Foutmeldingen bij e-mail, Lasso Concepten forum",
);
/** A Czech hosting provider's own help on bounces, each reply with its Czech reading. */
export const GRHOSTING_CS = page(
  "https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx",
  "Email se vrátil odesílateli jako nedoručitelný, GRhosting podpora",
);
/** A Czech hosting provider's wiki list of bounce messages with their Czech reading. */
export const MYDREAMS_CS = page(
  "https://www.mydreams.cz/cz/wiki/9924-seznam-chybovych-hlasek-z-nedodanych-emailu-a-jejich-vysvetleni.html",
  "Seznam chybových hlášek z nedodaných emailů a jejich vysvětlení, MyDreams wiki",
);
/** GoDaddy's own Turkish help on bounces. */
export const GODADDY_TR = page(
  "https://tr.godaddy.com/help/e-postamin-geri-donmesi-ne-anlama-geliyor-3568",
  "E-postamın geri dönmesi ne anlama geliyor?, GoDaddy Yardım",
);
/** A Turkish blog's list of 550 replies, each with its Turkish reading. */
export const BACKLINK_TR = page(
  "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
  "SMTP 550 Hata Kodu Ayrıntıları, backlink.name blog",
);
/** A Swedish board-administration service's help on mail that bounced. */
export const STYRELSEPROFFSET_SV = page(
  "https://hjalp.styrelseproffset.se/sv/articles/4017179-utskicksfel",
  "Utskicksfel, Styrelseproffset hjälp",
);
/** A Swedish newsletter service's FAQ on bounces and their codes. */
export const EGENERATOR_SV = page(
  "https://tips-skriva-nyhetsbrev.egenerator.se/studsar/",
  "Studsar, eGenerator FAQ",
);

// Session 17 (i18n4): the pages the Japanese, Chinese and Russian vocabularies quote
// (./localized-vocabulary-cjk.ts, ./localized-vocabulary-ru.ts, and the words added to the
// concepts of ./localized-recipient.ts and ./localized-address.ts).

/** GMO とくとくBB's own FAQ (a Japanese ISP): what each returned-mail wording means. */
export const GMO_JA = page(
  "https://help-gmobb.dga.jp/faq_detail.html?category=49&id=1021046&page=1",
  "エラーメールが返ってきたときはどうすればいいですか, GMOとくとくBB よくあるご質問",
);
/** NTT Communications' (OCN) own mail FAQ: finding the address a returned mail names. */
export const NTT_OCN_JA = page(
  "https://support.ntt.com/mail/faq/detail/pid2300000e64?themeDId=309&themeSubDId=271",
  "NTT Communications (OCN) mail FAQ: an error mail's example and what to check (title not in the stored excerpt)",
);
/** A mailing service's own help (MyASP): the reasons its error-mail list gives. */
export const MYASP_JA = page(
  "https://docs.myasp.jp/?p=7044",
  "なぜエラーメールになってしまったのか、理由を調べる方法はありますか?, MyASP マニュアル",
);
/**
 * Microsoft's Exchange 2013 documentation (./localized-sources.ts exchangeNdrTable) at the commit
 * read this session, where it differs from the one pinned above.
 */
const exchangeNdrTableAt = (lang: string, commit: string) =>
  page(
    `https://github.com/MicrosoftDocs/OfficeDocs-Exchange-Test-pr.${lang}/blob/${commit}/Exchange-Server-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md`,
    `Microsoft's Exchange 2013 documentation (${lang}): its table of common enhanced status codes`,
  );
export const EXCHANGE_NDR_JA_2A75 = exchangeNdrTableAt(
  "ja-jp",
  "2a75aa0264eabc6704d22d4230934364b0774a20",
);
export const EXCHANGE_NDR_ZH_CN_3BB2 = exchangeNdrTableAt(
  "zh-cn",
  "3bb2b165b07f08600d79373875080d8c2f33be46",
);
export const EXCHANGE_NDR_ZH_TW_97A4 = exchangeNdrTableAt(
  "zh-tw",
  "97a475179ef5b7ed8b8e594b36f9275019db0ce4",
);
export const EXCHANGE_NDR_RU_05DF = exchangeNdrTableAt(
  "ru-ru",
  "05dfcb4f7d7ca4c6f0594a16204df844725fa075",
);

/** A Hong Kong host's own support centre (Traditional Chinese): its pages on each kind of bounce. */
export const TNET_ZH_HK = page(
  "http://www.tnet.hk/support/email/reemail_old.php",
  "郵件退信專題, TNET 支持中心 (a Hong Kong hosting company's support centre)",
);
/** 263 企业邮箱's regional service centre: why mail to its system bounces. */
export const MAIL263_ZH = page(
  "http://www.263gmail.js.cn/help/13/2.htm",
  "为什么发送到263企业邮局系统被退信?, 263企业邮箱 在线帮助 (its East China service centre)",
);
/** A domain registrar's customer-service FAQ (域名頻道), each bounce wording with its reason. */
export const CHOUWENLAO_ZH = page(
  "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm",
  "為什么我發給別人的郵件會被退回?, 域名頻道 客服中心",
);
/** GoDaddy's own help in Simplified Chinese on bounces. */
export const GODADDY_ZH = page(
  "https://sg.godaddy.com/zh/help/what-does-my-email-bounce-mean-3568",
  "电子邮件退回意味着什么?, GoDaddy 帮助",
);
/** A NetEase enterprise-mail reseller's help: a bounce saying the user does not exist. */
export const WH163_ZH = page(
  "https://m.wh-163.com/mobile/index/show/catid/2/id/588.html",
  "wh-163.com (a NetEase enterprise-mail reseller's help on a bounce, title not in the stored excerpt)",
);

/** Plesk 8.3's own Russian locale: its help on mail to addresses that do not exist. */
export const PLESK_RU =
  "http://ftp.hosteurope.de/mirror/autoinstall.plesk.com/PSA_8.3.0/dist-pkg-FreeBSD-6.1-i386/distfiles/psa-locale-ru-ru-8.3.tar.gz (Plesk 8.3 Russian locale: Настройка сервера для обработки почты, поступающей на адреса несуществующих пользователей)";
/** Google's own Russian reference for the Alert Center API: why mail to a user fails. */
export const GOOGLE_ALERTCENTER_RU = page(
  "https://developers.google.cn/workspace/admin/alertcenter/reference/rest/v1beta1/EmailInvalidReason?hl=ru",
  "EmailInvalidReason, Google Workspace Alert Center API reference (ru)",
);
/** Microsoft's own Russian reference for Exchange Web Services' MailboxFull element. */
export const MS_MAILBOXFULL_RU = page(
  "https://learn.microsoft.com/ru-ru/exchange/client-developer/web-service-reference/mailboxfull",
  "MailboxFull, Microsoft Learn (ru): Exchange Web Services reference",
);

// Session 17 (i18n4), the sender's side: Chinese providers' and Japanese hosts' words for spam,
// a listed IP and a sending limit.

/** NetEase's own help (163.com): common questions about spam, its rejection's wording. */
export const NETEASE_SPAM_HELP_ZH = page(
  "http://help.163.com/11/0406/11/70V14RLL00754IKK.html",
  "关于垃圾邮件的常见疑问, 网易帮助中心",
);
/** A blog's copy of NetEase's table of its reply codes, each with NetEase's Chinese reading. */
export const NETEASE_CODES_COPY_ZH = page(
  "https://biecuoliao.com/pa/MBRrwEM.html",
  "你所不知道的邮件退信代码 (a blog copying NetEase's table of its reply codes)",
);
/** A NetEase enterprise-mail reseller's notice (Traditional Chinese) on a bounce for a listed IP. */
export const J5OM_ZH_TW = page("http://j5om.com/disnew_3441.html", "如何處理網易企業郵箱退信");
/** Tencent Exmail's user forum (a reseller's copy): why a domain's daily sending limit is reached. */
export const TENCENT_EXMAIL_FORUM_ZH = page(
  "https://www.tengxunqiyeyou.com/forum/forum.php?action=printable&mod=viewthread&tid=114",
  "为什么域名当日发信量到达上限?——腾讯企业邮",
);
/** A Tencent Exmail reseller's page (Traditional Chinese) on Exmail's sending limits. */
export const TENCENT_EXMAIL_RESELLER_ZH_TW = page(
  "http://www.daewoodoosan.com/news_in/2584",
  "騰訊企業郵箱的發信量是多少?, 上海騰曦網絡服務有限公司 (a Tencent Exmail reseller)",
);
/** A Japanese host's own help (アリーナ) on "554 5.7.1 Service unavailable". */
export const ARENA_JA = page(
  "https://help.arena.ne.jp/hc/ja/articles/360025936053",
  "554 5.7.1 Service unavailable というエラーメールが届いて送信できません, アリーナ ヘルプ",
);
/** FUJIFILM Business Innovation's own FAQ on mail refused for a listed server IP. */
export const FUJIFILM_JA = page(
  "https://faq01-fb.fujifilm.com/faq/show/101516?category_id=579&site_domain=oars",
  "FUJIFILM Business Innovation FAQ 101516: mail that cannot be sent because the server's IP is on a blacklist (title not in the stored excerpt)",
);
export const EXCHANGE_NDR_DE_AFAE = exchangeNdrTableAt(
  "de-de",
  "afae17cd20f417853d6e4c02f2fa1c4310e6e876",
);
export const EXCHANGE_NDR_FR_2895 = exchangeNdrTableAt(
  "fr-fr",
  "289571470665e0de78e19141d65b7b6b1617459f",
);
export const EXCHANGE_NDR_ES_5E71 = exchangeNdrTableAt(
  "es-es",
  "5e7105d9ceacc976762a192a4990a85b794241b1",
);
export const EXCHANGE_NDR_PT_28E9 = exchangeNdrTableAt(
  "pt-br",
  "28e9c9c1b64f970885d4817104513df4355cdfe4",
);
export const EXCHANGE_NDR_IT_11ED = exchangeNdrTableAt(
  "it-it",
  "11ed57b826557deb3bf9f54e90657fad9fe403a6",
);
/** A PC repair shop's Japanese guide to the errors mail returns. */
export const PCDESIGNK_JA = page(
  "https://pc-design-k.jp/repair/20240412104457/",
  "pc-design-k.jp: a PC repair shop's guide to mail that cannot be sent (title not in the stored excerpt)",
);

// Session 19 (i18n6): the pages ./localized-not-found.ts quotes, for "the address was not found",
// and the first-party wordings of a disabled mailbox added to ./localized-vocabulary.ts.

/** Microsoft's own help on NDR 5.1.10 in each language (support.office.com, one article id). */
const ms5110 = (lang: string, slug: string, title: string) =>
  page(
    `https://support.office.com/${lang}/article/${slug}-5a04a25a-a34f-476b-afc6-007fb92f86a1`,
    `${title}, Microsoft Support (${lang})`,
  );
export const MS_5110_DE = ms5110(
  "de-de",
  "Beheben-von-Problemen-mit-der-Zustellung-von-E-Mails-bei-Fehlercode-5-1-10-in-Office-365",
  "Beheben von Problemen mit der Zustellung von E-Mails bei Fehlercode 5.1.10 in Office 365",
);
export const MS_5110_IT = ms5110(
  "it-it",
  "risolvere-i-problemi-di-recapito-della-posta-elettronica-per-il-codice-di-errore-5-1-10-in-office-365",
  "Risolvere i problemi di recapito della posta elettronica per il codice di errore 5.1.10 in Office 365",
);
export const MS_5110_NL = ms5110(
  "nl-nl",
  "problemen-met-e-mailbezorging-bij-foutcode-550-5-1-10-in-office-365-oplossen",
  "Problemen met e-mailbezorging bij foutcode 550 5.1.10 in Office 365 oplossen",
);
export const MS_5110_PL = ms5110(
  "pl-pl",
  "rozwi%C4%85zywanie-problem%C3%B3w-dotycz%C4%85cych-b%C5%82%C4%99d%C3%B3w-kodu-550-5-1-10-w-us%C5%82udze-office-365-dostarczania-wiadomo%C5%9Bci-e-mail",
  "Rozwiązywanie problemów dotyczących błędów kodu 550 5.1.10 w usłudze Office 365 dostarczania wiadomości e-mail",
);
/** The same article on Microsoft Learn (German), its newer wording. */
export const MS_5110_DE_LEARN = page(
  "https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online",
  'NDR-Fehler "550 5.1.10" in Exchange Online behoben, Microsoft Learn (de-de)',
);
/** GMX's own newsroom (GMX, a German mailbox provider) on bounce messages. */
export const GMX_NEWSROOM_DE = page(
  "https://newsroom.gmx.net/2017/09/28/unzustellbar-fehlermeldungen-email/",
  "Unzustellbar: Was tun, wenn E-Mails beim Empfänger nicht ankommen?, GMX Newsroom",
);
/** A German host's own help centre for its Exchange mailboxes: each reply with its German reading. */
export const PARROT_MEDIA_DE = page(
  "https://www.parrot-media.de/mediathek/help-center/exchange-e-mail-postfaecher/probleme-beim-versenden-oder-empfangen-von-e-mails/",
  "Probleme beim Versenden oder Empfangen von E-Mails, parrot media Help Center (a German host's help)",
);
/** A Swiss host's own support pages: its common replies with their German reading. */
export const ONESYSTEMS_DE = page(
  "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen",
  "Übersicht häufig vorkommender Fehlermeldungen, One Systems Support (a Swiss host's help)",
);
// Microsoft's Exchange 2013 documentation (exchangeNdrTableAt above) at the commits read this
// session: its 5.2.1 row ("Mailbox cannot be accessed") in each language.
export const EXCHANGE_NDR_DE_6E80 = exchangeNdrTableAt(
  "de-de",
  "6e8012f9b7f79ae29a4cac64255c7db609a73c15",
);
export const EXCHANGE_NDR_ES_E6E7 = exchangeNdrTableAt(
  "es-es",
  "e6e74d129b926b3b282360fa27188804ebd33f37",
);
export const EXCHANGE_NDR_IT_926F = exchangeNdrTableAt(
  "it-it",
  "926f7f91179c684b44c8f7764441c3453f6f47b2",
);
export const EXCHANGE_NDR_PT_6B85 = exchangeNdrTableAt(
  "pt-br",
  "6b8511ff5f5c61e96fea4ea7e96ebe7abb6a2c5e",
);
export const EXCHANGE_NDR_FR_918F = exchangeNdrTableAt(
  "fr-fr",
  "918fa50fc769ae8ae87938e20f4cbc71c618e471",
);
/** Microsoft's Exchange 2013 documentation (de-de): recipient resolution, its kinds of report. */
export const EXCHANGE_RECIPIENT_RESOLUTION_DE = page(
  "https://github.com/MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de/blob/6e8012f9b7f79ae29a4cac64255c7db609a73c15/Exchange-Server-2013/recipient-resolution-exchange-2013-help.md",
  "Empfängerauflösung, Microsoft's Exchange 2013 documentation (de-de)",
);
/** IONOS's own German help: the status codes of its undeliverable mail, each with its reading. */
export const IONOS_DE = page(
  "https://www.ionos.de/hilfe/e-mail/problemloesungen-mail-basicmail-business/fehlermeldungen-bei-unzustellbarer-e-mail/",
  "Fehlermeldungen bei unzustellbarer E-Mail, IONOS Hilfe-Center",
);
/** IONOS's own German help on the replies its mail servers give senders. */
export const IONOS_SMTP_DE = page(
  "https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver",
  "SMTP-Fehlermeldungen der IONOS Mailserver, IONOS Hilfe-Center",
);
/** STRATO's own German FAQ on mail errors, each reply with its German reading. */
export const STRATO_DE = page(
  "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/",
  "Fehlermeldungen bei E-Mails, STRATO FAQ #2420",
);
/** LWS (a French host)'s own German help: each common reply with its German reading. */
export const LWS_DE = page(
  "https://help.lwshosting.com/de/Die-wichtigsten-E-Mail-Fehlercodes-und-ihre-Bedeutung",
  "Die wichtigsten E-Mail-Fehlercodes und ihre Bedeutung, LWS Hilfe",
);
/** Gmail's own German help on bounces, the older page (answer 82454). */
export const GMAIL_BOUNCE_DE_82454 = page(
  "https://support.google.com/mail/bin/answer.py?hl=de&answer=82454&topic=1668979&ctx=topic",
  "Unzustellbare oder abgelehnte E-Mails, Gmail-Hilfe (answer 82454)",
);
export const MS_5110_SV = ms5110(
  "sv-se",
  "Korrigera-problem-med-e-postleverans-f%C3%B6r-felkod-5-1-10-i-Office-365",
  "Korrigera problem med e-postleverans för felkod 5.1.10 i Office 365",
);
export const MS_5110_CS = ms5110(
  "cs-cz",
  "%C5%98e%C5%A1en%C3%AD-probl%C3%A9m%C5%AF-s-doru%C4%8Dov%C3%A1n%C3%ADm-e-mail%C5%AF-v-Office-365-%E2%80%93-k%C3%B3d-chyby-5-1-10",
  "Řešení problémů s doručováním e-mailů v Office 365 – kód chyby 5.1.10",
);
/** IONOS's own German help on mail that cannot be received (the recipient's side). */
export const IONOS_RECEIVE_DE = page(
  "https://ionos.de/hilfe/e-mail/problemloesungen-mail-basicmail-business/empfang-von-e-mails-nicht-moeglich",
  "Empfang von E-Mails nicht möglich, IONOS Hilfe-Center",
);
/** VDX's (a Dutch host and registrar) own help: mail that cannot be received into a full mailbox. */
export const VDX_NL = page(
  "https://www.domein-registreren.nl/ik-ontvang-geen-emails-meer-mijn-mailbox-zit-vol_807.html",
  "Ik ontvang geen e-mails meer, mijn mailbox zit vol, domein-registreren.nl (VDX) help",
);

// Session 20 (i18n7): first-party pages for the sender's side of the matrix (./localized-refusals.ts):
// an account or tenant blocked for spam, a banned sending IP, a relay refused, a rate limit.

/** Microsoft Learn (de-de): NDR 5.1.8, the German NDR an account blocked for spam receives, quoted in full. */
export const MS_518_DE = page(
  "https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-1-8-in-exchange-online",
  'NDR-Fehlercode "550 5.1.8 Zugriff verweigert, ungültiger ausgehender Absender", Microsoft Learn (de-de)',
);
/** Microsoft Support (de-de): Exchange Online's NDRs 5.7.703, 5.7.705, 5.7.708 and 5.7.750, each quoted. */
export const MS_5770X_DE = page(
  "https://support.microsoft.com/de-de/topic/ndr-fehlercodes-550-5-7-703-550-5-7-705-550-5-7-708-und-550-5-7-750-f5675801-1846-4d1c-9599-5b4e26a9175d",
  "NDR-Fehlercodes 550 5.7.703, 550 5.7.705, 550 5.7.708 und 550 5.7.750, Microsoft Support (de-de)",
);
/** Microsoft Learn (it-it): the delist portal, quoting the NDR of a sending IP on Microsoft 365's blocked senders list. */
export const MS_DELIST_IT = page(
  "https://learn.microsoft.com/it-it/microsoft-365/security/office-365-security/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis",
  "Mittenti esterni: usare il portale delist per rimuovere se stessi dall'elenco dei mittenti bloccati e dall'indirizzo 5.7.511 Errori di accesso negato, Microsoft Learn (it-it)",
);
/**
 * Google Workspace's SMTP error list (answer 3726730): the stored copy of this address is the
 * Swedish page, each English reply given in Swedish.
 */
export const WORKSPACE_SMTP_SV = page(
  "https://support.google.com/a/answer/3726730?utm_source=thenewsletternewsletter&utm_medium=website&utm_campaign=100623",
  "SMTP-fel och SMTP-koder i Gmail, Google Workspace-hjälpen (the stored copy is in Swedish)",
);
/**
 * Microsoft's own article on Outlook's relay errors ("I get a 550, 553, or Relay Prohibited error
 * when sending email messages", article 65b494a4), in each language: it quotes Outlook's error with
 * the server's "Relaying Denied" reply translated.
 */
export const MS_RELAY_NL = page(
  "https://support.microsoft.com/nl-nl/office/ik-ontvang-550-553-en-doorstuurfouten-relay-bij-het-verzenden-van-e-mailberichten-65b494a4-0a15-433e-829f-e73651e0245e",
  "Ik ontvang 550-, 553- en doorstuurfouten (relay) bij het verzenden van e-mailberichten, Microsoft Support (nl-nl; title read from its address)",
);
export const MS_RELAY_SV = page(
  "https://support.microsoft.com/sv-se/office/jag-f%C3%A5r-ett-felmeddelande-om-550-553-eller-f%C3%B6rbjuden-vidarebefordran-n%C3%A4r-jag-skickar-e-postmeddelanden-65b494a4-0a15-433e-829f-e73651e0245e?ui=sv-se&rs=sv-se&ad=se",
  "Jag får ett felmeddelande om 550, 553 eller förbjuden vidarebefordran när jag skickar e-postmeddelanden, Microsoft Support (sv-se)",
);
export const MS_RELAY_SV_OLD = page(
  "https://support.office.com/sv-se/article/ett-felmeddelande-av-typen-550-553-eller-f%C3%B6rbjuden-vidarebefordran-visas-n%C3%A4r-jag-skickar-e-postmeddelanden-65b494a4-0a15-433e-829f-e73651e0245e",
  "Ett felmeddelande av typen 550, 553 eller förbjuden vidarebefordran visas när jag skickar e-postmeddelanden, Microsoft Support (sv-se, the older machine-translated page)",
);
export const MS_RELAY_PT_BR = page(
  "http://office.microsoft.com/pt-br/outlook-help/recebo-um-erro-550-553-ou-de-retransmissao-proibida-ao-enviar-emails-HA010080002.aspx",
  "Recebo um erro 550, 553 ou de retransmissão proibida ao enviar emails, Ajuda do Outlook (pt-br)",
);
export const MS_RELAY_PT_PT = page(
  "https://support.microsoft.com/pt-pt/office/recebi-um-erro-550-553-ou-de-proibi%C3%A7%C3%A3o-de-reencaminhamento-ao-enviar-mensagens-de-e-mail-65b494a4-0a15-433e-829f-e73651e0245e",
  "Recebi um erro 550, 553 ou de proibição de reencaminhamento ao enviar mensagens de e-mail, Microsoft Support (pt-pt)",
);
export const MS_RELAY_PT_PT_OLD = page(
  "http://office.microsoft.com/pt-pt/outlook-help/resolucao-de-problemas-dos-erros-550-553-e-erros-de-proibicao-de-reencaminhamento-HA001112833.aspx",
  "Resolução de problemas dos erros 550, 553 e erros de proibição de reencaminhamento, Ajuda do Outlook 2003 (pt-pt)",
);
/** Gmail's own help on bounces (answer 6596) in Slovak. */
export const GMAIL_BOUNCE_SK = page(
  "https://support.google.com/mail/answer/6596?hl=sk",
  "Riešenie problémov s vrátenými a odmietnutými správami, Pomocník Gmailu (sk)",
);
/** A Polish host's own help (konto.pl, Forpsi): its SMTP server's 5.1.0 replies and what they mean. */
export const KONTO_PL_510 = page(
  "https://support.konto.pl/kb/a2164/blad-5_1_0.aspx",
  "Błąd 5.1.0, konto.pl pomoc (a Polish host's help on its own SMTP server's replies)",
);
/**
 * Microsoft Learn's page on Exchange Online's NDR for a sender over its sending (submission) quota,
 * in each language: it quotes the NDR's own sentence as that language's NDR gives it.
 */
const msSubmissionQuota = (url: string, title: string) => page(url, `${title}, Microsoft Learn`);
export const MS_SUBMISSION_QUOTA_FR = msSubmissionQuota(
  "https://learn.microsoft.com/fr-fr/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online",
  "Correction de l’erreur NDR « le quota de soumission de l’expéditeur a été dépassé » dans Exchange Online (fr-fr)",
);
export const MS_SUBMISSION_QUOTA_IT = msSubmissionQuota(
  "https://learn.microsoft.com/it-it/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online",
  'Correzione dell\'errore NDR "la quota di invio del mittente è stata superata" in Exchange Online (it-it)',
);
export const MS_SUBMISSION_QUOTA_SV = msSubmissionQuota(
  "https://learn.microsoft.com/sv-se/exchange/troubleshoot/email-delivery/ndr/fix-error-for-submission-quota-exceeded-in-exchange-online",
  'Åtgärda NDR-felet "avsändarens sändningskvot överskreds" i Exchange Online (sv-se)',
);
export const MS_SUBMISSION_QUOTA_KO = msSubmissionQuota(
  "https://docs.microsoft.com/ko-kr/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online",
  'Exchange Online "보낸 사람의 제출 할당량을 초과했다"는 NDR 오류 수정 (ko-kr)',
);
/** Microsoft's own help on NDR 5.1.10 in French (the same article as MS_5110_DE above). */
export const MS_5110_FR = ms5110(
  "fr-fr",
  "Corriger-les-probl%C3%A8mes-de-remise-des-courriers-%C3%A9lectroniques-pour-le-code-d-erreur-5-1-10-dans-Office-365",
  "Corriger les problèmes de remise des courriers électroniques pour le code d’erreur 5.1.10 dans Office 365",
);
// Orange's own bilingual replies (French, then English), real server output as senders pasted it
// in public issue threads (the threads ./../../providers/orange.ts cites for the same codes).
export const ORANGE_REPLY_FM60 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/pull/60",
  "Update Orange 550 (ActiveCampaign/smtp-field-manual #60): Orange's OFR006_102 reply as a sender logged it",
);
export const ORANGE_REPLY_S240 = page(
  "https://github.com/sisimai/p5-sisimai/issues/240",
  "SMTP Error codes in orange.fr (sisimai/p5-sisimai #240): Orange's replies as a sender logged them",
);
/** Microsoft's own help on NDR 5.1.10 in Norwegian (Bokmål), Hungarian and Estonian (article 5a04a25a). */
export const MS_5110_NB = page(
  "https://support.office.com/nb-no/article/l%C3%B8se-problemer-med-levering-av-e-post-for-feilkode-550-5-1-10-i-office-365-5a04a25a-a34f-476b-afc6-007fb92f86a1?ui=nb-NO&rs=nb-NO&ad=NO",
  "Løse problemer med levering av e-post for feilkode 550 5.1.10 i Office 365, Microsoft Support (nb-no)",
);
export const MS_5110_HU = page(
  "https://support.office.com/hu-hu/article/Az-5-1-10-es-hibak%C3%B3d%C3%BA-lev%C3%A9lk%C3%A9zbes%C3%ADt%C3%A9si-probl%C3%A9m%C3%A1k-megold%C3%A1sa-az-Office-365-ben-5a04a25a-a34f-476b-afc6-007fb92f86a1",
  "Az 5.1.10-es hibakódú levélkézbesítési problémák megoldása az Office 365-ben, Microsoft Support (hu-hu)",
);
export const MS_5110_ET = page(
  "https://support.office.com/et-ee/article/meiliedastusprobleemide-t%C3%B5rkekood-550-5-1-10-lahendamine-teenusekomplektis-office-365-5a04a25a-a34f-476b-afc6-007fb92f86a1",
  "Meiliedastusprobleemide (tõrkekood 550 5.1.10) lahendamine teenusekomplektis Office 365, Microsoft Support (et-ee)",
);
/** GoDaddy's own Swedish help on its mail's bounces (the table GODADDY_DE and GODADDY_JA translate). */
export const GODADDY_SV = page(
  "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568",
  "Vad är en e-postavvisning?, GoDaddy Hjälp (Microsoft 365 från GoDaddy)",
);
/** GoDaddy's own Swedish help on fixing a bounce (its newer table of the same bounces). */
export const GODADDY_SV_40685 = page(
  "https://se.godaddy.com/help/atgarda-avvisat-e-postmeddelande-med-ett-avvisningsfel-40685",
  "Åtgärda avvisat e-postmeddelande med ett avvisningsfel, GoDaddy Hjälp",
);
/** GoDaddy's own Polish help on fixing a bounce (the table GODADDY_SV_40685 translates). */
export const GODADDY_PL_40685 = page(
  "https://pl.godaddy.com/help/napraw-odrzucone-wiadomosci-e-mail-z-bledem-odsylania-40685",
  "Napraw odrzucone wiadomości e -mail z błędem odsyłania, GoDaddy Pomoc",
);
/** Microsoft's own Czech Outlook article on relay errors (the article MS_RELAY_NL translates). */
export const MS_RELAY_CS = page(
  "https://support.microsoft.com/cs-cz/office/p%C5%99i-odes%C3%ADl%C3%A1n%C3%AD-e-mailov%C3%BDch-zpr%C3%A1v-se-mi-zobraz%C3%AD-chyba-550-553-nebo-p%C5%99enos-zak%C3%A1zan%C3%A1-65b494a4-0a15-433e-829f-e73651e0245e?ui=cs-cz&rs=cs-cz&ad=cz",
  "Při odesílání e-mailových zpráv se mi zobrazí chyba 550, 553 nebo přenos zakázaná, Microsoft Support (cs-cz)",
);
/** Microsoft's older Slovak copy of the same article (machine-translated, as it says). */
export const MS_RELAY_SK_OLD = page(
  "https://support.office.com/sk-sk/article/Pri-odosielan%C3%AD-e-mailov%C3%BDch-spr%C3%A1v-sa-vyskytn%C3%BA-chyby-550-553-alebo-zak%C3%A1zan%C3%BD-prenos-65b494a4-0a15-433e-829f-e73651e0245e",
  "Pri odosielaní e-mailových správ sa vyskytnú chyby 550, 553, alebo zakázaný prenos, Microsoft Support (sk-sk, the older machine-translated page)",
);
/** Microsoft's own Polish KB article on the SMTP relay error in Outlook (KB 290842). */
export const MS_RELAY_PL = page(
  "https://support.microsoft.com/pl-pl/help/290842/you-receive-a-smtp-relay-blocks-error-message-when-you-send-e-mail-messages-in-outlook",
  "Podczas wysyłania wiadomości pojawia się komunikat o błędzie informujący o blokowaniu przekazywania protokołu SMTP, Microsoft Support (pl-pl, KB 290842)",
);
/**
 * A German host's own FAQ on its refusals (bytecamp): each reply as its servers give it, the
 * English text with its German in brackets, then what it means.
 */
export const BYTECAMP_DE = page(
  "https://www.bytecamp.net/de/faq/email/zustellen.html",
  "FAQ: Fehlermeldungen bei Zustellproblemen, bytecamp",
);
/** A German IT service's list of the refusals its customers ask about (a third party). */
export const PGA_IT_DE = page(
  "https://pga-it.de/?p=211",
  "Liste SMTP Fehlercodes, PGA IT (an IT service's blog)",
);
/**
 * The same Outlook article on relay errors (MS_RELAY_NL's) in German, French, Spanish and
 * Italian: each quotes the server's "550 <address>... Relaying Denied" in its own language.
 */
export const MS_RELAY_DE = page(
  "https://support.office.com/de-de/article/Beim-Senden-von-E-Mail-Nachrichten-wird-die-Fehlermeldung-550-die-Fehlermeldung-553-oder-eine-Fehlermeldung-im-Zusammenhang-mit-verbotenem-Relay-angezeigt-65b494a4-0a15-433e-829f-e73651e0245e",
  "Beim Senden von E-Mail-Nachrichten wird die Fehlermeldung 550, die Fehlermeldung 553 oder eine Fehlermeldung im Zusammenhang mit verbotenem Relay angezeigt, Microsoft Support (de-de)",
);
export const MS_RELAY_JA = page(
  "https://support.microsoft.com/ja-jp/office/メール-メッセージを送信すると-550-553-またはリレー禁止エラーを受信します-65b494a4-0a15-433e-829f-e73651e0245e",
  "メール メッセージを送信すると、550、553、またはリレー禁止エラーを受信します, Microsoft サポート (ja-jp)",
);
/** Sakura Internet's own manual (an archived copy): its SMTP server's "550 Relaying Denied", explained. */
export const SAKURA_RELAY_JA = page(
  "http://153.127.202.30/20060702045751/support-sub/support/post/manual/trouble/smtp_550b.html",
  "送信エラー [ 550 Relaying Denied ], さくらインターネット サポート (an archived copy of its manual)",
);
export const MS_RELAY_ZH = page(
  "https://support.microsoft.com/zh-cn/office/%E5%8F%91%E9%80%81%E7%94%B5%E5%AD%90%E9%82%AE%E4%BB%B6%E6%97%B6-%E6%88%91%E6%94%B6%E5%88%B0-550-553-%E6%88%96%E4%B8%AD%E7%BB%A7%E7%A6%81%E6%AD%A2%E7%9A%84%E9%94%99%E8%AF%AF-65b494a4-0a15-433e-829f-e73651e0245e",
  "发送电子邮件时，我收到 550、553 或中继禁止的错误, Microsoft 支持 (zh-cn)",
);
/** A list of a Chinese mail server's replies, each with its Chinese reading (a document host's copy). */
export const CN_REPLY_LIST_360DOCS = page(
  "https://360docs.net/doc/a61843873.html",
  "a Chinese mail server's SMTP replies with their Chinese readings (a document host's copy)",
);
export const MS_RELAY_FR = page(
  "https://support.microsoft.com/fr-fr/office/je-re%C3%A7ois-une-erreur-550-553-ou-de-relais-interdit-lors-de-l-envoi-de-courriers-%C3%A9lectroniques-65b494a4-0a15-433e-829f-e73651e0245e",
  "Je reçois une erreur 550, 553 ou de relais interdit lors de l'envoi de courriers électroniques, Microsoft Support (fr-fr)",
);
/** Microsoft's French KB 290842 (the article MS_RELAY_PL translates). */
export const MS_RELAY_FR_KB = page(
  "http://support.microsoft.com/kb/290842/fr",
  "OL2002 : Message d'erreur de blocage de relais SMTP lorsque vous envoyez des messages, Microsoft Support (fr, KB 290842)",
);
export const MS_RELAY_ES = page(
  "https://support.microsoft.com/es-es/office/recibo-un-error-550-553-o-retransmisi%C3%B3n-prohibido-al-enviar-mensajes-de-correo-electr%C3%B3nico-65b494a4-0a15-433e-829f-e73651e0245e?ui=es-es&rs=es-es&ad=es",
  "Recibo un error 550, 553 o retransmisión prohibido al enviar mensajes de correo electrónico, Microsoft Support (es-es)",
);
export const MS_RELAY_IT = page(
  "https://support.office.com/it-it/article/Visualizzazione-di-un-errore-550-553-o-di-inoltro-durante-l-invio-di-messaggi-di-posta-elettronica-65B494A4-0A15-433E-829F-E73651E0245E",
  "Visualizzazione di un errore 550, 553 o di inoltro durante l'invio di messaggi di posta elettronica, Microsoft Support (it-it)",
);
/** GoDaddy's own Indonesian help on fixing a bounce (the table GODADDY_PL_40685 translates). */
export const GODADDY_ID_40685 = page(
  "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685",
  "Perbaiki email yang ditolak dengan kesalahan pentalan, GoDaddy Bantuan",
);
/** GoDaddy's own Vietnamese help on its mail's bounces (the table GODADDY_SV translates). */
export const GODADDY_VI = page(
  "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568",
  "Email của tôi trả lại có ý nghĩa gì?, Trợ giúp GoDaddy",
);

// Session 21 (i18n8): Microsoft's localized page on its delist portal (the same page as
// MS_DELIST_IT, in ten more languages), each copy pinned to a commit of Microsoft's localization
// repository (or, where only a fork is stored, of that fork, whose file is Microsoft's own). Every
// copy quotes the 5.7.606-649 reply translated (ms.translationtype: MT, a machine translation):
// Exchange Online sends that reply in English, so these words are the page's, never the server's.
const msDelist = (lang: string, repo: string, commit: string, title: string) =>
  page(
    `https://github.com/${repo}/blob/${commit}/microsoft-365/security/office-365-security/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis.md`,
    `${title}, Microsoft Learn (${lang}, learn.microsoft.com/${lang}/microsoft-365/security/office-365-security/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis)`,
  );
export const MS_DELIST_DE = msDelist(
  "de-de",
  "MicrosoftDocs/microsoft-365-docs-pr.de-DE",
  "75fb7b7c8a72fd92dada4b6dc0a60c2da97d7e26",
  "Verwenden des Listenentfernungsportals, um sich selbst aus der Liste der blockierten Absender von Office 365 zu entfernen",
);
export const MS_DELIST_FR = msDelist(
  "fr-fr",
  "MicrosoftDocs/microsoft-365-docs-pr.fr-FR",
  "38a529f0bce386935cdaed7c21b53302adeb98c3",
  "Qu’est-ce que la liste des expéditeurs bloqués ? (portail Supprimer de la liste)",
);
export const MS_DELIST_NL = msDelist(
  "nl-nl",
  "MicrosoftDocs/microsoft-365-docs-pr.nl-NL",
  "5ecbb502a8d3a3edec28603d34c8682ca5bf89b3",
  "Uzelf verwijderen uit de lijst met geblokkeerde afzenders",
);
export const MS_DELIST_PT_BR = msDelist(
  "pt-br",
  "MicrosoftDocs/microsoft-365-docs-pr.pt-BR",
  "c38891c3ca64a86f95d48e848282eb270ea2c374",
  "Remover-se da lista de remetentes bloqueados",
);
export const MS_DELIST_RU = msDelist(
  "ru-ru",
  "MicrosoftDocs/microsoft-365-docs-pr.ru-RU",
  "3336f3136cbd71e0f26df6b6eb08ffa7e9637086",
  "Удаление себя из списка заблокированных отправителей Office 365 с помощью портала удаления из списка",
);
export const MS_DELIST_SV = msDelist(
  "sv-se",
  "MicrosoftDocs/microsoft-365-docs-pr.sv-SE",
  "d5f95e4dbb9a67538962407d93d795085c3dad76",
  "Ta bort dig själv från listan blockerade avsändare",
);
export const MS_DELIST_DA = msDelist(
  "da-dk",
  "MicrosoftDocs/microsoft-365-docs-pr.da-DK",
  "acfd3c7e24009ab0eded0162f5cafe185b0cbcad",
  "Hvad er listen over blokerede afsendere? (fralisteportalen)",
);
/** A fork of MicrosoftDocs/microsoft-365-docs-pr.es-ES (the stored copy); the file is Microsoft's. */
export const MS_DELIST_ES = msDelist(
  "es-es",
  "Kaputt4/microsoft-365-docs-pr.es-ES",
  "5d1ef4d518e0808f12adf7131aa0bcbcebdf92c6",
  "Quitarse de la lista de remitentes bloqueados",
);
/** A fork of MicrosoftDocs/microsoft-365-docs-pr.pl-PL (the stored copy); the file is Microsoft's. */
export const MS_DELIST_PL = msDelist(
  "pl-pl",
  "dragonix-11/microsoft-365-docs-pr.pl-PL",
  "5892eccdcedfca1ee060146d507e0c6e7e33212d",
  "Co to jest lista zablokowanych nadawców? (portal usuwania z listy)",
);
/** A fork of MicrosoftDocs/microsoft-365-docs-pr.tr-TR (the stored copy); the file is Microsoft's. */
export const MS_DELIST_TR = msDelist(
  "tr-tr",
  "KaganCanSit/microsoft-365-docs-pr.tr-TR",
  "84728ccd42d2ff26b7f713a415fc50f3f9af11bb",
  "Engellenen gönderenler listesi nedir? (liste portalı)",
);
/** Another fork of MicrosoftDocs/microsoft-365-docs-pr.tr-TR, a later translation of the same page. */
export const MS_DELIST_TR_2 = msDelist(
  "tr-tr",
  "Centaurioun/microsoft-365-docs-pr.tr-TR",
  "9e85df52e43c8005304b20617b0289693e182bed",
  "Engellenen gönderenler listesi nedir? (listeden çıkarma portalı)",
);

// Session 21 (i18n8): Google's own localized help on Gmail's sending limits (the error messages
// Gmail itself gives a user over a limit, in the user's language) and on its SMTP relay service's
// errors (the English replies' names, translated on the page).
export const WORKSPACE_LIMITS_DE = page(
  "https://support.google.com/a/answer/166852?hl=de&from=166862&rd=1",
  "Gmail-Sendebeschränkungen in Google Workspace, Google Workspace-Admin-Hilfe",
);
export const WORKSPACE_LIMITS_FR = page(
  "https://support.google.com/a/answer/166852?authuser=3&hl=fr",
  "Google Workspace admin help, answer 166852 in French: Gmail's sending limits (title not in the stored excerpt)",
);
export const WORKSPACE_LIMITS_FR_GSUITE = page(
  "https://support.google.com/a/answer/166852?hl=fr",
  "Limites d'envoi Gmail dans G Suite, Aide Administrateur G Suite",
);
export const WORKSPACE_LIMITS_RU = page(
  "https://support.google.com/a/answer/166852?hl=ru&ref_topic=28609",
  "Google Workspace admin help, answer 166852 in Russian: Gmail's sending limits (title not in the stored excerpt)",
);
export const WORKSPACE_RELAY_ERRORS_TR = page(
  "https://support.google.com/a/answer/6140680?hl=tr&ref_topic=2921034",
  "SMTP geçiş hizmeti ile ilgili hata mesajları, Google Workspace Yönetici Yardımı",
);

// Session 21 (i18n8): Microsoft Support's German articles on two Exchange Online replies, each
// quoting the English reply translated (the KB article says it was machine-translated).
export const MS_SUPPORT_541_DE = page(
  "https://support.microsoft.com/de-de/topic/ndr-fehlercode-550-5-4-1-empf%C3%A4ngeradresse-abgelehnt-zugriff-verweigert-c0e98a8e-81db-49c2-9bf1-32a1734d3e77",
  'NDR-Fehlercode 550 5.4.1 "Empfängeradresse abgelehnt: Zugriff verweigert", Microsoft Support (de-de)',
);
export const MS_KB_2603474_DE = page(
  "http://support.microsoft.com/kb/2603474/de",
  '"Relay-Zugriff verweigert" oder "Hop Count überschritten" non-Delivery Report (NDR) Fehlermeldung, wenn Benutzer Office 365 Benutzer e-Mail, Microsoft Support KB 2603474 (de)',
);
export const MS_DELIST_AR = msDelist(
  "ar-sa",
  "MicrosoftDocs/microsoft-365-docs-pr.ar-SA",
  "57b3e64d03eee6bc0330c6d77de10ceae480f9e3",
  "ما هي قائمة المرسلين المحظورين؟ (مدخل الحذف)",
);
/** A fork of MicrosoftDocs/microsoft-365-docs-pr.ko-KR (the stored copy); the file is Microsoft's. */
export const MS_DELIST_KO = msDelist(
  "ko-kr",
  "KSH-code/microsoft-365-docs-pr.ko-KR",
  "16a45340d49c5cb2404642f17c560d7e6558fb25",
  "수신이 차단된 보낸 사람 목록이란? (목록 제거 포털)",
);
export const MS_DELIST_ZH_TW = msDelist(
  "zh-tw",
  "MicrosoftDocs/microsoft-365-docs-pr.zh-TW",
  "04155072d0bc78b09299718e311c1ae1b7146c8c",
  "使用取消列出入口網站，將您自己從 Office 365 封鎖寄件者清單中移除",
);
/** A fork of MicrosoftDocs/microsoft-365-docs-pr.zh-CN (the stored copy); the file is Microsoft's. */
export const MS_DELIST_ZH_CN = msDelist(
  "zh-cn",
  "TakaSoap/microsoft-365-docs-pr.zh-CN",
  "328b0c092cf59ced3a21f4bd55a8828ad2511c33",
  "阻止的发件人名单是什么？(除名门户)",
);
/** A fork of MicrosoftDocs/microsoft-365-docs-pr.ja-JP (the stored copy); the file is Microsoft's. */
export const MS_DELIST_JA = msDelist(
  "ja-jp",
  "r3d-b3ryl/microsoft-365-docs-pr.ja-JP",
  "8fa7f0dd8da279822da8eebda942773c33378e69",
  "ブロックされた送信者リストとは (リストから削除するポータル)",
);
