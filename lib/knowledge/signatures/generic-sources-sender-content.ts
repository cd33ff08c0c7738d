// Sources of generic wordings (generic.ts) whose cause concerns the sender and the message: content-spam, content-virus, sender-address-invalid, sender-policy, authentication-failure. Same rules as
// generic-sources.ts: the exact string as the source writes it, the source's own meaning.
import type { WordingSource } from "./generic-source-types";

export const SENDER_CONTENT_WORDING_SOURCES: readonly WordingSource[] = [];
