// Content filters: whether every message is refused (then reputation and authentication are
// the suspects) or only some (then the content is).
import type { Rule } from "../types";

export const contentRules: Rule[] = [
  {
    id: "content.ask-scope",
    when: { all: ["cause:content-spam"] },
    then: { ask: "scope-messages" },
    priority: 800,
  },
  {
    id: "content.spam-widespread",
    when: { all: ["cause:content-spam", "scope.all"], not: ["evidence.found"] },
    then: { conclude: "content-spam.widespread" },
    priority: 160,
  },
];
