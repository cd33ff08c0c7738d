// Thunderbird's own messages when it could not hand a message to the outgoing (SMTP) server its
// account is set up with, in the user's language: the compose back end's string bundle
// composeMsgs.properties (en-US in comm-central; the other languages in thunderbird-l10n), whose
// keys name what failed. People paste the alert's text. Where the server answered, its reply
// follows ("The mail server responded: ...") and is read as any reply is; these keys are the
// ones whose words carry the failure themselves. smtpSendInterrupted (the connection lost
// mid-transaction) names no cause of its own: scoring/client-wordings.ts ranks it.
import type { CauseId } from "@/lib/causes/causes";
import type { Signature } from "./types";

const EN_US =
  "https://github.com/mozilla/releases-comm-central/blob/7b75c30efcbf85278dec870f45003a7a7d16e4e1/mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties";
const L10N =
  "https://github.com/thunderbird/thunderbird-l10n/blob/5d7cde6f5d9237b64f7de733bb9fbb121055848a";

/** The bundle's file for a language. */
export function thunderbirdSource(locale: string): string {
  return locale === "en-US"
    ? EN_US
    : `${L10N}/${locale}/mail/chrome/messenger/messengercompose/composeMsgs.properties`;
}

export type ThunderbirdSendKey =
  | "smtpSendRequestRefused"
  | "smtpSendTimeout"
  | "smtpSendFailedUnknownServer"
  | "smtpAuthFailure"
  | "smtpAuthMechNotSupported"
  | "startTlsFailed"
  | "smtpSendInterrupted";

/**
 * [language, key, the bundle's exact words (%S / %1$S: the outgoing server's name), the pieces
 * the message is found by]. The pieces are stretches of the message's first two sentences (the
 * failure, and what it means: later ones are advice) between placeholders, that no other
 * message of the same language's bundle holds (all of its keys were compared, not only these),
 * that name SMTP (as each of these messages does: a piece without it, "… is unknown." or "The
 * server may be incorrectly configured.", says what a server's own reply may say too, review 25),
 * at least 24 characters long (10 in Chinese, Japanese and Korean), without the quotes around a
 * placeholder and without the settings path ("Account Settings | Outgoing server (SMTP)"),
 * folded as pasted words are (./fold.ts). Any one finds the message, so a paste that has only
 * part of the alert still meets it. A message with no such piece is left out: the English
 * "... %S timed out. Try again." shares its opening with the interrupted connection's and its
 * own words are too few.
 */
