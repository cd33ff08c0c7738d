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

const MAILCOW_2639 = page(
  "https://github.com/mailcow/mailcow-dockerized/issues/2639",
  "Warum klapt das versenden nicht? (mailcow/mailcow-dockerized #2639)",
  "stored thread (issues corpus); the stored text cuts the host names after 't-'",
);
const CHATMAIL_280 = page(
  "https://github.com/chatmail/provider-db/issues/280",
  "telekom.de / t-com : All small servers are blocked. (chatmail/provider-db #280)",
  "stored thread (issues corpus)",
);

// A German web agency's account of a blocked server move: the Postfix log line of T-Online's
// refusal, with the sending IP written as a placeholder (pages corpus).
const BLAIMER = page(
  "https://stefanblaimer.de/?s=b6c46250b5de7e8f7c54bb0731372d2c&c=3fce42a23e3173f152d2e3a48fa35a87",
  "IP-Adressen mit Vergangenheit: E-Mail an T-Online (stefanblaimer.de)",
  "stored copy (pages corpus)",
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
      match: [/ip=[0-9a-fx.:\[\]]{3,47} - a problem occurred\./],
      also: [/\(bl\)/],
      source: MAILCOW_2639,
      example:
        "refused to talk to me: 554 IP=188.xxx.xxx.xxx - A problem occurred. (Ask\n    your postmaster for help or to contact tosa@rx.t to clarify.)\n    (BL)",
      note: "T-Online refuses hosts with a bad or unknown reputation (unknown includes servers that sent nothing for a year): ask T-Online to allow the IP, with an imprint page on the sending domain.",
    }),
    // The same refusal as those who quote it write it: the IP masked or replaced ("IP=SERVERIP",
    // "IP=***.***.***.***", "IP=xx.xx.xx.xx"), so it is read by T-Online's own words and contact
    // address after "A problem occurred", whatever stands after "IP=".
    phrase({
      id: "bl-ask-tosa",
      cause: "bad-reputation",
      match: [
        "a problem occurred. (ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)",
      ],
      also: [/\(bl\)/],
      source: BLAIMER,
      example:
        "refused to talk to me: 554 IP=SERVERIP - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
      note: "The (BL) refusal with the sending IP written as a placeholder: the page's author had moved to a new server and IP and could not send to T-Online until T-Online unblocked the IP. T-Online's explanation (bl-problem-occurred) is a bad or unknown reputation of the sending host.",
    }),
    phrase({
      id: "dial-transient-ip",
      cause: "ip-blocklisted",
      match: ["dialup/transient ip not allowed"],
      source: CHATMAIL_280,
      example:
        "554 IP=http://95.216.152.144/ - Dialup/transient IP not allowed. Use a\nmailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)",
      note: "T-Online classes the sending IP as dial-up or otherwise transient (the thread: even servers in big providers' clusters): send through a mail gateway with a known reputation, or ask T-Online (toda@rx.t-online.de) to reclassify the IP. The 'http://' inside IP= is the thread's link rendering.",
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
    "postmaster.t-online.de: the stored copy (pages corpus, index.en.html and the German index) gives only its table of contents; the text of section 4.7 ('Why was the establishment of an SMTP connection rejected by the t-online.de server?'), which would explain the tags, could not be read. The (BL) and (DIAL) replies are verbatim from public issue threads and a sender's page; the (NOWL) line is quoted by third parties (verbatim: false).",
  ],
};
