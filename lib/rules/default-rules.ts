// Every topic file's rules, in one list: a new topic file is one line here.
import { authenticationRules } from "./rules/authentication";
import { blocklistRules } from "./rules/blocklist";
import { contentRules } from "./rules/content";
import { generalRules } from "./rules/general";
import { recipientRules } from "./rules/recipient";
import { reputationRules } from "./rules/reputation";
import { reverseDnsRules } from "./rules/reverse-dns";
import type { Rule } from "./types";

export const defaultRules: readonly Rule[] = [
  ...generalRules,
  ...blocklistRules,
  ...reverseDnsRules,
  ...authenticationRules,
  ...recipientRules,
  ...contentRules,
  ...reputationRules,
];
