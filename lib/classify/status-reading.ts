// The registry's reading of an enhanced status code (lookupStatus) and its plain-words meaning
// (describeStatus), remembered per code: one recipient asks for its code's reading up to five
// times (the verdict, the registry's feature, the reply's, a provider entry's own code, the
// diagnosis's meaning), and each asking parsed the code again with a pattern and built a new
// object. The readings depend on the code alone (the registry is fixed at load), and no caller
// changes what it is given, so one object serves every asking.
import {
  describeStatus,
  lookupStatus,
  type StatusLookup,
} from "@/lib/knowledge/enhanced-status-codes";

/** Codes remembered at most: the registry has some hundred; a text can name any number. */
const MAX_REMEMBERED = 1024;

const READINGS = new Map<string, StatusLookup | null>();
const MEANINGS = new Map<string, string | null>();

/** lookupStatus(status), remembered. */
export function statusReading(status: string): StatusLookup | null {
  let found = READINGS.get(status);
  if (found === undefined) {
    found = lookupStatus(status);
    if (READINGS.size < MAX_REMEMBERED) READINGS.set(status, found);
  }
  return found;
}

/** describeStatus(status), remembered. */
export function statusMeaning(status: string): string | null {
  let meaning = MEANINGS.get(status);
  if (meaning === undefined) {
    meaning = describeStatus(status);
    if (MEANINGS.size < MAX_REMEMBERED) MEANINGS.set(status, meaning);
  }
  return meaning;
}
