// Sources of generic wordings (generic.ts) whose cause concerns the recipient: recipient-unknown, mailbox-full, mailbox-disabled, recipient-domain-invalid, message-too-large. Same rules as
// generic-sources.ts: the exact string as the source writes it, the source's own meaning.
import type { WordingSource } from "./generic-source-types";

export const RECIPIENT_WORDING_SOURCES: readonly WordingSource[] = [];
