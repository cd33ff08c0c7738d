// The zod schema for a cause id, for boundaries that validate untrusted input (share links,
// API answers). Kept apart from ./causes so that code that only names causes (the parser,
// the classifier, the command line) does not load zod: it is two thirds of the CLI bundle.
import { z } from "zod";
import { CAUSE_IDS } from "./causes";

export const causeIdSchema = z.enum(CAUSE_IDS);
