// hMailServer (hmailserver/hmailserver at the commit read, 5.7 line), the Windows mail server:
// the replies its SMTP server writes (SMTPConnection.cpp, RecipientParser.cpp) and the words of
// its spam tests (Common/AntiSpam), which SMTPConnection.cpp sends after "550 " when a test
// fails before the message is sent (SPF, MX, HELO, PTR, DNSBL) and after "554 " when it fails
// on the message (DKIM, SpamAssassin, SURBL), once the total score reaches the delete
// threshold (lines 838-843). Its DNS blocklists' texts are rows of its database scripts.
// Placeholders filled: sizes 30720 and 20480 KB.
import { sourceFile, type SourceReply } from "./types";

const REPO = "hmailserver/hmailserver/blob/4d11f81d14af5136b5e0e1d231e0eb19d8361177";

const file = sourceFile("hmailserver", REPO, "hmailserver/source/");

const connection = file("Server/SMTP/SMTPConnection.cpp");
const recipients = file("Server/SMTP/RecipientParser.cpp");
const spf = file("Server/Common/AntiSpam/SpamTestSPF.cpp");
const dkim = file("Server/Common/AntiSpam/DKIM/SpamTestDKIM.cpp");
const mx = file("Server/Common/AntiSpam/SpamTestMXRecords.cpp");
const helo = file("Server/Common/AntiSpam/SpamTestHeloHost.cpp");
const ptr = file("Server/Common/AntiSpam/SpamTestPTR.cpp");
const spamassassin = file("Server/Common/AntiSpam/SpamTestSpamAssassin.cpp");
const tables = file("DBScripts/CreateTablesMYSQL.sql");

export const HMAILSERVER_SOURCE_REPLIES: readonly SourceReply[] = [
  recipients(
    "unknown-user",
    202,
    "RecipientParser::CheckDeliveryPossibility, sent by SMTPConnection.cpp line 698",
    'sErrMsg = CONST_UNKNOWN_USER ("Unknown user", line 38); SendErrorResponse_(550, sErrMsg)',
    "550 Unknown user",
    "the recipient's domain is local and it has no account, alias or list of that name",
    "recipient-unknown",
  ),
  recipients(
    "account-inactive",
    113,
    "RecipientParser::CheckDeliveryPossibility",
    'sErrMsg = "Account is not active."',
    "550 Account is not active.",
    "the recipient's account exists but the administrator has deactivated it",
    "mailbox-disabled",
  ),
  connection(
    "relay",
    719,
    "SMTPConnection::ProtocolRCPT_ (IP range relay options)",
    'SendErrorResponse_(550, "Delivery is not allowed to this address.")',
    "550 Delivery is not allowed to this address.",
    "the client's IP range may not send from this sender to this recipient (a remote-to-remote relay, by default)",
    "relay-denied",
  ),
  connection(
    "auth-required",
    738,
    "SMTPConnection::ProtocolRCPT_ (IP range: SMTP authentication required)",
    'SendErrorResponse_(530, "SMTP authentication is required.")',
    "530 SMTP authentication is required.",
    "the client's IP range must authenticate for this kind of delivery (a local sender, by default) and it has not",
    "relay-denied",
  ),
  connection(
    "too-many-recipients",
    684,
    "SMTPConnection::ProtocolRCPT_",
    'SendErrorResponse_(550, "Too many recipients.")',
    "550 Too many recipients.",
    "the message has more recipients than the server's per-message limit",
    "rate-limited",
  ),
  connection(
    "size",
    557,
    "SMTPConnection::ProtocolMAIL_ (SIZE parameter)",
    '_T("552 Message size exceeds fixed maximum message size. Size: %d KB, Max size: %d KB")',
    "552 Message size exceeds fixed maximum message size. Size: 30720 KB, Max size: 20480 KB",
    "the size the client declared is over the server's maximum message size",
    "message-too-large",
  ),
  connection(
    "bare-lf",
    1260,
    "SMTPConnection::OnPreAcceptTransfer_ (line endings)",
    '_T("554 Rejected - Message containing bare LF\'s.")',
    "554 Rejected - Message containing bare LF's.",
    "a line of the message ends in LF without CR and the server does not allow it",
    "protocol-syntax",
  ),
  spf(
    "spf",
    65,
    "SpamTestSPF::RunTest (SPF::Fail)",
    'sMessage = "Blocked by SPF."',
    "550 Blocked by SPF.",
    "the sender domain's SPF record does not permit the client's IP",
    "authentication-failure",
  ),
  dkim(
    "dkim",
    51,
    "SpamTestDKIM::RunTest",
    '"Rejected by DKIM."',
    "554 Rejected by DKIM.",
    "a DKIM signature of the message does not verify",
    "authentication-failure",
  ),
  mx(
    "sender-no-mx",
    51,
    "SpamTestMXRecords::RunTest",
    '_T("Sender domain does not have any MX records.")',
    "550 Sender domain does not have any MX records.",
    "the sender address's domain has no MX record",
    "sender-address-invalid",
  ),
  helo(
    "helo-mismatch",
    63,
    "SpamTestHeloHost::RunTest",
    '"The host name specified in HELO does not match IP address."',
    "550 The host name specified in HELO does not match IP address.",
    "the HELO name does not resolve to the client's IP address",
    "reverse-dns",
  ),
  ptr(
    "no-ptr",
    50,
    "SpamTestPTR::RunTest",
    '"No valid rDNS/PTR record found."',
    "550 No valid rDNS/PTR record found.",
    "the client's IP address has no PTR record that resolves back to it",
    "reverse-dns",
  ),
  spamassassin(
    "spamassassin",
    142,
    "SpamTestSpamAssassin::RunTest",
    '"Tagged as Spam by SpamAssassin"',
    "554 Tagged as Spam by SpamAssassin",
    "SpamAssassin scored the message as spam",
    "content-spam",
  ),
  tables(
    "spamhaus",
    516,
    "the default hm_dnsbl row for zen.spamhaus.org (SpamTestDNSBlackLists sends its reject message)",
    "'Rejected by Spamhaus.'",
    "550 Rejected by Spamhaus.",
    "the client's IP address is listed on zen.spamhaus.org",
    "ip-blocklisted",
  ),
  tables(
    "surbl",
    520,
    "the default hm_surblservers row for multi.surbl.org (SpamTestSURBL sends its reject message)",
    "'Rejected by SURBL.'",
    "554 Rejected by SURBL.",
    "a link in the message names a domain listed on multi.surbl.org",
    "domain-blocklisted",
  ),
];
