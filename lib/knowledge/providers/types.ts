// The shape of a provider's documentation table: what a mail provider, gateway, blocklist
// operator or mail server says in its own pages, as data the classifier reads. Each entry
// cites the page it rests on and carries that page's own words as its example, so that a
// test can feed the example through the whole pipeline (parse + classify), bare and wrapped.
import type { CauseId } from "@/lib/causes/causes";
import type { Needle, Signature } from "@/lib/knowledge/signatures/types";

export interface SourcePage {
  /** The page the entry rests on. */
  url: string;
  /** Its title, as the page gives it. */
  title: string;
  /**
   * Where the page's text was read when not at its own address (an archived copy kept in a
   * public repository, a stored copy of the page): "repo owner/name path", or a URL.
   */
  readVia?: string;
}

/**
 * Where the provider's own page sends a sender whose IP or domain this refusal lists: a page of
 * the provider's own (a removal form or a lookup), or a public list of the blocklist catalog
 * (lib/blocklists/catalog.ts, by id), whose page the catalog holds. The checklist's delisting
 * step reads it (lib/checklists/delisting-pages.ts): the tables are the one place the address is
 * written.
 */
export type RemovalPage =
  | {
      /** Plain name for users: "Proofpoint's IP reputation lookup". */
      name: string;
      url: string;
      /** "request": a form that takes a removal request; "lookup": a page that shows the listing and says what ends it. */
      kind: "request" | "lookup";
      /** The page that names this address for this refusal (the provider's own, where it has one). */
      source: SourcePage;
      /**
       * Enhanced status codes the source gives this route for, which point to it even where the
       * reply's words are not the entry's (Microsoft's 5.7.606-649).
       */
      statuses?: readonly string[];
    }
  | {
      /** A blocklist catalog id ("spamhaus-zen"): the refusal's page sends the sender to that list. */
      blocklist: string;
      source: SourcePage;
    };

/**
 * A refusal by the sender's own mail provider (its outgoing service), not by the receiver:
 * Exchange Online's 5.7.700-750 block a tenant's own sending. Who lifts it is the provider's
 * support or the tenant's admin, never the recipient's side; the checklist's actor and steps
 * follow it (lib/knowledge/sender-provider-blocks.ts).
 */
export interface SenderProviderBlock {
  /** The provider as its customers know it: "Microsoft 365". */
  provider: string;
  /** The section's title: what the provider did. */
  headline: string;
  /** What the sender's admin does, as the page says it (in our words). */
  action: string;
  /** Where the page sends the admin. */
  link: { label: string; url: string };
  /**
   * The provider refused after it took the sender's login (SMTP credentials or an API key):
   * steps that tell the sender to log in, or to check which server they log in to, do not apply.
   */
  loginAccepted?: true;
}

/** How much a match of this entry says, the classifier turns it into a weight. */
export type Strength =
  /** The provider's own documented string or code: names the cause on its own. */
  | "documented"
  /** A wording that names the cause clearly wherever it appears. */
  | "strong"
  /** A hint: counts only beside other evidence (a one-word keyword with context). */
  | "weak";

/** A documented wording (or provider code such as Yahoo's "TSS04") and the cause it names. */
export interface PhraseEntry {
  /** Unique across all tables, starting with the provider: "yahoo.tss04". */
  id: string;
  /** "google", "microsoft", "yahoo", "mimecast", "spamhaus", "postfix", ... */
  provider: string;
  cause: CauseId;
  /**
   * Any one of these found in the server's words matches: a lower-case substring with single
   * spaces, or a SAFE regular expression (no nested quantifiers, no overlapping alternation
   * under a quantifier; it runs on lower-cased, whitespace-collapsed text).
   */
  match: readonly Needle[];
  /** When present, each must be found too. */
  also?: readonly Needle[];
  /** When present, none may be found (a known misleading neighbour). */
  unless?: readonly Needle[];
  /** As Signature.recipientDomain: whether the recipient's domain is the reporting MTA's own. */
  recipientDomain?: Signature["recipientDomain"];
  /**
   * As Signature.commands: the SMTP commands the reply may have answered, "NONE" where the bounce
   * states none (a sending server's own report, not a reply).
   */
  commands?: Signature["commands"];
  /** Enhanced status constraint: exact ("5.7.1") or a prefix ending in a dot ("5.7."). */
  status?: readonly string[];
  /** Reply code constraint: exact codes, or "4xx" / "5xx". */
  replyCode?: readonly number[] | "4xx" | "5xx";
  /**
   * "provider": counts fully when the refusal is identified as this provider's (its answering
   * host, its writer or its own codes, see ProviderIdentity), for less where it is not (a line
   * pasted alone); "identified": counts only where it is identified, because the words are
   * another software's default text that means something else elsewhere (Postfix's milter
   * "Service unavailable - try again later" is iCloud's throttling); "any": wherever the words
   * appear.
   */
  scope: "provider" | "identified" | "any";
  strength: Strength;
  source: SourcePage;
  /** The page's own words (a documented reply line or the wording as the page prints it). */
  example: string;
  /** True when `example` is copied exactly from the page; false when reconstructed (say why in note). */
  verbatim: boolean;
  /** Why the entry exists, where the cause differs from what the words suggest. */
  note?: string;
  /** Where a listing this refusal reports is looked up or removed, when a page says. */
  removal?: RemovalPage;
  /** Set where the page says the refusal is the sender's own provider's, not the receiver's. */
  senderProvider?: SenderProviderBlock;
}

/**
 * A provider's own reading of an enhanced status code, beside the registry's default: Gmail's
 * 5.7.27 is an SPF failure where RFC 7505 registers X.7.27 for a null MX.
 */
export interface StatusReading {
  id: string;
  provider: string;
  /** Exact enhanced status code, "5.7.27". */
  status: string;
  /** Reply code the provider pairs it with, when the page says. */
  replyCode?: number;
  cause: CauseId;
  source: SourcePage;
  example: string;
  verbatim: boolean;
  note?: string;
  /** As PhraseEntry.removal. */
  removal?: RemovalPage;
}

/** How a refusal is recognised as a provider's: the evidence the classifier names. */
export interface ProviderIdentity {
  provider: string;
  /** Plain name for users: "Gmail / Google Workspace". */
  name: string;
  /** Answering (remote) host domains: a host equal to one or under it is this provider's. */
  hosts: readonly string[];
  /** Markers in the server's words that only this provider writes (" - gsmtp", "[TSS04]"). */
  markers?: readonly Needle[];
  /**
   * Provider codes the parser recognises as this provider's (lib/bounce/provider-codes.ts
   * `provider`: "gmail", "microsoft", "yahoo", "icloud"), when found in the server's words.
   */
  codes?: readonly string[];
  source: SourcePage;
}

export interface ProviderTable {
  provider: string;
  identity: ProviderIdentity;
  phrases: readonly PhraseEntry[];
  statusReadings: readonly StatusReading[];
  /** Pages looked for and not found, with what was used instead: for the coverage report. */
  missingPages?: readonly string[];
}
