// Concepts (see ./types.ts) for Microsoft 365's refusal of a sending IP on its own blocked senders
// list (550 5.7.606-649 "Access denied, banned sending IP"), in the fourteen languages other than
// Italian (./localized-refusals.ts) in which Microsoft's page on its delist portal quotes it.
//
// What these words are: each page quotes the English reply machine-translated (the copies whose
// header was read say ms.translationtype: MT). Exchange Online answers in English, so no server
// sends these words; they reach the tool when the page, or a bounce run through a translator, is
// what the user has. Hence one concept per language with both halves of the reply's own phrase
// ("banned" next to "sending IP"), so that a sentence about sending from an IP, or about something
// else forbidden, stays silent. Each example is the page's line as it renders (Markdown emphasis
// and link brackets dropped), cut before its "for more information" sentence.
// Sources: ./localized-sources.ts (MS_DELIST_*).
import type { Concept, ConceptExample } from "./types";
import {
  MS_DELIST_AR,
  MS_DELIST_DA,
  MS_DELIST_DE,
  MS_DELIST_ES,
  MS_DELIST_FR,
  MS_DELIST_JA,
  MS_DELIST_KO,
  MS_DELIST_NL,
  MS_DELIST_PL,
  MS_DELIST_PT_BR,
  MS_DELIST_RU,
  MS_DELIST_SV,
  MS_DELIST_TR,
  MS_DELIST_TR_2,
  MS_DELIST_ZH_CN,
  MS_DELIST_ZH_TW,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const BANNED_IP_SAYS =
  "the sending server's IP address is on the receiver's own list of blocked senders (Microsoft 365's, with its delist portal)";

const banned = (
  lang: string,
  subject: readonly string[],
  failure: readonly string[],
  examples: readonly ConceptExample[],
): Concept => ({
  id: `concept.l10n.${lang}.banned-sending-ip`,
  cause: "ip-blocklisted",
  says: BANNED_IP_SAYS,
  subject,
  failure,
  examples,
});

export const LOCALIZED_BANNED_IP_CONCEPTS: readonly Concept[] = [
  // "verbannte Absender IP" (banned sender IP).
  banned(
    "de",
    ["absender ip"],
    ["verbannte"],
    [
      ex(
        "550 5.7.606-649 Zugriff verweigert, verbannte Absender IP [IP-Adresse]; Wenn Sie die Entfernung aus dieser Liste anfordern https://sender.office.com/ möchten, besuchen Sie die Anweisungen, und befolgen Sie diese.",
        MS_DELIST_DE,
      ),
    ],
  ),
  // "adresse IP d'envoi interdite"; the apostrophe is folded (’ -> ').
  banned(
    "fr",
    ["ip d'envoi"],
    ["interdite"],
    [
      ex(
        "550 5.7.606-649 Accès refusé, adresse IP d’envoi interdite [ adresse IP ]; Pour demander la suppression de cette liste, visitez https://sender.office.com/ et suivez les instructions.",
        MS_DELIST_FR,
      ),
    ],
  ),
  // "ip-adres verzenden verboden" (sending IP address forbidden).
  banned(
    "nl",
    ["ip-adres verzenden", "verzenden ip"],
    ["verboden"],
    [
      ex(
        "550 5.7.606-649 Access geweigerd, ip-adres verzenden verboden [IP-adres]; Als u verwijdering uit deze lijst wilt aanvragen, gaat u naar https://sender.office.com/ de routebeschrijving en volgt u deze.",
        MS_DELIST_NL,
      ),
    ],
  ),
  // "envio de IP proibido" (Brazilian page).
  banned(
    "pt",
    ["envio de ip"],
    ["proibido"],
    [
      ex(
        "550 5.7.606-649 acesso negado, envio de IP proibido [endereço IP]; Para solicitar a remoção dessa lista, acesse https://sender.office.com/ e siga as instruções.",
        MS_DELIST_PT_BR,
      ),
    ],
  ),
  // "запрещена отправка IP" (sending of IP forbidden).
  banned(
    "ru",
    ["отправка ip"],
    ["запрещена"],
    [
      ex(
        "550 5.7.606-649 доступ запрещен, запрещена отправка IP [IP-адрес]; Чтобы запросить удаление из этого списка, перейдите https://sender.office.com/ к ним и следуйте инструкциям.",
        MS_DELIST_RU,
      ),
    ],
  ),
  // "förbjuden att skicka IP" (forbidden to send IP).
  banned(
    "sv",
    ["skicka ip"],
    ["förbjuden"],
    [
      ex(
        "550 5.7.606-649 Tillträde nekad, förbjuden att skicka IP [IP-adress]; För att begära borttagning https://sender.office.com/ från denna lista besök och följ anvisningarna.",
        MS_DELIST_SV,
      ),
    ],
  ),
  // "prohibido enviar IP".
  banned(
    "es",
    ["enviar ip"],
    ["prohibido"],
    [
      ex(
        "550 5.7.606-649 Acceso denegado, prohibido enviar IP [IP address]; para solicitar la eliminación de esta lista, visite https://sender.office.com/ y siga las instrucciones.",
        MS_DELIST_ES,
      ),
    ],
  ),
  // "forbudt afsendelse IP" (forbidden sending IP).
  banned(
    "da",
    ["afsendelse ip"],
    ["forbudt"],
    [
      ex(
        "550 5.7.606-649 Adgang nægtet, forbudt afsendelse IP [IP-adresse] (ex. 5.7.511 Adgang nægtet): Hvis du vil anmode om fjernelse fra denne liste, skal du besøge https://sender.office.com/ og følge vejledningen.",
        MS_DELIST_DA,
      ),
    ],
  ),
  // "zablokowano wysyłanie adresu IP" (sending of the IP address blocked).
  banned(
    "pl",
    ["wysyłanie adresu ip"],
    ["zablokowano"],
    [
      ex(
        "550 5.7.606-649 Odmowa dostępu, zablokowano wysyłanie adresu IP [adres IP] (np. 5.7.511 Odmowa dostępu): Aby zażądać usunięcia z tej listy, odwiedź stronę https://sender.office.com/ i postępuj zgodnie z instrukcjami.",
        MS_DELIST_PL,
      ),
    ],
  ),
  // "IP göndermeyi yasakladı", later "IP göndermesi yasaklandı" (sending IP banned); dotless ı is
  // folded to i on both sides.
  banned(
    "tr",
    ["ip göndermeyi", "ip göndermesi"],
    ["yasakladı", "yasaklandı"],
    [
      ex(
        "550 5.7.606-649 Erişim reddedildi, IP göndermeyi yasakladı [IP adresi] (ör. 5.7.511 Erişim reddedildi): Bu listeden kaldırma isteğide etmek için lütfen yönergeleri ziyaret https://sender.office.com/ edin ve takip edin.",
        MS_DELIST_TR,
      ),
      ex(
        "550 5.7.606-649 Erişim reddedildi, IP göndermesi yasaklandı [IP adresi] (ör. 5.7.511 Erişim reddedildi: Bu listeden kaldırılmasını istemek için lütfen ziyaret edin https://sender.office.com/ ve yönergeleri izleyin.",
        MS_DELIST_TR_2,
      ),
    ],
  ),
  // "금지된 보내는 IP" (banned sending IP).
  banned(
    "ko",
    ["보내는 ip"],
    ["금지된"],
    [
      ex(
        "550 5.7.606-649 액세스 거부, 금지된 보내는 IP [IP 주소]; 이 목록에서 제거를 요청하기 위해 https://sender.office.com/ 방문하여 지침을 따르하세요.",
        MS_DELIST_KO,
      ),
    ],
  ),
  // "حظر إرسال IP" (banning of sending IP).
  banned(
    "ar",
    ["إرسال ip"],
    ["حظر"],
    [
      ex(
        "550 5.7.606-649 رفض Access، حظر إرسال IP [عنوان IP] (على المثال. 5.7.511 رفض الوصول): لطلب الإزالة من هذه القائمة، يرجى https://sender.office.com/ زيارة هذه القائمة واتبع التوجيهات.",
        MS_DELIST_AR,
      ),
    ],
  ),
  // "禁止傳送 IP" (Traditional), "已禁止发送 IP" (Simplified): sending IP forbidden.
  banned(
    "zh",
    ["傳送 ip", "发送 ip"],
    ["禁止"],
    [
      ex(
        "550 5.7.606-649 存取遭拒，禁止傳送 IP [IP 位址];若要要求從此清單移除請造訪https://sender.office.com/，並按照指示。",
        MS_DELIST_ZH_TW,
      ),
      ex(
        "550 5.7.606-649 访问被拒绝，已禁止发送 IP [IP 地址];若要请求从此列表删除，请访问 https://sender.office.com/ 并按照说明操作。",
        MS_DELIST_ZH_CN,
      ),
    ],
  ),
  // "アクセスが拒否され、IP [...] の送信が禁止されています": both halves of the reply, because
  // "の送信が禁止されています" alone is any sending forbidden (an account's, an attachment's).
  banned(
    "ja",
    ["の送信が禁止されています"],
    ["アクセスが拒否され、ip"],
    [
      ex(
        "550 5.7.606-649 アクセスが拒否され、IP [IP アドレス] の送信が禁止されています (例: 5.7.511 アクセスが拒否されました:このリストからの削除を要求するには、指示に https://sender.office.com/ 従ってアクセスしてください。",
        MS_DELIST_JA,
      ),
    ],
  ),
];
