// Sources of generic wordings (generic.ts) whose cause concerns the connection, the sending IP and the servers: relay-denied, reverse-dns, tls-required, rate-limited, ip-blocklisted, bad-reputation, protocol-syntax, remote-unreachable, remote-server-error. Same rules as
// generic-sources.ts: the exact string as the source writes it, the source's own meaning.
import type { WordingSource } from "./generic-source-types";

export const CONNECTION_WORDING_SOURCES: readonly WordingSource[] = [];
