// A small kit for writing provider tables: it fills the fields every entry of one table shares
// (the provider, and the usual scope and strength of a provider's own documented strings), so
// each table file reads as the documentation it transcribes. Defaults: scope "provider",
// strength "documented", verbatim true; an entry says otherwise where it differs.
import type { PhraseEntry, SourcePage, StatusReading } from "./types";

type PhraseInput = Omit<PhraseEntry, "id" | "provider" | "scope" | "strength" | "verbatim"> &
  Partial<Pick<PhraseEntry, "scope" | "strength" | "verbatim">> & { id: string };

type ReadingInput = Omit<StatusReading, "id" | "provider" | "verbatim"> &
  Partial<Pick<StatusReading, "verbatim">> & { id?: string };

export interface EntryKit {
  phrase(input: PhraseInput): PhraseEntry;
  reading(input: ReadingInput): StatusReading;
}

/** Entry ids are prefixed with the provider ("google." + "5.7.27-spf") unless they already are. */
export function entryKit(provider: string): EntryKit {
  const prefixed = (id: string) => (id.startsWith(`${provider}.`) ? id : `${provider}.${id}`);
  return {
    phrase: (input) => ({
      scope: "provider",
      strength: "documented",
      verbatim: true,
      ...input,
      id: prefixed(input.id),
      provider,
    }),
    reading: (input) => ({
      verbatim: true,
      ...input,
      id: prefixed(input.id ?? `status.${input.status}`),
      provider,
    }),
  };
}

/** A page and its title; `readVia` when its text was read from a stored or archived copy. */
export function page(url: string, title: string, readVia?: string): SourcePage {
  return readVia ? { url, title, readVia } : { url, title };
}