export const THUNDERBIRD_SEND_ERRORS: readonly (readonly [
  string,
  ThunderbirdSendKey,
  string,
  readonly string[],
])[] = [
  [
    "en-US",
    "smtpSendRequestRefused",
    "The message could not be sent because connecting to Outgoing server (SMTP) %S failed. The server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing server (SMTP) settings are correct and try again.",
    [
      "the message could not be sent because connecting to outgoing server (smtp",
      "the server may be unavailable or is refusing smtp connections.",
    ],
  ],
  [
    "en-US",
    "smtpAuthFailure",
    "Unable to authenticate to Outgoing server (SMTP) %S. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.",
    ["unable to authenticate to outgoing server (smtp"],
  ],
  [
    "en-US",
    "startTlsFailed",
    "An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) %S using STARTTLS since it doesn't advertise that feature. Switch off STARTTLS for that server or contact your service provider.",
    [
      "an error occurred while sending mail: unable to establish a secure link with outgoing server (smtp",
    ],
  ],
  [
    "de",
    "smtpSendRequestRefused",
    "Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server %S fehlgeschlagen ist. Der Server ist entweder nicht verfügbar oder lehnt SMTP-Verbindungen ab. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals.",
    [
      "die nachricht konnte nicht gesendet werden, weil der verbindungsaufbau mit dem smtp-server",
      "der server ist entweder nicht verfügbar oder lehnt smtp-verbindungen ab.",
    ],
  ],
  [
    "de",
    "startTlsFailed",
    "Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server %S kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt. Schalten Sie STARTTLS für diesen Server ab oder kontaktieren Sie Ihren Anbieter des E-Mail-Diensts.",
    ["fehler beim senden der nachricht: eine sichere verbindung mit dem smtp-server"],
  ],
  [
    "fr",
    "smtpSendRequestRefused",
    "Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « %S » a échoué. Le serveur est peut-être indisponible ou refuse les connexions SMTP. Veuillez vérifier que les paramètres de votre serveur sortant (SMTP) sont corrects et essayez à nouveau.",
    ["le serveur est peut-être indisponible ou refuse les connexions smtp."],
  ],
  [
    "fr",
    "smtpSendFailedUnknownServer",
    "Une erreur est survenue lors de l’envoi de l’e-mail : le serveur sortant (SMTP) « %S » est inconnu. Le serveur est peut-être mal configuré. Veuillez vérifier que les paramètres de votre serveur sortant (SMTP) sont corrects et essayez à nouveau.",
    ["une erreur est survenue lors de l'envoi de l'e-mail : le serveur sortant (smtp"],
  ],
  [
    "fr",
    "smtpAuthFailure",
    "Impossible de s’authentifier sur le serveur sortant (SMTP) %S. Veuillez vérifier votre mot de passe et la « Méthode d’authentification » dans le menu « Paramètres des comptes | Serveur sortant (SMTP) ».",
    ["impossible de s'authentifier sur le serveur sortant (smtp"],
  ],
  [
    "fr",
    "startTlsFailed",
    "Une erreur est survenue lors de l’envoi de l’e-mail : impossible d’établir un lien sécurisé avec le serveur SMTP « %S » en utilisant « STARTTLS » puisqu’il ne propose pas cette fonctionnalité. Désactivez « STARTTLS » pour ce serveur ou contactez votre fournisseur d’accès à Internet.",
    [
      "une erreur est survenue lors de l'envoi de l'e-mail : impossible d'établir un lien sécurisé avec le serveur smtp",
    ],
  ],
  [
    "es-ES",
    "smtpSendRequestRefused",
    "El mensaje no se ha podido enviar porque ha fallado la conexión al servidor de salida (SMTP) %S. El servidor puede no estar disponible o está rechazando conexiones SMTP. Verifique que los ajustes de su servidor de salida (SMTP) son correctos y vuelva a intentarlo.",
    [
      "el mensaje no se ha podido enviar porque ha fallado la conexión al servidor de salida (smtp",
      "el servidor puede no estar disponible o está rechazando conexiones smtp.",
    ],
  ],
  [
    "es-ES",
    "smtpSendTimeout",
    "El mensaje no se ha podido enviar porque ha caducado la conexión al servidor de salida (SMTP) %S. Vuelva a intentarlo.",
    [
      "el mensaje no se ha podido enviar porque ha caducado la conexión al servidor de salida (smtp",
    ],
  ],
  [
    "es-ES",
    "smtpSendFailedUnknownServer",
    "Ha ocurrido un error al enviar el mensaje: el servidor de salida (SMTP) %S es desconocido. El servidor puede estar mal configurado. Verifique que la configuración de su servidor de salida (SMTP) es correcta y vuelva a intentarlo.",
    ["ha ocurrido un error al enviar el mensaje: el servidor de salida (smtp"],
  ],
  [
    "es-ES",
    "smtpAuthFailure",
    "No se puede identificar al servidor de salida (SMTP) %S. Compruebe la contraseña y verifique el 'Método de identificación' en 'Configuración de cuentas | Servidor de salida (SMTP)'.",
    ["no se puede identificar al servidor de salida (smtp"],
  ],
  [
    "es-ES",
    "startTlsFailed",
    "Ha ocurrido un error al enviar el mensaje: no es posible establecer un enlace seguro con el servidor de salida (SMTP) %S usando STARTTLS ya que no anuncia ese mecanismo. Desactive STARTTLS para ese servidor o contacte con su proveedor del servicio.",
    [
      "ha ocurrido un error al enviar el mensaje: no es posible establecer un enlace seguro con el servidor de salida (smtp",
    ],
  ],
  [
    "es-ES",
    "smtpSendInterrupted",
    "El mensaje no se ha podido enviar porque la conexión al servidor de salida (SMTP) %S se perdió en mitad de la transacción. Vuelva a intentarlo.",
    ["el mensaje no se ha podido enviar porque la conexión al servidor de salida (smtp"],
  ],
  [
    "it",
    "smtpSendRequestRefused",
    "Non è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) %S non è riuscita. Il server potrebbe non essere disponibile o rifiutare le connessioni in uscita (SMTP). Verificare che le impostazioni del server in uscita (SMTP) siano corrette e riprovare.",
    [
      "non è stato possibile inviare il messaggio perché la connessione al server in uscita (smtp",
      "il server potrebbe non essere disponibile o rifiutare le connessioni in uscita (smtp).",
    ],
  ],
  [
    "it",
    "smtpSendFailedUnknownServer",
    "Si è verificato un errore durante l’invio della posta: Server posta in uscita (SMTP) %S sconosciuto. Il server potrebbe essere configurato in modo non corretto. Verificare che le impostazioni del server in uscita (SMTP) siano corrette e riprovare.",
    ["si è verificato un errore durante l'invio della posta: server posta in uscita (smtp"],
  ],
  [
    "it",
    "smtpAuthFailure",
    "Autenticazione non riuscita col server di posta in uscita (SMTP) %S. Controllare la password e verificare il “Metodo di autenticazione” in “Impostazioni account | Server posta in uscita (SMTP)”.",
    ["autenticazione non riuscita col server di posta in uscita (smtp"],
  ],
  [
    "it",
    "startTlsFailed",
    "Si è verificato un errore durante l’invio della posta: Impossibile stabilire un collegamento sicuro con il server di posta in uscita (SMTP) %S utilizzando STARTTLS in quanto non supporta questa funzione. Disattivare STARTTLS per quel server o contattare il fornitore del servizio.",
    [
      "si è verificato un errore durante l'invio della posta: impossibile stabilire un collegamento sicuro con il server di posta in uscita (smtp",
    ],
  ],
  [
    "pt-BR",
    "smtpSendRequestRefused",
    "A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) %S falhou. O servidor pode está indisponível ou recusando conexões SMTP. Verifique se as configurações do servidor de envio (SMTP) estão corretas e tente novamente.",
    ["o servidor pode está indisponível ou recusando conexões smtp."],
  ],
  [
    "pt-BR",
    "smtpSendFailedUnknownServer",
    "Ocorreu um erro ao enviar mensagem: O servidor de envio (SMTP) %S não é conhecido. O servidor pode ter sido configurado incorretamente. Verifique se as configurações do servidor de envio (SMTP) estão corretas e tente novamente.",
    ["ocorreu um erro ao enviar mensagem: o servidor de envio (smtp"],
  ],
  [
    "pt-BR",
    "smtpAuthFailure",
    "Não foi possível autenticar no servidor de envio (SMTP) %S. Verifique sua senha e a opção 'Método de autenticação' em 'Configurações da conta | Servidor de envio (SMTP)'.",
    ["não foi possível autenticar no servidor de envio (smtp"],
  ],
  [
    "pt-BR",
    "startTlsFailed",
    "Ocorreu um erro ao enviar mensagem: não foi possível estabelecer uma conexão segura com o servidor de envio (SMTP) %S usando STARTTLS, uma vez que ele não anuncia esta funcionalidade. Desligue o STARTTLS para esse servidor ou contate o fornecedor de serviço.",
    [
      "ocorreu um erro ao enviar mensagem: não foi possível estabelecer uma conexão segura com o servidor de envio (smtp",
    ],
  ],
  [
    "pt-PT",
    "smtpSendRequestRefused",
    "A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) %S falhou. O servidor pode estar indisponível ou a recusar ligações SMTP. Verifique se as definições do servidor (SMTP) estão corretas e tente novamente.",
    ["o servidor pode estar indisponível ou a recusar ligações smtp."],
  ],
  [
    "pt-PT",
    "smtpAuthFailure",
    "Não foi possível efetuar a autenticação no servidor de envio (SMTP) %S. Por favor verifique a palavra-passe e o 'Método de autenticação' nas 'Definições da conta | Servidor de envio (SMTP)'.",
    ["não foi possível efetuar a autenticação no servidor de envio (smtp"],
  ],
  [
    "pt-PT",
    "startTlsFailed",
    "Ocorreu um erro ao enviar o correio: não foi possível estabelecer uma ligação segura com o servidor de envio (SMTP) %S usando STARTTLS, uma vez que ele não anuncia esta funcionalidade. Desligue o STARTTLS para esse servidor ou contacte o fornecedor de serviço.",
    [
      "ocorreu um erro ao enviar o correio: não foi possível estabelecer uma ligação segura com o servidor de envio (smtp",
    ],
  ],
  [
    "nl",
    "smtpSendRequestRefused",
    "Het bericht kon niet worden verzonden, omdat het verbinden met uitgaande (SMTP-)server %S is mislukt. Mogelijk is de server niet beschikbaar of weigert SMTP-verbindingen. Controleer of de instellingen van uw uitgaande (SMTP-)server juist zijn en probeer het opnieuw.",
    [
      "het bericht kon niet worden verzonden, omdat het verbinden met uitgaande (smtp-)server",
      "mogelijk is de server niet beschikbaar of weigert smtp-verbindingen.",
    ],
  ],
  [
    "nl",
    "smtpSendTimeout",
    "Het bericht kon niet worden verzonden, omdat de wachttijd voor de verbinding met uitgaande (SMTP-)server %S is verlopen. Probeer het opnieuw.",
    [
      "het bericht kon niet worden verzonden, omdat de wachttijd voor de verbinding met uitgaande (smtp-)server",
    ],
  ],
  [
    "nl",
    "smtpSendFailedUnknownServer",
    "Er is een fout opgetreden bij het verzenden van e-mail: uitgaande (SMTP-)server %S is onbekend. Mogelijk is de server niet juist geconfigureerd. Controleer of de instellingen van uw uitgaande (SMTP-)server juist zijn en probeer het opnieuw.",
    ["er is een fout opgetreden bij het verzenden van e-mail: uitgaande (smtp-)server"],
  ],
  [
    "nl",
    "smtpAuthFailure",
    "Kan niet authenticeren bij uitgaande (SMTP-)server %S. Controleer het wachtwoord en verifieer de ‘Authenticatiemethode’ in de ‘Accountinstellingen | Uitgaande server (SMTP)’.",
    ["kan niet authenticeren bij uitgaande (smtp-)server"],
  ],
  [
    "nl",
    "startTlsFailed",
    "Er is een fout opgetreden bij het verzenden van e-mail: kan geen beveiligde verbinding met uitgaande (SMTP-)server %S tot stand brengen met STARTTLS, aangezien de server die functie niet aankondigt. Schakel STARTTLS uit voor deze server of neem contact op met uw serviceprovider.",
    [
      "er is een fout opgetreden bij het verzenden van e-mail: kan geen beveiligde verbinding met uitgaande (smtp-)server",
    ],
  ],
  [
    "nl",
    "smtpSendInterrupted",
    "Het bericht kon niet worden verzonden, omdat de verbinding met uitgaande (SMTP-)server %S in het midden van de transactie werd verbroken. Probeer het opnieuw.",
    ["het bericht kon niet worden verzonden, omdat de verbinding met uitgaande (smtp-)server"],
  ],
  [
    "ja",
    "smtpSendRequestRefused",
    "送信 (SMTP) サーバー %S に接続できなかったため、メッセージを送信できませんでした。サーバーが利用できないか、SMTP 接続が拒否された可能性があります。送信 (SMTP) サーバーの設定が正しいか確認し、再度試してください。",
    ["サーバーが利用できないか、smtp 接続が拒否された可能性があります。"],
  ],
  [
    "ja",
    "smtpSendFailedUnknownServer",
    "メールの送信中にエラーが発生しました: 送信 (SMTP) サーバー %S が見つかりません。サーバーの設定に誤りがある可能性があります。送信 (SMTP) サーバーの設定が正しいか確認し、再度試してください。",
    ["メールの送信中にエラーが発生しました: 送信 (smtp) サーバー"],
  ],
  [
    "ja",
    "smtpAuthFailure",
    "送信 (SMTP) サーバー %S の認証に失敗しました。パスワードを確認し、[アカウント設定] の [送信 (SMTP) サーバー] で [認証方式] が正しいことを確認してください。",
    [
      "パスワードを確認し、[アカウント設定] の [送信 (smtp) サーバー] で [認証方式] が正しいことを確認してください。",
    ],
  ],
  [
    "ja",
    "smtpAuthMechNotSupported",
    "送信 (SMTP) サーバー %S が選択された認証方式をサポートしていません。[アカウント設定] の [送信 (SMTP) サーバー] で [認証方式] を変更してください。",
    ["アカウント設定] の [送信 (smtp) サーバー] で [認証方式] を変更してください。"],
  ],
  [
    "ja",
    "startTlsFailed",
    "メールの送信前にエラーが発生しました: 送信 (SMTP) サーバー %S が STARTTLS をサポートしていないため、保護された接続を確立できませんでした。STARTTLS を使用しない設定に変更するか、ご利用のサービスプロバイダーに問い合わせてください。",
    ["メールの送信前にエラーが発生しました: 送信 (smtp) サーバー"],
  ],
  [
    "ja",
    "smtpSendInterrupted",
    "送信処理の途中で送信 (SMTP) サーバー %S との接続が切断されたため、メッセージを送信できませんでした。再度試してください。",
    ["送信処理の途中で送信 (smtp) サーバー"],
  ],
  [
    "ru",
    "smtpSendRequestRefused",
    "Сообщение не может быть отправлено, так как не удалось установить соединение с Сервером исходящей почты (SMTP) «%S». Сервер может быть недоступен или отказывать в соединении по SMTP. Убедитесь, что указали корректные параметры Сервера исходящей почты (SMTP) и попробуйте снова.",
    [
      "сообщение не может быть отправлено, так как не удалось установить соединение с сервером исходящей почты (smtp",
      "сервер может быть недоступен или отказывать в соединении по smtp.",
    ],
  ],
  [
    "ru",
    "smtpSendTimeout",
    "Сообщение не может быть отправлено, так как время ожидания соединения с Сервером исходящей почты (SMTP) «%S» истекло. Попробуйте снова.",
    [
      "сообщение не может быть отправлено, так как время ожидания соединения с сервером исходящей почты (smtp",
    ],
  ],
  [
    "ru",
    "smtpSendFailedUnknownServer",
    "Ошибка отправления почты: Сервер исходящей почты (SMTP) «%S» неизвестен. Возможно, сервер неверно сконфигурирован. Убедитесь, что параметры вашего Сервера исходящей почты (SMTP) правильны, и попробуйте снова.",
    ["ошибка отправления почты: сервер исходящей почты (smtp"],
  ],
  [
    "ru",
    "smtpAuthFailure",
    "Не удалось аутентифицироваться на Сервере исходящей почты (SMTP) «%S». Пожалуйста, проверьте пароль, и проверьте «Метод аутентификации» в «Параметры учётной записи | Сервер исходящей почты (SMTP)».",
    ["не удалось аутентифицироваться на сервере исходящей почты (smtp"],
  ],
  [
    "ru",
    "startTlsFailed",
    "Ошибка отправления почты: Не удалось установить защищённое соединение с сервером исходящей почты (SMTP) «%S» с использованием STARTTLS, так как он не заявил о поддержке этой возможности. Отключите использование STARTTLS для этого сервера или свяжитесь с вашим сервис-провайдером.",
    [
      "ошибка отправления почты: не удалось установить защищённое соединение с сервером исходящей почты (smtp",
    ],
  ],
  [
    "ru",
    "smtpSendInterrupted",
    "Сообщение не может быть отправлено, так как соединение с Сервером исходящей почты (SMTP) «%S» было утеряно в середине транзакции. Попробуйте снова.",
    ["сообщение не может быть отправлено, так как соединение с сервером исходящей почты (smtp"],
  ],
  [
    "pl",
    "smtpSendRequestRefused",
    "Wysyłanie wiadomości się nie powiodło, ponieważ nie udało się połączyć z serwerem „%S” poczty wychodzącej (SMTP). Serwer może być nieosiągalny albo nie przyjmować połączeń SMTP. Należy sprawdzić poprawność ustawień serwera poczty wychodzącej, a następnie spróbować ponownie, albo skontaktować się z administratorem serwera.",
    ["serwer może być nieosiągalny albo nie przyjmować połączeń smtp."],
  ],
  [
    "pl",
    "smtpSendFailedUnknownServer",
    "Wystąpił błąd podczas wysyłania wiadomości: serwer „%S” poczty wychodzącej (SMTP) jest nieznany. Serwer może być niewłaściwie skonfigurowany. Należy sprawdzić poprawność ustawień serwera poczty wychodzącej, a następnie spróbować ponownie.",
    ["poczty wychodzącej (smtp) jest nieznany."],
  ],
  [
    "pl",
    "smtpAuthMechNotSupported",
    "Serwer „%S” poczty wychodzącej (SMTP) nie obsługuje wybranej metody uwierzytelniania. Proszę zmienić metodę uwierzytelniania w Poczcie wychodzącej w Konfiguracji kont.",
    ["poczty wychodzącej (smtp) nie obsługuje wybranej metody uwierzytelniania."],
  ],
  [
    "pl",
    "startTlsFailed",
    "Wystąpił błąd podczas wysyłania wiadomości: nie udało się nawiązać bezpiecznego połączenia z serwerem „%S” poczty wychodzącej (SMTP) przy użyciu STARTTLS, jako że nie ogłasza on jego stosowania. Należy wyłączyć STARTTLS w opcjach tego serwera lub skontaktować się z dostawcą usługi.",
    ["poczty wychodzącej (smtp) przy użyciu starttls, jako że nie ogłasza on jego stosowania."],
  ],
  [
    "pl",
    "smtpSendInterrupted",
    "Wysyłanie wiadomości się nie powiodło, ponieważ połączenie z serwerem „%S” poczty wychodzącej (SMTP) zostało przerwane w trakcie transakcji. Należy spróbować ponownie lub skontaktować się z administratorem sieci.",
    ["poczty wychodzącej (smtp) zostało przerwane w trakcie transakcji."],
  ],
  [
    "cs",
    "smtpSendRequestRefused",
    "Zprávu nelze odeslat, protože se nepodařilo připojit na SMTP server %S. Server může být nedostupný nebo odmítá SMTP spojení. Ověřte prosím správnost nastavení vašeho SMTP serveru a zkuste to znovu, nebo kontaktujte správce sítě.",
    [
      "zprávu nelze odeslat, protože se nepodařilo připojit na smtp server",
      "server může být nedostupný nebo odmítá smtp spojení.",
    ],
  ],
  [
    "cs",
    "smtpSendFailedUnknownServer",
    "Při odesílání zprávy nastala chyba: SMTP server %S je neznámý. Server může být špatně nakonfigurován. Ověřte prosím správnost vašeho nastavení pošty a zkuste to znovu.",
    ["při odesílání zprávy nastala chyba: smtp server"],
  ],
  [
    "cs",
    "smtpAuthFailure",
    "Autentizace k SMTP serveru %S se nezdařila. Zkontrolujte prosím heslo a nastavený 'Způsob autentizace' v 'Nastavení účtu | Odchozí server (SMTP)'.",
    ["autentizace k smtp serveru"],
  ],
  [
    "cs",
    "startTlsFailed",
    "Při odesílání zprávy nastala chyba: Nelze se bezpečně připojit k SMTP serveru %S pomocí STARTTLS, protože server tuto možnost nepodporuje. Zrušte u tohoto serveru použití STARTTLS, či kontaktujte svého poskytovatele služeb.",
    ["při odesílání zprávy nastala chyba: nelze se bezpečně připojit k smtp serveru"],
  ],
  [
    "sv-SE",
    "smtpSendRequestRefused",
    "Meddelandet kunde inte skickas eftersom anslutning till utgående server (SMTP) %S misslyckades. Servern kan vara otillgänglig eller nekar anslutningar till utgående server (SMTP). Kontrollera att dina inställningar för utgående server (SMTP) är korrekta och försök igen.",
    [
      "meddelandet kunde inte skickas eftersom anslutning till utgående server (smtp",
      "servern kan vara otillgänglig eller nekar anslutningar till utgående server (smtp).",
    ],
  ],
  [
    "sv-SE",
    "smtpSendFailedUnknownServer",
    "Ett fel uppstod när e-post skulle skickas: Utgående server (SMTP) %S är okänd. Servern kan vara felaktigt konfigurerad. Kontrollera att dina inställningar för utgående server (SMTP) är korrekta och försök igen.",
    ["ett fel uppstod när e-post skulle skickas: utgående server (smtp"],
  ],
  [
    "sv-SE",
    "smtpAuthFailure",
    "Kan inte autentisera till utgående server (SMTP) %S. Kontrollera lösenordet och kontrollera 'Autentiseringsmetod' i 'Kontoinställningar | Server för utgående e-post'.",
    ["kan inte autentisera till utgående server (smtp"],
  ],
  [
    "sv-SE",
    "startTlsFailed",
    "Ett fel uppstod när e-post skulle skickas: Det går inte att upprätta en säker länk till utgående server (SMTP) %S med STARTTLS eftersom den inte annonserat den funktionen. Stäng av STARTTLS för den servern eller kontakta din tjänsteleverantör.",
    [
      "ett fel uppstod när e-post skulle skickas: det går inte att upprätta en säker länk till utgående server (smtp",
    ],
  ],
  [
    "zh-CN",
    "smtpSendRequestRefused",
    "因为无法连接到发件服务器（SMTP） %S，邮件未能发送。该服务器可能暂时不可用，或者拒绝 SMTP 连接。请验证您的发件服务器（SMTP）设置是否正确，然后再试。",
    ["因为无法连接到发件服务器（smtp", "该服务器可能暂时不可用，或者拒绝 smtp 连接。"],
  ],
  [
    "zh-CN",
    "smtpSendFailedUnknownServer",
    "发送邮件时出错：发件服务器（SMTP） %S 未知。服务器可能配置错误，请确认您的发件服务器（SMTP）配置正确并稍后重试。",
    ["服务器可能配置错误，请确认您的发件服务器（smtp）配置正确并稍后重试。"],
  ],
  [
    "zh-CN",
    "smtpAuthFailure",
    "无法向发件服务器（SMTP） %S 进行认证。请检查密码和验证“账号设置 | 服务器设置”中的“认证方式”。",
    ["无法向发件服务器（smtp"],
  ],
  [
    "zh-CN",
    "startTlsFailed",
    "发送邮件时出错：无法与发件服务器（SMTP） %S 使用 STARTTLS 建立安全连接，因为它不宣称支持此功能。请关闭对此服务器的 STARTTLS，或者联系您的服务提供商。",
    ["发送邮件时出错：无法与发件服务器（smtp"],
  ],
  [
    "zh-TW",
    "smtpSendRequestRefused",
    "因為無法連線至寄件伺服器 (SMTP) %S，無法寄出郵件。伺服器可能正在忙碌中或暫時拒絕 SMTP 連線。請確定您的寄件伺服器 (SMTP) 設定正確後再試一次。",
    ["因為無法連線至寄件伺服器 (smtp", "伺服器可能正在忙碌中或暫時拒絕 smtp 連線。"],
  ],
  [
    "zh-TW",
    "smtpSendFailedUnknownServer",
    "寄送郵件時發生錯誤：寄件伺服器（SMTP）%S 未知。伺服器可能設定錯誤，請確認您的寄件伺服器（SMTP）設定正確後再試一次。",
    ["伺服器可能設定錯誤，請確認您的寄件伺服器（smtp）設定正確後再試一次。"],
  ],
  [
    "zh-TW",
    "smtpAuthFailure",
    "無法向寄件伺服器 (SMTP) %S 進行認證。請到「帳號設定 | 寄件伺服器 (SMTP)」中將「認證方式」設定為「無」。",
    ["無法向寄件伺服器 (smtp"],
  ],
  [
    "zh-TW",
    "smtpAuthMechNotSupported",
    "%S 這台 SMTP 伺服器不支援您所選擇的認證方式。請到「帳號設定」當中的「帳號設定 | 寄件伺服器 (SMTP)」修改「認證方式」。",
    ["這台 smtp 伺服器不支援您所選擇的認證方式。"],
  ],
  [
    "ko",
    "smtpSendRequestRefused",
    "SMTP 서버(%S)로 연결이 실패했기 때문에 메시지는 보낼 수 없습니다. 연결할 서버가 없거나 SMTP 연결을 거부할 가능성이 큽니다. SMTP 서버 설정이 정확한지 다시 확인해 보시거나 서버 관리자에게 문의해 보시기 바랍니다.",
    ["연결할 서버가 없거나 smtp 연결을 거부할 가능성이 큽니다."],
  ],
  [
    "ko",
    "smtpAuthFailure",
    "%S SMTP 서버 인증에 실패했습니다. 비밀번호를 다시 확인 하고, '계정 설정 | 서버 설정'의 '인증 방식'을 확인 하십시오.",
    ["smtp 서버 인증에 실패했습니다."],
  ],
  [
    "ko",
    "smtpAuthMechNotSupported",
    "%S의 SMTP 서버는 선택한 인증 방식을 지원하지 않습니다. '계정 설정 | 보내기 서버 (SMTP)'의 '인증 방식'을 변경하십시오.",
    ["의 smtp 서버는 선택한 인증 방식을 지원하지 않습니다."],
  ],
  [
    "tr",
    "smtpSendRequestRefused",
    "%S giden sunucusu (SMTP) ile bağlantı başarısız olduğu için ileti gönderilemedi. Sunucu hizmet dışı olabilir veya SMTP bağlantılarını geri çeviriyor olabilir. Giden sunucusu (SMTP) ayarlarınızın doğruluğunu kontrol edip yeniden deneyin.",
    [
      "giden sunucusu (smtp) ile bağlanti başarisiz olduğu için ileti gönderilemedi.",
      "sunucu hizmet dişi olabilir veya smtp bağlantilarini geri çeviriyor olabilir.",
    ],
  ],
  [
    "tr",
    "smtpSendTimeout",
    "İleti gönderilemedi çünkü %S giden sunucusu (SMTP) ile bağlantı zaman aşımına uğradı. Lütfen yeniden deneyin.",
    ["giden sunucusu (smtp) ile bağlanti zaman aşimina uğradi."],
  ],
  [
    "tr",
    "smtpSendFailedUnknownServer",
    "Posta gönderirken bir hata meydana geldi: Giden sunucusu (SMTP) %S bilinmiyor. Sunucu yanlış yapılandırılmış olabilir. Lütfen giden sunucusu (SMTP) ayarlarını kontrol edip yeniden deneyin.",
    ["posta gönderirken bir hata meydana geldi: giden sunucusu (smtp"],
  ],
  [
    "tr",
    "smtpAuthFailure",
    '%S giden sunucusunda (SMTP) kimlik doğrulanamadı. Lütfen parolanızı ve "Hesap Ayarları > Giden sunucusu (SMTP)" bölümündeki "Yetkilendirme yöntemi"ni kontrol edin.',
    [
      "giden sunucusunda (smtp) kimlik doğrulanamadi.",
      'lütfen parolanizi ve "hesap ayarlari > giden sunucusu (smtp)" bölümündeki "yetkilendirme yöntemi"ni kontrol edin.',
    ],
  ],
  [
    "tr",
    "smtpAuthMechNotSupported",
    '%S giden sunucusu (SMTP) sunucusu seçilen yetkilendirme yöntemini desteklemiyor. Lütfen "Hesap ayarları > Giden sunucusu (SMTP)" kısmındaki "Yetkilendirme yöntemi"ni değiştirin.',
    [
      "giden sunucusu (smtp) sunucusu seçilen yetkilendirme yöntemini desteklemiyor.",
      'lütfen "hesap ayarlari > giden sunucusu (smtp)" kismindaki "yetkilendirme yöntemi"ni değiştirin.',
    ],
  ],
  [
    "tr",
    "startTlsFailed",
    "Posta gönderirken bir hata meydana geldi: STARTTLS kullanılarak %S SMTP sunucusuyla güvenli bir bağlantı sağlanamadı, çünkü sunucu bu özelliği sunmuyor. STARTTLS seçeneğini devre dışı bırakın ya da hizmet sağlayıcınızla görüşün.",
    ["smtp sunucusuyla güvenli bir bağlanti sağlanamadi, çünkü sunucu bu özelliği sunmuyor."],
  ],
  [
    "tr",
    "smtpSendInterrupted",
    "İleti gönderilemedi çünkü işlem sırasında %S giden sunucusu (SMTP) ile bağlantı koptu. Lütfen yeniden deneyin.",
    ["giden sunucusu (smtp) ile bağlanti koptu."],
  ],
  [
    "da",
    "smtpSendRequestRefused",
    "Meddelelsen kunne ikke sendes, fordi tidsfristen for forbindelsen til SMTP-serveren %S mislykkedes. Serveren er måske nede eller afviser SMTP-forbindelser. Undersøg om dine SMTP-serverindstillinger er korrekte og prøv igen.",
    [
      "meddelelsen kunne ikke sendes, fordi tidsfristen for forbindelsen til smtp-serveren",
      "serveren er måske nede eller afviser smtp-forbindelser.",
    ],
  ],
  [
    "da",
    "smtpSendTimeout",
    "Meddelelsen kunne ikke sendes fordi tiden for forbindelsen til SMTP-serveren %S løb ud. Prøv igen.",
    ["meddelelsen kunne ikke sendes fordi tiden for forbindelsen til smtp-serveren"],
  ],
  [
    "da",
    "smtpSendFailedUnknownServer",
    "Der opstod en fejl ved afsendelse af meddelelsen: SMTP-serveren %S er ukendt. Serveren er måske forkert sat op. Undersøg om dine SMTP-serverindstillinger er korrekte og prøv igen.",
    ["der opstod en fejl ved afsendelse af meddelelsen: smtp-serveren"],
  ],
  [
    "da",
    "smtpAuthFailure",
    "Kunne ikke godkendes af SMTP-serveren %S. Kontrollér adgangskoden og indstillingerne for sikker godkendelse i 'Kontoindstillinger | Udgående server (SMTP)'.",
    ["kunne ikke godkendes af smtp-serveren"],
  ],
  [
    "da",
    "startTlsFailed",
    "Der opstod en fejl ved afsendelse af meddelelsen: Kunne ikke etablere en sikker forbindelse med SMTP-serveren %S ved brug af STARTTLS, da den ikke fortæller, at den understøtter denne funktionalitet. Slå STARTTLS fra til denne server eller kontakt din mailudbyder.",
    [
      "der opstod en fejl ved afsendelse af meddelelsen: kunne ikke etablere en sikker forbindelse med smtp-serveren",
    ],
  ],
  [
    "da",
    "smtpSendInterrupted",
    "Meddelelsen kunne ikke sendes, fordi forbindelsen til SMTP-serveren %S forsvandt midt i overførslen. Prøv igen.",
    ["meddelelsen kunne ikke sendes, fordi forbindelsen til smtp-serveren"],
  ],
  [
    "fi",
    "smtpSendRequestRefused",
    "Viestiä ei voitu lähettää, koska yhteyttä lähtevän postin palvelimeen (SMTP) %S ei onnistuttu luomaan. Palvelin voi olla varattu tai estää SMTP-yhteyspyynnöt. Varmista, että SMTP-palvelinasetuksesi ovat oikein ja yritä uudelleen.",
    [
      "viestiä ei voitu lähettää, koska yhteyttä lähtevän postin palvelimeen (smtp",
      "palvelin voi olla varattu tai estää smtp-yhteyspyynnöt.",
    ],
  ],
  [
    "fi",
    "smtpSendFailedUnknownServer",
    "Postia lähetettäessä tapahtui virhe: SMTP-palvelinta %S ei tunneta. Palvelinasetukset voivat olla virheelliset. Varmista, että SMTP-palvelinasetuksesi ovat oikein ja yritä uudelleen.",
    ["postia lähetettäessä tapahtui virhe: smtp-palvelinta"],
  ],
  [
    "fi",
    "smtpAuthFailure",
    "Todennus SMTP-palvelimelle %S epäonnistui. Tarkista salasanasi ja todennustapa palvelinasetuksissa: Tilien asetukset - Lähtevän postin palvelin (SMTP).",
    [
      "todennus smtp-palvelimelle",
      "tarkista salasanasi ja todennustapa palvelinasetuksissa: tilien asetukset - lähtevän postin palvelin (smtp).",
    ],
  ],
  [
    "fi",
    "startTlsFailed",
    "Postia lähetettäessä tapahtui virhe: SMTP-palvelimeen %S ei kyetty muodostamaan suojattua yhteyttä STARTTLS-käytännöllä, koska palvelin ei kerro tukevansa ominaisuutta. Poista STARTTLS käytöstä tälle palvelimelle tai ota yhteyttä palveluntarjoajaasi.",
    ["postia lähetettäessä tapahtui virhe: smtp-palvelimeen"],
  ],
  [
    "hu",
    "smtpSendRequestRefused",
    "Az üzenet küldése sikertelen, mert nem lehetett kapcsolatot teremteni a levélküldő (SMTP) kiszolgálóval (%S). A kiszolgáló elérhetetlen, vagy visszautasítja az SMTP kapcsolatokat. Ellenőrizze, hogy a levélküldő (SMTP) kiszolgáló beállításai helyesek-e, és próbálja meg újra.",
    [
      "az üzenet küldése sikertelen, mert nem lehetett kapcsolatot teremteni a levélküldő (smtp) kiszolgálóval",
      "a kiszolgáló elérhetetlen, vagy visszautasítja az smtp kapcsolatokat.",
    ],
  ],
  [
    "hu",
    "smtpSendFailedUnknownServer",
    "Hiba történt a levél küldésekor: a(z) %S levélküldő kiszolgáló (SMTP) ismeretlen. Lehet, hogy a kiszolgálót hibásan állították be. Ellenőrizze, hogy a levélküldő (SMTP) kiszolgáló beállításai helyesek-e, és próbálja újra.",
    ["levélküldő kiszolgáló (smtp) ismeretlen."],
  ],
  [
    "hu",
    "smtpAuthFailure",
    "Nem sikerült a hitelesítés a(z) %S levélküldő (SMTP) kiszolgálóhoz. Ellenőrizze a jelszót és a „Hitelesítési módszer” beállítást a „Postafiók beállításai | Levélküldő kiszolgáló (SMTP)” alatt.",
    ["levélküldő (smtp) kiszolgálóhoz."],
  ],
  [
    "hu",
    "startTlsFailed",
    "Hiba történt a levél küldésekor: Nem sikerült kapcsolódni a(z) %S levélküldő (SMTP) kiszolgálóhoz a STARTTLS használatával, ugyanis az nem hirdeti ezt a funkciót. Kapcsolja ki a STARTTLS-t ehhez a kiszolgálóhoz, vagy forduljon a szolgáltatóhoz.",
    [
      "levélküldő (smtp) kiszolgálóhoz a starttls használatával, ugyanis az nem hirdeti ezt a funkciót.",
    ],
  ],
  [
    "nb-NO",
    "smtpSendRequestRefused",
    "Klarte ikke sende meldingen fordi tilkoblingen til utgående server (SMTP) %S mislyktes. Serveren kan være utilgjengelig, eller avviser SMTP-tilkoblinger. Kontroller at innstillinger for utgående server (SMTP) er riktige, og prøv igjen.",
    [
      "klarte ikke sende meldingen fordi tilkoblingen til utgående server (smtp",
      "serveren kan være utilgjengelig, eller avviser smtp-tilkoblinger.",
    ],
  ],
  [
    "nb-NO",
    "smtpSendFailedUnknownServer",
    "Klarte ikke sende meldingen: SMTP-serveren %S er ukjent. Serveren kan være feilkonfigurert. Kontroller at SMTP-serverinnstillingene er korrekte og prøv igjen.",
    ["klarte ikke sende meldingen: smtp-serveren"],
  ],
  [
    "nb-NO",
    "smtpAuthFailure",
    "Klarte ikke å autentisere mot SMTP-serveren %S. Kontroller passordet, og sjekk 'Autentiseringsmetode' i 'Kontoinnstillinger | Utgående server (SMTP)'.",
    ["klarte ikke å autentisere mot smtp-serveren"],
  ],
  [
    "nb-NO",
    "startTlsFailed",
    "En feil oppstod ved sending av post: Klarte ikke å opprette en sikker kommunikasjonskanal mot SMTP-serveren %S med STARTTLS, siden den ikke støtter den funksjonen. Slå av STARTTLS for denne serveren, eller kontakt tjenestetilbyderen.",
    [
      "en feil oppstod ved sending av post: klarte ikke å opprette en sikker kommunikasjonskanal mot smtp-serveren",
    ],
  ],
  [
    "uk",
    "smtpSendRequestRefused",
    "Не вдалося надіслати повідомлення через збій з'єднання з сервером вихідної пошти (SMTP) %S. Сервер може бути недоступним, або відхиляє з'єднання SMTP. Переконайтеся, що налаштування вашого сервера вихідної пошти (SMTP) правильні та спробуйте знову.",
    [
      "не вдалося надіслати повідомлення через збій з'єднання з сервером вихідної пошти (smtp",
      "сервер може бути недоступним, або відхиляє з'єднання smtp.",
    ],
  ],
  [
    "uk",
    "smtpSendTimeout",
    "Не вдалося надіслати повідомлення через те, що завершився час очікування з'єднання з сервером вихідної пошти (SMTP) %S. Спробуйте знову.",
    [
      "не вдалося надіслати повідомлення через те, що завершився час очікування з'єднання з сервером вихідної пошти (smtp",
    ],
  ],
  [
    "uk",
    "smtpSendFailedUnknownServer",
    "Сталася помилка при надсиланні пошти: Невідомий сервер вихідної пошти (SMTP) %S. Можливо, сервер має неправильну конфігурацію. Переконайтеся, що налаштування вашого сервера вихідної пошти (SMTP) правильні та спробуйте знову.",
    ["сталася помилка при надсиланні пошти: невідомий сервер вихідної пошти (smtp"],
  ],
  [
    "uk",
    "smtpAuthFailure",
    'Неможливо авторизуватися на сервері вихідної пошти (SMTP) %S. Перевірте пароль та "Метод автентифікації" в "Параметрах облікового запису | Вихідний (SMTP) сервер".',
    ["неможливо авторизуватися на сервері вихідної пошти (smtp"],
  ],
  [
    "uk",
    "startTlsFailed",
    "Виникла помилка при надсиланні пошти: Не вдалося встановити безпечний зв'язок з сервером вихідної пошти (SMTP) %S з використанням STARTTLS, тому що він не заявив про підтримку такої можливості. Вимкніть STARTTLS для того сервера або зв'яжіться зі своїм провайдером послуг.",
    [
      "виникла помилка при надсиланні пошти: не вдалося встановити безпечний зв'язок з сервером вихідної пошти (smtp",
    ],
  ],
  [
    "uk",
    "smtpSendInterrupted",
    "Не вдалося надіслати повідомлення через те, що з'єднання з сервером вихідної пошти (SMTP) %S було втрачене при виконанні операції. Спробуйте знову.",
    ["не вдалося надіслати повідомлення через те, що з'єднання з сервером вихідної пошти (smtp"],
  ],
  [
    "el",
    "smtpSendRequestRefused",
    "Δεν ήταν δυνατή η αποστολή του μηνύματος επειδή απέτυχε η σύνδεση στον διακομιστή εξερχομένων (SMTP) «%S». Ο διακομιστής ενδέχεται να μην είναι διαθέσιμος ή να αρνείται συνδέσεις SMTP. Βεβαιωθείτε ότι οι ρυθμίσεις του διακομιστή εξερχομένων (SMTP) είναι σωστές και δοκιμάστε ξανά.",
    [
      "δεν ήταν δυνατή η αποστολή του μηνύματος επειδή απέτυχε η σύνδεση στον διακομιστή εξερχομένων (smtp",
      "ο διακομιστής ενδέχεται να μην είναι διαθέσιμος ή να αρνείται συνδέσεις smtp.",
    ],
  ],
  [
    "el",
    "smtpSendTimeout",
    "Το μήνυμα δεν στάλθηκε επειδή έληξε το όριο χρόνου σύνδεσης με τον διακομιστή SMTP %S. Προσπαθήστε ξανά.",
    ["το μήνυμα δεν στάλθηκε επειδή έληξε το όριο χρόνου σύνδεσης με τον διακομιστή smtp"],
  ],
  [
    "el",
    "smtpAuthFailure",
    "Δεν είναι δυνατή η ταυτοποίηση στον διακομιστή εξερχομένων (SMTP) %S. Ελέγξτε τον κωδικό πρόσβασης και επιβεβαιώστε την επιλογή «Μέθοδος ταυτοποίησης» στις «Ρυθμίσεις λογαριασμού | Διακομιστής εξερχομένων (SMTP)».",
    ["δεν είναι δυνατή η ταυτοποίηση στον διακομιστή εξερχομένων (smtp"],
  ],
  [
    "el",
    "startTlsFailed",
    "Προέκυψε σφάλμα κατά την αποστολή email: Δεν ήταν δυνατή η δημιουργία ασφαλούς σύνδεσης με τον διακομιστή εξερχομένων (SMTP) %S με χρήση STARTTLS, επειδή δεν κοινοποιεί αυτήν τη λειτουργία. Απενεργοποιήστε το STARTTLS για αυτόν τον διακομιστή ή επικοινωνήστε με τον πάροχο υπηρεσίας σας.",
    [
      "προέκυψε σφάλμα κατά την αποστολή email: δεν ήταν δυνατή η δημιουργία ασφαλούς σύνδεσης με τον διακομιστή εξερχομένων (smtp",
    ],
  ],
  [
    "el",
    "smtpSendInterrupted",
    "Το μήνυμα δεν στάλθηκε επειδή χάθηκε η σύνδεση με τον διακομιστή SMTP %S. Προσπαθήστε ξανά.",
    ["το μήνυμα δεν στάλθηκε επειδή χάθηκε η σύνδεση με τον διακομιστή smtp"],
  ],
  [
    "ro",
    "smtpSendRequestRefused",
    "Mesajul nu a putut fi trimis deoarece conexiunea cu serverul de trimitere (SMTP) %S a eșuat. Se poate ca serverul să fie indisponibil sau să refuze conexiunile SMTP. Te rugăm să verifici corectitudinea setărilor serverului de trimitere (SMTP) și să încerci din nou.",
    [
      "mesajul nu a putut fi trimis deoarece conexiunea cu serverul de trimitere (smtp",
      "se poate ca serverul să fie indisponibil sau să refuze conexiunile smtp.",
    ],
  ],
  [
    "ro",
    "smtpSendFailedUnknownServer",
    "S-a produs o eroare la trimiterea mesajului: serverul de trimitere (SMTP) %S este necunoscut. Ar putea fi o problemă de configurare a serverului. Te rugăm să te asiguri că setările serverului de trimitere (SMTP) sunt corecte și încearcă din nou.",
    ["s-a produs o eroare la trimiterea mesajului: serverul de trimitere (smtp"],
  ],
  [
    "ro",
    "smtpAuthFailure",
    "Nu se poate efectua autentificarea la serverul de trimitere (SMTP) %S. Te rugăm să verifici parola și „Metoda de autentificare” în „Setările contului | Server de trimitere (SMTP)”.",
    ["nu se poate efectua autentificarea la serverul de trimitere (smtp"],
  ],
  [
    "ro",
    "startTlsFailed",
    "S-a produs o eroare la trimiterea de e-mail: Nu se poate stabili o conexiune sigură cu serverul de trimitere (SMTP) %S folosind STARTTLS pentru că serverul nu pare să suporte acest serviciu. Dezactivează STARTTLS pentru acest server sau contactează furnizorul serviciului.",
    [
      "s-a produs o eroare la trimiterea de e-mail: nu se poate stabili o conexiune sigură cu serverul de trimitere (smtp",
    ],
  ],
];

