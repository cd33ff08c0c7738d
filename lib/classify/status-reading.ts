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

/** `read`, remembered per code (its answers are never undefined). */
function remembered<T>(read: (status: string) => T): (status: string) => T {
  const answers = new Map<string, T>();
  return (status) => {
    let answer = answers.get(status);
    if (answer === undefined) {
      answer = read(status);
      if (answers.size < MAX_REMEMBERED) answers.set(status, answer);
    }
    return answer;
  };
}

/** lookupStatus(status), remembered. */
export const statusReading: (status: string) => StatusLookup | null = remembered(lookupStatus);

/** describeStatus(status), remembered. */
export const statusMeaning: (status: string) => string | null = remembered(describeStatus);
