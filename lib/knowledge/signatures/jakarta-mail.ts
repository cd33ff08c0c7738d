// Jakarta Mail (JavaMail; its implementation now Eclipse Angus Mail, formerly com.sun.mail) is
// the mail API of Java programs (Spring's JavaMailSender included). Its SMTP transport
// (providers/smtp/.../SMTPTransport.java) wraps the server's reply where there is one:
// AuthenticationFailedException's message is the server's reply ("535 5.7.8 ..."),
// SendFailedException "Invalid Addresses" nests SMTPAddressFailedException with the reply to
// RCPT TO, and those read right through the reply. These entries are its own words where the
// connection, the TLS upgrade or the server's greeting failed before any reply said why.
// "Could not connect to SMTP host: <host>, port: <port>" (openServer's IOException) needed
// nothing: the general reading of "could not connect" takes it, and the nested exception's
// reason (a refused connection, an SSLHandshakeException) decides where it is pasted too.
import type { PossibilityWording } from "@/lib/knowledge/scoring/possibility-wordings";
import type { Signature } from "./types";

const ANGUS =
  "https://github.com/eclipse-ee4j/angus-mail/blob/eca8e08baa56a83ab68ae3faaca25d8ca3c0e5ee";
const TRANSPORT = `${ANGUS}/providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java`;
const SERVICE =
  "https://github.com/jakartaee/mail-api/blob/1f7f4a19571471fe5f330a09b3ab4da36c8ff006/api/src/main/java/jakarta/mail/Service.java";
const CONNECT_EXCEPTION = `${ANGUS}/core/src/main/java/org/eclipse/angus/mail/util/MailConnectException.java`;

export const JAKARTA_MAIL_SIGNATURES: Signature[] = [
  {
    // Service.connect(): the transport is set to log in (mail.smtp.auth) but was given no user
    // name or no password (Spring Boot's spring.mail.username / spring.mail.password unset), so
    // it gave up before the server was asked anything.
    id: "jakarta-mail.no-credentials",
    provider: "jakarta-mail",
    match: [
      "failed to connect, no password specified?",
      "failed to connect, no user name specified?",
    ],
    replyCode: "none",
    cause: "relay-denied",
    confidence: 0.75,
    source: SERVICE,
    example: "failed to connect, no password specified?",
    note: "The Java program is set to log in to its SMTP server (mail.smtp.auth) but has no password (or no user name) to log in with: its mail settings (spring.mail.password, an environment variable that is not set) must give them.",
  },
  {
    // MailConnectException ("indicates a socket connection attempt failed"): "Couldn't connect
    // to host, port: " + host + ", " + port + "; timeout " + ms. The port after the host is no
    // reply code: no server answered.
    id: "jakarta-mail.couldnt-connect",
    provider: "jakarta-mail",
    match: [/couldn't connect to host, port: [^\s,]{1,253}, \d{1,5}; timeout/],
    cause: "remote-unreachable",
    confidence: 0.8,
    source: CONNECT_EXCEPTION,
    example: "Couldn't connect to host, port: smtp.example.com, 587; timeout -1",
    note: "The Java program could not open a TCP connection to the SMTP host and port in its mail settings (mail.smtp.host, mail.smtp.port): a wrong host or port, a server that is down, or a network or firewall that blocks the port. No server read the message.",
  },
  {
    // openServer(): "Unknown SMTP host: " + host (UnknownHostException).
    id: "jakarta-mail.unknown-host",
    provider: "jakarta-mail",
    match: ["unknown smtp host: "],
    replyCode: "none",
    cause: "remote-unreachable",
    confidence: 0.7,
    source: TRANSPORT,
    example: "Unknown SMTP host: smtp.example.com",
    note: "The SMTP host name in the Java program's mail settings does not resolve: a mistyped host, or no working DNS where the program runs.",
  },
  {
    // openServer(): "Could not connect to SMTP host: " + host + ", port: " + port wraps any
    // IOException from SocketFetcher.getSocket, which also runs the TLS handshake of an
    // implicit-TLS connection (mail.smtp.ssl.enable). Where the nested exception printed after
    // it is the JVM's SSL exception (javax.net.ssl.SSLHandshakeException, "PKIX path building
    // failed"; SSLException "Unrecognized SSL message, plaintext connection?"), the TCP
    // connection was made and TLS failed on it.
    id: "jakarta-mail.could-not-connect-tls",
    provider: "jakarta-mail",
    match: [/could not connect to smtp host: [^\s,]{1,253}, port: \d{1,5}/],
    also: [/javax\.net\.ssl\.ssl(?:handshake)?exception/],
    cause: "tls-required",
    confidence: 0.8,
    source: TRANSPORT,
    example:
      "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: PKIX path building failed",
    note: "The Java program reached its SMTP host but the TLS handshake failed: the JVM does not trust the server's certificate (PKIX path building failed: its trust store, mail.smtp.ssl.trust), or TLS was switched on for a port that speaks plain SMTP (Unrecognized SSL message: port 587 wants STARTTLS, mail.smtp.starttls.enable, not mail.smtp.ssl.enable).",
  },
  {
    // startTLS(): "Could not convert socket to TLS" when the TLS handshake after STARTTLS failed
    // (a certificate that does not verify, no common protocol version); the nested exception
    // printed after it gives the handshake's own reason.
    id: "jakarta-mail.starttls-failed",
    provider: "jakarta-mail",
    match: ["could not convert socket to tls"],
    replyCode: "none",
    cause: "tls-required",
    confidence: 0.8,
    source: TRANSPORT,
    example: "Could not convert socket to TLS",
    note: "The server accepted STARTTLS but the TLS handshake failed: the Java runtime does not trust the server's certificate (mail.smtp.ssl.trust, the JVM's trust store) or they share no TLS version.",
  },
];

export const JAKARTA_MAIL_WORDINGS: readonly PossibilityWording[] = [
  {
    // openServer(): "Got bad greeting from SMTP host: ..., response: " + reply when the first
    // reply was not 220; "response: -1" is no reply at all, most often a plain connection to an
    // implicit-TLS port (465 wants mail.smtp.ssl.enable).
    id: "jakarta-mail.bad-greeting",
    match: [/got bad greeting from smtp host: [^\s,]{1,253}, port: \d{1,5}, response: -1\b/],
    causes: ["tls-required", "remote-unreachable"],
    says: "the Java program's SMTP host sent no greeting (Jakarta Mail): most often a plain connection to an implicit-TLS port (465)",
    examples: [
      {
        text: "Got bad greeting from SMTP host: smtp.example.com, port: 465, response: -1",
        source: TRANSPORT,
      },
    ],
  },
];