/** What each key says failed, as the bundle's own words and its callers in nsSmtpProtocol describe it. */
const READINGS: Partial<
  Record<ThunderbirdSendKey, { cause: CauseId; confidence: number; note: string }>
> = {
  smtpSendRequestRefused: {
    cause: "remote-unreachable",
    confidence: 0.75,
    note: "Thunderbird could not connect to the outgoing (SMTP) server its account names: the server name, port or connection security in the account's outgoing server settings, or a network that blocks the port.",
  },
  smtpSendTimeout: {
    cause: "remote-unreachable",
    confidence: 0.8,
    note: "The connection to the account's outgoing (SMTP) server timed out: a port the network blocks, or a wrong server name or port in the account settings.",
  },
  smtpSendFailedUnknownServer: {
    cause: "remote-unreachable",
    confidence: 0.7,
    note: "The outgoing (SMTP) server's name in the account settings does not resolve: a mistyped server name, or no DNS on the network.",
  },
  smtpAuthFailure: {
    cause: "relay-denied",
    confidence: 0.85,
    note: "The outgoing (SMTP) server refused the account's login: the password, or the authentication method in the account's outgoing server settings.",
  },
  smtpAuthMechNotSupported: {
    cause: "relay-denied",
    confidence: 0.8,
    note: "The outgoing (SMTP) server does not offer the login method the account is set to use: change the authentication method in the outgoing server settings.",
  },
  startTlsFailed: {
    cause: "tls-required",
    confidence: 0.85,
    note: "The account is set to use STARTTLS, but the outgoing (SMTP) server does not offer it on that port: the connection security or the port in the account settings is wrong.",
  },
};

/** The pieces each message is found by, with its language and key. */
export function thunderbirdNeedles(
  keys: readonly ThunderbirdSendKey[],
): { locale: string; key: ThunderbirdSendKey; text: string; needles: readonly string[] }[] {
  return THUNDERBIRD_SEND_ERRORS.filter(([, key]) => keys.includes(key)).map(
    ([locale, key, text, needles]) => ({ locale, key, text, needles }),
  );
}

export const THUNDERBIRD_SIGNATURES: Signature[] = thunderbirdNeedles(
  Object.keys(READINGS) as ThunderbirdSendKey[],
).map(({ locale, key, text, needles }) => {
  const reading = READINGS[key]!;
  return {
    id: `thunderbird.${key}.${locale}`,
    provider: "thunderbird",
    match: [...needles],
    // The program's own alert, with no reply code: where a server's reply is quoted, it decides.
    replyCode: "none",
    cause: reading.cause,
    confidence: reading.confidence,
    source: thunderbirdSource(locale),
    example: text,
    note: reading.note,
  };
});
