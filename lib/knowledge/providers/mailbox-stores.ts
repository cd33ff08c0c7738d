// The programs that store mail into a mailbox (Dovecot's LDA/LMTP, GNU Mailutils' mda) and the
// texts they give when the mailbox cannot take the message: their own string constants, cited
// to their source or manual, which the receiving server passes back in its reply.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DOVECOT_QUOTA = page(
  "https://github.com/dovecot/core/blob/main/src/plugins/quota/quota.c",
  "Dovecot source: src/plugins/quota/quota.c (DEFAULT_QUOTA_EXCEEDED_MSG)",
  "a copy of quota.c in a public repository (find_string 'Quota exceeded (mailbox for user is full)')",
);
const MAILUTILS = page(
  "https://www.gnu.org/software/mailutils/manual/html_node/Mailbox-Quotas.html",
  "GNU Mailutils manual: Mailbox Quotas",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("mailbox-store");

export const MAILBOX_STORES_TABLE: ProviderTable = {
  provider: "mailbox-store",
  identity: {
    provider: "mailbox-store",
    name: "A mailbox store (LDA/LMTP)",
    hosts: [],
    source: DOVECOT_QUOTA,
  },
  phrases: [
    phrase({
      id: "dovecot-quota-exceeded",
      cause: "mailbox-full",
      match: ["quota exceeded (mailbox for user is full)"],
      scope: "any",
      strength: "strong",
      source: DOVECOT_QUOTA,
      example: "Quota exceeded (mailbox for user is full)",
      note: "Dovecot's default quota_exceeded_message: the recipient's mailbox is over its quota. The recipient must free space; resending later may work.",
    }),
    phrase({
      id: "mailutils-quota",
      cause: "mailbox-full",
      match: [
        "mailbox quota exceeded for this recipient",
        "message would exceed maximum mailbox size for this recipient",
      ],
      scope: "any",
      strength: "strong",
      source: MAILUTILS,
      example: "user: mailbox quota exceeded for this recipient",
      note: "GNU Mailutils' mda refuses a message for a mailbox at its quota, or one this message would take over it.",
    }),
  ],
  statusReadings: [],
};
