// Every provider table, one file per provider (or gateway, blocklist operator, mail server).
// Order does not decide ranking: the classifier scores every match.
import { APPLE_TABLE } from "./apple";
import { GOOGLE_TABLE } from "./google";
import { MICROSOFT_TABLE } from "./microsoft";
import { YAHOO_TABLE } from "./yahoo";
import type { ProviderTable } from "./types";

export type {
  PhraseEntry,
  ProviderIdentity,
  ProviderTable,
  SourcePage,
  StatusReading,
  Strength,
} from "./types";

export const PROVIDER_TABLES: readonly ProviderTable[] = [
  GOOGLE_TABLE,
  MICROSOFT_TABLE,
  YAHOO_TABLE,
  APPLE_TABLE,
];
