// Every refusal text read out of the MTAs' own source (issue 8, sweep), one list per server.
import { EXIM_SOURCE_REPLIES } from "./exim";
import { OPENSMTPD_SOURCE_REPLIES } from "./opensmtpd";
import { POSTFIX_SOURCE_REPLIES } from "./postfix";
import { QMAIL_SOURCE_REPLIES } from "./qmail";
import { SENDMAIL_SOURCE_REPLIES } from "./sendmail";
import type { SourceReply } from "./types";

export type { SourceMta, SourceReply } from "./types";

export const SOURCE_REPLIES: readonly SourceReply[] = [
  ...POSTFIX_SOURCE_REPLIES,
  ...EXIM_SOURCE_REPLIES,
  ...SENDMAIL_SOURCE_REPLIES,
  ...OPENSMTPD_SOURCE_REPLIES,
  ...QMAIL_SOURCE_REPLIES,
];
