// Courier MTA default texts. Source: Courier documentation, https://www.courier-mta.org/courierd.html
// and https://www.courier-mta.org/esmtpd.html
import { rows } from "./mta-defaults";

export const COURIER_SIGNATURES = rows("courier", "https://www.courier-mta.org/esmtpd.html", [
  [
    "unknown-user",
    ["550 user unknown.", "unknown user."],
    "recipient-unknown",
    0.85,
    "550 User unknown.",
  ],
  [
    "prohibited",
    ["delivery to this address is prohibited"],
    "sender-policy",
    0.8,
    "511 Delivery to this address is prohibited.",
  ],
  ["mailbox-full", ["mailbox full.", "maildir over quota"], "mailbox-full", 0.9, "Mailbox full."],
  ["dns-error", ["no such domain."], "recipient-domain-invalid", 0.85, "No such domain."],
]);
