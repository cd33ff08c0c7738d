import { z } from "zod";
import { HANDOFF_KEY, type Handoff } from "./wizard-handoff";

export const handoffSchema = z.object({
  text: z.string().max(2_000_000),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
}) satisfies z.ZodType<Handoff>;

/** Reads and removes the hand-off, so a reload of the wizard does not restart it. */
export function takeHandoff(): Handoff | null {
  try {
    const raw = sessionStorage.getItem(HANDOFF_KEY);
    if (raw === null) return null;
    sessionStorage.removeItem(HANDOFF_KEY);
    const parsed = handoffSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
