import type { MtaDriver } from "../lab-types";
import { postfix } from "./postfix";

/** Every MTA the lab knows, by the name run.sh passes (--mta). */
export const DRIVERS: Record<string, MtaDriver> = { postfix };
