import { z } from "zod";
import { ipField } from "@/lib/checks/input-schemas";

export const ipCheckQuerySchema = z.object({ ip: ipField });

export type IpCheckQuery = z.infer<typeof ipCheckQuerySchema>;
