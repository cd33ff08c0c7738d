import { z } from "zod";
import {
  domainField,
  ipField,
  optional,
  selectorsField,
  senderField,
} from "@/lib/checks/input-schemas";

export const domainCheckQuerySchema = z.object({
  domain: domainField,
  selectors: optional(selectorsField),
  ip: optional(ipField),
  sender: optional(senderField),
});

export type DomainCheckQuery = z.infer<typeof domainCheckQuerySchema>;
