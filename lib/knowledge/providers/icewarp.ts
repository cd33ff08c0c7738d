// IceWarp Mail Server (formerly Merak), from its documentation's "Interpretation of 5xx Errors in
// IceWarp SMTP": a table of the SMTP service's refusals (code, enhanced code, error phrase,
// description, remedy). The stored copy reaches the first rows only, the SMTP conversation's and
// the submission's refusals; IceWarp's reseller's copy of an older version of the table (2011) adds
// "Authentication failed" and an older reading of "Permission denied". The page prints code,
// enhanced code and phrase in separate columns: each example joins them as the server writes its
// reply (verbatim: false). Rows that read right unaided are kept where they are the table's own
// wording of a syntax refusal, so that the product's list is whole.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm",
  "Interpretation of 5xx Errors in IceWarp SMTP (IceWarp Server documentation: Status, Logs)",
  "stored copy (pages corpus), read from the top; the same table at esupport.icewarp.com Knowledgebase article 12/29",
);
const ERRORS_2011 = page(
  "http://blog.softmail.co.kr/554",
  "IceWarp 서버 SMTP 오류 코드 (IceWarp server SMTP error codes; Softmail, IceWarp's Korean reseller, 2011: the table in English)",
  "stored copy (pages corpus), read from the top",
);

const { phrase } = entryKit("icewarp");

const FORM =
  "The page gives the reply code, the enhanced code and the error phrase in separate columns; the example joins them into the reply line.";

export const ICEWARP_TABLE: ProviderTable = {
  provider: "icewarp",
  identity: { provider: "icewarp", name: "IceWarp Mail Server", hosts: [], source: ERRORS },
  phrases: [
    phrase({
      id: "message-is-too-long",
      cause: "message-too-large",
      match: ["message is too long"],
      scope: "any",
      source: ERRORS,
      example: "501 5.7.1 Message is too long",
      verbatim: false,
      note: `The page: 'Exceeded message size limit'; review the limits set at server, domain and user level. The message is over one of the receiving side's size limits. ${FORM}`,
    }),
    phrase({
      id: "permission-denied",
      cause: "relay-denied",
      match: ["5.7.1 permission denied"],
      replyCode: [501],
      scope: "any",
      source: ERRORS,
      example: "501 5.7.1 Permission denied",
      verbatim: false,
      note: `The page gives two reasons: the username given in AUTH differs from the sender in MAIL FROM ('Reject if SMTP AUTH different from sender'), or message submission is active and a local sender did not use the submission port, or used it unauthenticated. Either way the server will not take the message from this sender as it was submitted: authenticate as the sending address, on the submission port. The older table (${ERRORS_2011.url}) also named 'Reject if originator's IP has no rDNS' for this reply; the current page no longer does. ${FORM}`,
    }),
    phrase({
      id: "authentication-failed",
      cause: "relay-denied",
      match: ["5.7.0 authentication failed"],
      replyCode: [501],
      scope: "any",
      source: ERRORS_2011,
      example: "501 5.7.0 Authentication failed",
      verbatim: false,
      note: `The table: the username/password combination given during authentication was invalid; re-enter both and authenticate again. Until the client authenticates the server does not relay its mail. ${FORM}`,
    }),
    phrase({
      id: "domain-name-required",
      cause: "protocol-syntax",
      match: ["domain name required"],
      replyCode: [501],
      scope: "any",
      source: ERRORS,
      example: "501 5.5.2 Domain name required",
      verbatim: false,
      note: `The page: the sender has no domain specified (usually in MAIL FROM); the problem is the email client's configuration, which supplies no domain name. ${FORM}`,
    }),
    phrase({
      id: "unbalanced",
      cause: "protocol-syntax",
      match: ["5.5.2 unbalanced"],
      replyCode: [501],
      scope: "any",
      source: ERRORS,
      example: "501 5.5.2 Unbalanced",
      verbatim: false,
      note: `The page: the SMTP session's syntax is invalid, usually unbalanced brackets (an address's < > in MAIL FROM or RCPT TO). ${FORM}`,
    }),
    phrase({
      id: "syntax-error-in-parameters-scanning",
      cause: "protocol-syntax",
      match: ["syntax error in parameters scanning"],
      scope: "any",
      source: ERRORS,
      example: "501 5.5.4 Syntax error in parameters scanning",
      verbatim: false,
      note: `The page: a common syntax error; the last command was mistyped or its last string is invalid. ${FORM}`,
    }),
    phrase({
      id: "helo-requires-domain-address",
      cause: "protocol-syntax",
      match: ["helo/ehlo requires domain address"],
      scope: "any",
      source: ERRORS,
      example: "501 5.5.1 HELO/EHLO requires domain address",
      verbatim: false,
      note: `The page: the HELO/EHLO command came with a blank or invalid name after it; greet again with a proper HELO/EHLO. ${FORM}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copies of the 5xx table (docs.icewarp.com, esupport.icewarp.com, blog.softmail.co.kr) reach its first rows only; its later rows (the recipient, relaying and antispam refusals) and the companion 4xx table were not found.",
  ],
};
