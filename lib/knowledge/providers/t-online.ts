// T-Online (Deutsche Telekom: t-online.de, magenta.de). T-Online accepts mail only from hosts with
// a known good reputation and answers others at connection time with the host's IP and a marker
// in parentheses: (BL) and (NOWL). T-Online's postmaster page was not found stored; the reply
// lines are T-Online's as senders quoted them, with T-Online's explanation as relayed by
// Spamresource ("our system does not accept e-mail from hosts with bad or unknown reputation").
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const POSTMASTER = page(
  "https://postmaster.t-online.de/",
  "T-Online Postmaster",
  "replies and T-Online's explanation quoted at https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html and https://timmehosting.de/leitfaden-wenn-t-online-e-mails-blockiert-ursachen-und-loesungen (pages corpus)",
);

const { phrase } = entryKit("t-online");

export const T_ONLINE_TABLE: ProviderTable = {
  provider: "t-online",
  identity: {
    provider: "t-online",
    name: "T-Online (Deutsche Telekom)",
    hosts: ["t-online.de", "magenta.de", "telekom.de"],
    markers: ["postmaster@rx.t-online.de", "rx.t-online.de"],
    source: POSTMASTER,
  },
  phrases: [
    phrase({
      id: "bl-problem-occurred",
      cause: "bad-reputation",
      match: [/ip=[0-9a-f.:\[\]]{3,47} - a problem occurred\./],
      also: [/\(bl\)/],
      source: POSTMASTER,
      example:
        "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
      verbatim: false,
      note: "T-Online refuses hosts with a bad or unknown reputation (unknown includes servers that sent nothing for a year): ask T-Online to allow the IP, with an imprint page on the sending domain.",
    }),
    phrase({
      id: "nowl-bad-reputation",
      cause: "bad-reputation",
      match: ["none/bad reputation", "(nowl)"],
      source: POSTMASTER,
      example:
        "554 IP=192.0.2.1 - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)",
      verbatim: false,
      note: "NOWL: not on T-Online's allow list. The sender's administrator must request a reset from T-Online.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "postmaster.t-online.de: not stored; replies quoted by third parties (verbatim: false).",
  ],
};
