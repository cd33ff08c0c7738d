// The DNS client every check uses. Implemented in lib/dns/client.ts over Node's resolver
// (server-only); tests point it at the loopback fixture server, never at a stub.

export type RecordType = "A" | "AAAA" | "MX" | "TXT" | "CNAME" | "PTR" | "NS" | "SOA";

export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface SoaRecord {
  nsname: string;
  hostmaster: string;
  serial: number;
  minttl: number;
}

export interface RecordMap {
  A: string;
  AAAA: string;
  MX: MxRecord;
  /** One TXT record = its character-strings, in order; join them with "" for SPF/DKIM/DMARC. */
  TXT: string[];
  CNAME: string;
  PTR: string;
  NS: string;
  SOA: SoaRecord;
}

/** Why a lookup could not be answered. Never to be read as "no record". */
export type DnsErrorKind = "timeout" | "servfail" | "refused" | "network" | "malformed" | "other";

export type DnsResult<T> =
  | { status: "ok"; records: T[] }
  | { status: "nxdomain" }
  | { status: "nodata" }
  | { status: "error"; kind: DnsErrorKind; message: string };

export interface DnsClient {
  query<T extends RecordType>(name: string, type: T): Promise<DnsResult<RecordMap[T]>>;
}
