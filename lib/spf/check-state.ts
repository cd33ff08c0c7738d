// What one check_host() walk carries from term to term (the client, the sender, the limits and
// the counts against them), and the two ways a walk stops early.
import type { DnsClient } from "@/lib/dns/types";
import type { ClientIp } from "./client-ip";
import type { SpfNode, SpfRecord } from "./types";

export const DEFAULTS = {
  lookupLimit: 10,
  voidLookupLimit: 2,
  mxNameLimit: 10,
  ptrNameLimit: 10,
  timeLimitMs: 20_000,
};

/** Ends the whole check (limits, DNS errors that make the result temperror). */
export class SpfAbort extends Error {
  constructor(
    readonly result: "permerror" | "temperror",
    message: string,
    /** Set where the problem is this node's own (not a child's result passed up). */
    readonly problem?: SpfNode["problem"],
  ) {
    super(message);
  }
}

/** A macro needs the client's address and the walk has none. */
export class NeedsIp extends Error {}

export interface CheckState {
  dns: DnsClient;
  ip: ClientIp | null;
  sender: string;
  localPart: string;
  senderDomain: string;
  helo: string;
  limits: typeof DEFAULTS;
  receiver: string;
  now: () => Date;
  prefetch: boolean;
  started: number;
  lookups: number;
  voids: number;
  queries: number;
  /** Parsed records by node, for the explanation step. */
  records: WeakMap<SpfNode, SpfRecord>;
  validatedNames?: Promise<string[] | null>;
}
