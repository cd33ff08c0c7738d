// Concepts (see ./types.ts): a filter's verdict that the message itself appears infected, worded
// without the word "virus" or "malware" that concept.virus-found (./content.ts) reads. ASSP's
// reply and mindbit's mailfilter (after clamdscan) both say the mail or message "appears
// infected" and name the infection after it.
import type { Concept } from "./types";

export const MESSAGE_INFECTED_CONCEPTS: readonly Concept[] = [
  {
    // The subject names the message as what is infected: "appears to be infected" alone is as
    // often said of the sender's computer or server (Outlook.com's DY-002 "compromised or virus
    // infected server/personal computer"), a reputation, not this message's content.
    id: "concept.message-appears-infected",
    cause: "content-virus",
    says: "the receiver's scanner judged the message infected (a virus or other malware in it)",
    subject: [
      "mail appears infected",
      "message appears infected",
      "email appears infected",
      "mail appears to be infected",
      "message appears to be infected",
      "email appears to be infected",
    ],
    // The subject holds its own verdict; "infected" is found inside it.
    failure: ["infected"],
    // A sending host named as the infected one is a reputation (./content.ts says the same).
    unless: ["infected server", "infected computer", "infected host", "infected machine"],
    examples: [
      {
        text: "554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.",
        source:
          "https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095 (ASSP bounced back messages and errors (MaxClicks knowledge base): a virus was detected in the message; providers/assp.ts)",
      },
      {
        text: "550 This message appears to be infected with the Eicar-Test-Signature virus",
        source:
          "https://github.com/mindbit/mailfilter/blob/0f673921a5eff7f453096360293ffd78b080f45e/src/mod_clamav.c (mindbit mailfilter, mod_clamav_result: code 550 and 'This message appears to be infected with the %s virus', the name clamdscan printed before FOUND)",
      },
    ],
  },
];
