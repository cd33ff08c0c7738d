// Concepts (see ./types.ts) read from Microsoft's own localized Exchange documentation: its
// table of the enhanced status codes Exchange's NDRs return, each code's cause in nine languages
// (EXCHANGE_NDR_* in ./localized-sources.ts). The ideas the other localized files lack in these
// languages: a destination server that does not respond (4.4.1), a message expired in the
// queue (4.4.7), a mailbox over its storage quota (5.2.2), a message over a size limit (5.2.3,
// 5.3.4), a relay to a system that is not the message's final destination (5.7.1), an address
// that does not exist (5.1.1, Russian). One concept per language and idea, as in
// ./localized-recipient.ts; where a language's concept for the idea exists there, the table's
// sentence is its example instead.
import type { Concept, ConceptExample } from "./types";
import { SENDER_RU } from "./localized-recipient";
import {
  EXCHANGE_NDR_DE,
  EXCHANGE_NDR_FR,
  EXCHANGE_NDR_ES,
  EXCHANGE_NDR_PT,
  EXCHANGE_NDR_IT,
  EXCHANGE_NDR_JA,
  EXCHANGE_NDR_ZH_CN,
  EXCHANGE_NDR_ZH_TW,
  EXCHANGE_NDR_KO,
  EXCHANGE_NDR_RU,
  thunderbirdComposeMsgs,
  EXCHANGE_NDR_JA_2A75,
  EXCHANGE_NDR_ZH_CN_3BB2,
  EXCHANGE_NDR_RU_05DF,
  EXCHANGE_NDR_DE_AFAE,
  EXCHANGE_NDR_FR_2895,
  EXCHANGE_NDR_ES_5E71,
  EXCHANGE_NDR_PT_28E9,
  EXCHANGE_NDR_IT_11ED,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const UNREACHABLE = "remote-unreachable" as const;
const NOT_RESPONDING_SAYS = "the destination mail server does not respond";
const EXPIRED_SAYS =
  "the sending server gave up: the message expired in its queue before the receiving server took it";
const FULL = "mailbox-full" as const;
const OVER_QUOTA_SAYS = "the recipient's mailbox is over its storage quota";
const TOO_LARGE = "message-too-large" as const;
const TOO_LARGE_SAYS = "the message is over a size limit";
const RELAY = "relay-denied" as const;
const NOT_AUTHORIZED = "sender-policy" as const;
const NOT_AUTHORIZED_SAYS =
  "the recipient's system does not permit this sender to send to this recipient (a restricted group or a rule)";
const RELAY_SAYS =
  "the sending system may not send through this server to a system that is not the message's final destination (relaying)";

export const LOCALIZED_EXCHANGE_CONCEPTS: readonly Concept[] = [
  // --- 4.4.1: the destination server does not respond ---
  {
    id: "concept.l10n.de.destination-not-responding",
    cause: UNREACHABLE,
    says: NOT_RESPONDING_SAYS,
    subject: ["zielserver"],
    failure: ["reagiert nicht", "antwortet nicht"],
    examples: [ex("Der Zielserver reagiert nicht.", EXCHANGE_NDR_DE)],
  },
  {
    id: "concept.l10n.fr.destination-not-responding",
    cause: UNREACHABLE,
    says: NOT_RESPONDING_SAYS,
    subject: ["serveur de destination"],
    failure: ["ne répond pas"],
    examples: [ex("Le serveur de destination ne répond pas.", EXCHANGE_NDR_FR)],
  },
  {
    id: "concept.l10n.es.destination-not-responding",
    cause: UNREACHABLE,
    says: NOT_RESPONDING_SAYS,
    subject: ["servidor de destino"],
    failure: ["no responde"],
    examples: [ex("El servidor de destino no responde.", EXCHANGE_NDR_ES)],
  },
  {
    id: "concept.l10n.pt.destination-not-responding",
    cause: UNREACHABLE,
    says: NOT_RESPONDING_SAYS,
    subject: ["servidor de destino"],
    failure: ["não está respondendo", "não responde"],
    examples: [ex("O servidor de destino não está respondendo.", EXCHANGE_NDR_PT)],
  },
  {
    id: "concept.l10n.it.destination-not-responding",
    cause: UNREACHABLE,
    says: NOT_RESPONDING_SAYS,
    subject: ["server di destinazione"],
    failure: ["non risponde"],
    examples: [ex("Server di destinazione non risponde.", EXCHANGE_NDR_IT)],
  },
  {
    id: "concept.l10n.ja.destination-not-responding",
    cause: UNREACHABLE,
    says: NOT_RESPONDING_SAYS,
    subject: ["配信先のサーバー", "送信先のサーバー", "サーバー"],
    failure: ["応答していません", "応答がありません"],
    examples: [ex("配信先のサーバーが応答していません。", EXCHANGE_NDR_JA)],
  },
  {
    id: "concept.l10n.zh.destination-not-responding",
    cause: UNREACHABLE,
    says: NOT_RESPONDING_SAYS,
    subject: ["目标服务器", "目的地伺服器", "服务器", "伺服器"],
    failure: ["没有响应", "沒有回應", "无响应", "無回應"],
    examples: [
      ex("目标服务器没有响应。", EXCHANGE_NDR_ZH_CN),
      ex("目的地伺服器沒有回應。", EXCHANGE_NDR_ZH_TW),
    ],
  },
  {
    id: "concept.l10n.ru.destination-not-responding",
    cause: UNREACHABLE,
    says: NOT_RESPONDING_SAYS,
    // Cyrillic letters are no word characters to the matcher: "сервер" is found in "сервера" too.
    subject: ["сервер"],
    failure: ["не отвечает"],
    examples: [ex("Конечный сервер не отвечает.", EXCHANGE_NDR_RU)],
  },

  // --- 4.4.7: the message expired in the queue (de es pt it ja: ./localized-transfer.ts) ---
  {
    id: "concept.l10n.fr.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["file d'attente"],
    failure: ["a expiré"],
    examples: [ex("Le message dans la file d'attente a expiré.", EXCHANGE_NDR_FR)],
  },
  {
    id: "concept.l10n.zh.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["队列", "佇列"],
    failure: ["已过期", "已過期"],
    examples: [
      ex("队列中的邮件已过期。", EXCHANGE_NDR_ZH_CN),
      ex("佇列中的郵件已過期。", EXCHANGE_NDR_ZH_TW),
    ],
  },
  {
    id: "concept.l10n.ko.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["큐에서", "큐의"],
    failure: ["만료"],
    examples: [ex("큐에서 메시지가 만료 되었습니다.", EXCHANGE_NDR_KO)],
  },
  {
    id: "concept.l10n.ru.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["в очереди"],
    failure: ["истек"],
    // A password's or a certificate's term is another matter.
    unless: ["парол", "сертификат"],
    examples: [ex("Срок действия сообщения в очереди истек.", EXCHANGE_NDR_RU)],
  },

  // --- 5.2.2: the mailbox is over its storage quota ---
  {
    id: "concept.l10n.de.mailbox-over-quota",
    cause: FULL,
    says: OVER_QUOTA_SAYS,
    subject: ["speicherkontingent"],
    failure: ["überschritten"],
    examples: [
      ex(
        "Das Postfach des Empfängers hat sein Speicherkontingent überschritten und kann keine weiteren neuen Nachrichten annehmen.",
        EXCHANGE_NDR_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.fr.mailbox-over-quota",
    cause: FULL,
    says: OVER_QUOTA_SAYS,
    subject: ["quota de stockage"],
    failure: ["dépassé"],
    examples: [
      ex(
        "Le quota de stockage de la boîte aux lettres du destinataire étant dépassé, celle-ci ne peut plus accepter de nouveaux messages.",
        EXCHANGE_NDR_FR,
      ),
    ],
  },
  {
    id: "concept.l10n.es.mailbox-over-quota",
    cause: FULL,
    says: OVER_QUOTA_SAYS,
    subject: ["cuota de almacenamiento"],
    failure: ["superado", "excedido"],
    examples: [
      ex(
        "El buzón del destinatario ha superado su cuota de almacenamiento y ya no puede aceptar mensajes nuevos.",
        EXCHANGE_NDR_ES,
      ),
    ],
  },
  {
    id: "concept.l10n.pt.mailbox-over-quota",
    cause: FULL,
    says: OVER_QUOTA_SAYS,
    subject: ["cota de repositório", "cota de armazenamento"],
    failure: ["excedeu", "excedid"],
    examples: [
      ex(
        "A caixa de correio do destinatário excedeu sua cota de repositório e não pode mais aceitar novas mensagens.",
        EXCHANGE_NDR_PT,
      ),
    ],
  },
  {
    id: "concept.l10n.it.mailbox-over-quota",
    cause: FULL,
    says: OVER_QUOTA_SAYS,
    subject: ["quota di archiviazione"],
    failure: ["superato"],
    examples: [
      ex(
        "La cassetta postale del destinatario ha superato la quota di archiviazione e non può più accettare nuovi messaggi.",
        EXCHANGE_NDR_IT,
      ),
    ],
  },
  {
    id: "concept.l10n.ja.mailbox-over-quota",
    cause: FULL,
    says: OVER_QUOTA_SAYS,
    subject: ["格納域"],
    failure: ["制限を超え"],
    examples: [
      ex(
        "受信者のメールボックスが格納域の制限を超え、それ以上新しいメッセージを受け付けられません。",
        EXCHANGE_NDR_JA,
      ),
    ],
  },
  {
    id: "concept.l10n.zh.mailbox-over-quota",
    cause: FULL,
    says: OVER_QUOTA_SAYS,
    subject: ["存储配额", "儲存配額"],
    failure: ["超过", "超過"],
    examples: [
      ex("收件人的邮箱已超过其存储配额，无法再接收新邮件。", EXCHANGE_NDR_ZH_CN),
      ex("收件者的信箱超過其儲存配額和不再能夠接受新郵件。", EXCHANGE_NDR_ZH_TW),
    ],
  },
  {
    id: "concept.l10n.ru.mailbox-over-quota",
    cause: FULL,
    says: OVER_QUOTA_SAYS,
    subject: ["ящик получателя"],
    failure: ["превысил свою квоту", "превысил квоту"],
    examples: [
      ex(
        "Почтовый ящик получателя превысил свою квоту и не может принимать новые сообщения.",
        EXCHANGE_NDR_RU,
      ),
    ],
  },

  // --- 5.2.3 and 5.3.4: the message is over a size limit ---
  {
    id: "concept.l10n.de.size-limit-exceeded",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["größenbeschränkung", "größenbegrenzung"],
    failure: ["übersteigt", "überschreitet", "überschritten"],
    // A mailbox's storage quota is a full mailbox.
    unless: ["speicherkontingent", "speicherplatz", "postfachs"],
    examples: [
      ex(
        "Die Nachricht übersteigt die Größenbeschränkung, die für eine Transportkomponente oder Postfachdatenbank konfiguriert wurde, und kann nicht akzeptiert werden.",
        EXCHANGE_NDR_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.fr.size-limit-exceeded",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["limite de taille"],
    failure: ["dépass"],
    // A mailbox's size limit is a full mailbox.
    unless: ["limite de taille de la boîte"],
    examples: [
      ex(
        "La taille du message dépassant la limite de taille configurée sur une base de données de transport ou de boîtes aux lettres, le message ne peut pas être accepté.",
        EXCHANGE_NDR_FR,
      ),
    ],
  },
  {
    id: "concept.l10n.es.message-too-large",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["demasiado grande", "límite de tamaño"],
    failure: ["mensaje", "supera"],
    // A mailbox over its size limit is a full mailbox ("buzones", a mailbox database, is not).
    unless: ["buzón"],
    examples: [
      ex("Este mensaje es demasiado grande y se ha superado la cuota local.", EXCHANGE_NDR_ES),
      ex(
        "El mensaje supera el límite de tamaño configurado en un transporte o en una base de datos de buzones de correo y no se puede aceptar.",
        EXCHANGE_NDR_ES,
      ),
    ],
  },
  {
    id: "concept.l10n.pt.message-too-large",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["muito grande", "limite de tamanho"],
    failure: ["mensagem", "excede"],
    // A mailbox over its size limit is a full mailbox.
    unless: ["caixa postal", "caixa de entrada", "cota de"],
    examples: [
      ex("A mensagem é muito grande e a cota local foi excedida.", EXCHANGE_NDR_PT),
      ex(
        "A mensagem excede um limite de tamanho configurado em um banco de dados de transporte ou de caixa de correio e não pode ser aceita.",
        EXCHANGE_NDR_PT,
      ),
    ],
  },
  {
    id: "concept.l10n.it.message-too-large",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["troppo grande", "limite di dimensione"],
    failure: ["messaggio", "supera"],
    // A mailbox over its size limit is a full mailbox.
    unless: ["casella"],
    examples: [
      ex("Il messaggio è troppo grande e viene superata la quota locale.", EXCHANGE_NDR_IT),
      ex(
        "Il messaggio supera il limite di dimensione configurato su un database di trasporto o di cassette postali e non può essere accettato.",
        EXCHANGE_NDR_IT,
      ),
    ],
  },
  {
    id: "concept.l10n.ja.size-limit-exceeded",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["サイズ制限", "最大サイズ"],
    failure: ["超えて", "超えた"],
    // A mailbox's capacity is a full mailbox.
    unless: ["メールボックスの容量", "保存容量", "格納域"],
    examples: [
      ex(
        "メッセージがトランスポート データベースまたはメールボックス データベースに構成されているサイズ制限を超えているため、受け付けられません。",
        EXCHANGE_NDR_JA,
      ),
      ex(
        "送信メッセージのサイズがサーバーのサイズ制限を超えたため、メッセージを送信できませんでした。",
        thunderbirdComposeMsgs("ja"),
      ),
    ],
  },
  {
    id: "concept.l10n.ko.message-too-large",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["너무 커", "크기 제한"],
    failure: ["메시지", "초과"],
    examples: [
      ex("메시지가 너무 커서 이며 로컬 할당량을 초과 하는 합니다.", EXCHANGE_NDR_KO),
      ex(
        "메시지 전송 또는 사서함 데이터베이스에 구성 된 크기 제한을 초과 하 고 허용 되지 않습니다.",
        EXCHANGE_NDR_KO,
      ),
      ex(
        "보내시려는 메시지의 크기가 서버의 일반 크기 제한 보다 큽니다.",
        thunderbirdComposeMsgs("ko"),
      ),
    ],
  },
  {
    id: "concept.l10n.ru.message-too-large",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["слишком велик", "ограничение на размер", "размер сообщения"],
    failure: ["сообщени", "письм", "превышает"],
    // A mailbox's size limit is a full mailbox.
    unless: ["размер почтового ящика", "размер ящика"],
    examples: [
      ex("Сообщение слишком велико, превышена локальная квота.", EXCHANGE_NDR_RU),
      ex(
        "Сообщение превышает ограничение на размер сообщения, заданное для транспорта или базы данных почтовых ящиков, и его не удается принять.",
        EXCHANGE_NDR_RU,
      ),
      ex(
        "Размер сообщения, которое вы пытаетесь отправить, превышает глобальный предел размера, допустимый сервером.",
        thunderbirdComposeMsgs("ru"),
      ),
    ],
  },

  // --- 5.7.1 Unable to relay: not the message's final destination ---
  {
    id: "concept.l10n.de.relay-not-final-destination",
    cause: RELAY,
    says: RELAY_SAYS,
    subject: ["endziel"],
    failure: ["darf keine"],
    examples: [
      ex(
        "Das sendende E-Mail-System darf keine Nachrichten an ein E-Mail-System senden, wenn dieses E-Mail-System nicht das Endziel der Nachricht ist.",
        EXCHANGE_NDR_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.fr.relay-not-final-destination",
    cause: RELAY,
    says: RELAY_SAYS,
    subject: ["destination finale"],
    // "... not the final destination" is the relay itself, far from its verb in the sentence.
    failure: ["pas autorisé", "pas la destination finale"],
    examples: [
      ex(
        "Le système de messagerie d’envoi n'est pas autorisé à envoyer un message à un système de messagerie lorsque celui-ci n’est pas la destination finale du message.",
        EXCHANGE_NDR_FR,
      ),
    ],
  },
  {
    id: "concept.l10n.es.relay-not-final-destination",
    cause: RELAY,
    says: RELAY_SAYS,
    subject: ["destino final"],
    failure: ["no se permite", "no sea el destino final", "no es el destino final"],
    examples: [
      ex(
        "No se permite al sistema de correo electrónico de envío enviar un mensaje a un sistema de correo electrónico en el que ese sistema de correo electrónico no sea el destino final del mensaje.",
        EXCHANGE_NDR_ES,
      ),
    ],
  },
  {
    id: "concept.l10n.pt.relay-not-final-destination",
    cause: RELAY,
    says: RELAY_SAYS,
    subject: ["destino final"],
    failure: ["não tem permissão"],
    examples: [
      ex(
        "O sistema de envio de email não tem permissão para enviar uma mensagem a um sistema de email que não seja o destino final da mensagem.",
        EXCHANGE_NDR_PT,
      ),
    ],
  },
  {
    id: "concept.l10n.it.relay-not-final-destination",
    cause: RELAY,
    says: RELAY_SAYS,
    subject: ["destinazione finale"],
    failure: ["non è autorizzato", "non è la destinazione finale"],
    examples: [
      ex(
        "Il sistema di posta elettronica di invio non è autorizzato a inviare un messaggio a un sistema di posta elettronica se quest'ultimo non è la destinazione finale del messaggio.",
        EXCHANGE_NDR_IT,
      ),
    ],
  },
  {
    id: "concept.l10n.ja.relay-not-final-destination",
    cause: RELAY,
    says: RELAY_SAYS,
    subject: ["最終送信先"],
    failure: ["許可されていません"],
    examples: [
      ex(
        "送信側の電子メール システムは、メッセージの最終送信先でない電子メール システムに対してメッセージを送信することを許可されていません。",
        EXCHANGE_NDR_JA,
      ),
    ],
  },
  {
    id: "concept.l10n.zh.relay-not-final-destination",
    cause: RELAY,
    says: RELAY_SAYS,
    subject: ["最终目的地"],
    failure: ["不允许"],
    examples: [
      ex("发送电子邮件系统不允许向不是邮件最终目的地的电子邮件系统发送邮件。", EXCHANGE_NDR_ZH_CN),
    ],
  },
  {
    id: "concept.l10n.ru.relay-not-final-destination",
    cause: RELAY,
    says: RELAY_SAYS,
    subject: ["конечным местом назначения"],
    failure: ["запрещено"],
    examples: [
      ex(
        "Системе-отправителю запрещено отправлять сообщения в почтовую систему, которая не является конечным местом назначения сообщения электронной почты.",
        EXCHANGE_NDR_RU,
      ),
    ],
  },

  // --- 5.1.1: the address does not exist (Russian: no other source in the layer) ---
  {
    id: "concept.l10n.ru.recipient-does-not-exist",
    cause: "recipient-unknown",
    says: "the recipient's address (its user, account or mailbox) does not exist",
    subject: ["адрес получателя", "получател", "пользовател", "ящик"],
    failure: ["не существует"],
    // The sender's address, the domain, a login's password.
    unless: [...SENDER_RU, "домен", "парол"],
    examples: [
      ex("Адрес получателя не существует в целевой системе электронной почты.", EXCHANGE_NDR_RU),
    ],
  },

  // --- 5.7.1 Delivery not authorized: the sender may not send to this recipient (a group that
  // takes mail only from its members, a transport rule). Not the relay of 5.7.1 above, nor a
  // sending IP an SPF record does not authorize: those words are `unless` words. ---
  {
    id: "concept.l10n.ja.sender-not-authorized",
    cause: NOT_AUTHORIZED,
    says: NOT_AUTHORIZED_SAYS,
    subject: ["送信者"],
    failure: ["許可されていません"],
    unless: ["最終送信先", "リレー", "中継", "ipアドレス", "spf"],
    examples: [
      ex(
        "メッセージの送信者は、この受信者にメッセージを送信することを許可されていません。",
        EXCHANGE_NDR_JA_2A75,
      ),
    ],
  },
  {
    id: "concept.l10n.zh.sender-not-authorized",
    cause: NOT_AUTHORIZED,
    says: NOT_AUTHORIZED_SAYS,
    subject: ["发件人"],
    failure: ["不允许"],
    // "不允许 ... 为空": an empty sender (a protocol matter).
    unless: ["最终目的地", "中继", "ip地址", "spf", "为空"],
    examples: [ex("不允许邮件发件人向收件人发送邮件。", EXCHANGE_NDR_ZH_CN_3BB2)],
  },
  {
    id: "concept.l10n.ru.sender-not-authorized",
    cause: NOT_AUTHORIZED,
    says: NOT_AUTHORIZED_SAYS,
    subject: ["отправител"],
    failure: ["не разрешено"],
    unless: ["конечным местом", "ретрансл", "ip-адрес", "spf"],
    // The table's own spelling ("оправлять" for "отправлять").
    examples: [
      ex("Отправителю не разрешено оправлять сообщения получателю.", EXCHANGE_NDR_RU_05DF),
    ],
  },
  {
    id: "concept.l10n.de.sender-not-authorized",
    cause: NOT_AUTHORIZED,
    says: NOT_AUTHORIZED_SAYS,
    subject: ["absender"],
    failure: ["darf keine nachrichten"],
    unless: ["endziel", "weiterleit", "ip-adresse", "spf"],
    examples: [
      ex(
        "Der Absender der Nachricht darf keine Nachrichten an den Empfänger senden.",
        EXCHANGE_NDR_DE_AFAE,
      ),
    ],
  },
  {
    id: "concept.l10n.fr.sender-not-authorized",
    cause: NOT_AUTHORIZED,
    says: NOT_AUTHORIZED_SAYS,
    subject: ["expéditeur"],
    // "pas autorisé" is "pas autorisée" too.
    failure: ["pas autorisé"],
    unless: ["destination finale", "relais", "relayer", "adresse ip", "spf"],
    examples: [
      ex(
        "L'expéditeur du message n'est pas autorisé à envoyer des messages au destinataire.",
        EXCHANGE_NDR_FR_2895,
      ),
    ],
  },
  {
    id: "concept.l10n.es.sender-not-authorized",
    cause: NOT_AUTHORIZED,
    says: NOT_AUTHORIZED_SAYS,
    subject: ["remitente"],
    failure: ["no se permite"],
    unless: ["destino final", "retransm", "dirección ip", "spf"],
    examples: [
      ex("No se permite que el remitente envíe mensajes al destinatario.", EXCHANGE_NDR_ES_5E71),
    ],
  },
  {
    id: "concept.l10n.pt.sender-not-authorized",
    cause: NOT_AUTHORIZED,
    says: NOT_AUTHORIZED_SAYS,
    subject: ["remetente"],
    failure: ["não tem permissão"],
    unless: ["destino final", "retransm", "endereço ip", "spf"],
    examples: [
      ex(
        "O remetente da mensagem não tem permissão para enviar mensagens ao destinatário.",
        EXCHANGE_NDR_PT_28E9,
      ),
    ],
  },
  {
    id: "concept.l10n.it.sender-not-authorized",
    cause: NOT_AUTHORIZED,
    says: NOT_AUTHORIZED_SAYS,
    subject: ["mittente"],
    failure: ["non è consentito"],
    unless: ["destinazione finale", "inoltro", "indirizzo ip", "spf"],
    examples: [
      ex("Al mittente non è consentito inviare messaggi al destinatario.", EXCHANGE_NDR_IT_11ED),
    ],
  },
];
