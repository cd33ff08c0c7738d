// HCL (formerly IBM, formerly Lotus) Domino and Notes texts in their delivery failure reports,
// in the languages the server writes them in. Domino words its report in the server's language,
// so the same reason reaches senders in English, Spanish, French or Japanese. HCL's pages print
// none of these texts (one explains the ambiguous-name lookup, below); the wordings are those
// Sisimai's Domino and Notes parsers read (BSD-2, pinned below), and the English and Japanese
// ones appear in the real bounces of Sisimai's set-of-emails (lhost-domino-01.eml,
// lhost-notes-02.eml, lhost-notes-03.eml).
import { rows } from "./mta-defaults";
import type { Signature } from "./types";

const SISIMAI =
  "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45";

export const DOMINO_SIGNATURES: Signature[] = [
  // Lhost/Domino.pm $messagesof->{userunknown}: the recipient's name is not in the Domino
  // Directory (the server's address book of its users), i.e. no such user at that server.
  ...rows("domino", `${SISIMAI}/lib/Sisimai/Lhost/Domino.pm#L34-L40`, [
    [
      "not-in-directory",
      ["not listed in domino directory"],
      "recipient-unknown",
      0.85,
      "User some.name (kijitora@example.jp) not listed in Domino Directory",
      "Domino found no user of that name in its directory: the address does not exist there.",
    ],
    [
      "not-in-directory-es",
      ["no se encuentra en el directorio de domino"],
      "recipient-unknown",
      0.85,
      "no se encuentra en el Directorio de Domino",
      "Spanish Domino's 'not listed in Domino Directory'.",
    ],
    [
      "not-in-directory-fr",
      ["non répertorié dans l'annuaire domino"],
      "recipient-unknown",
      0.85,
      "non répertorié dans l'annuaire Domino",
      "French Domino's 'not listed in Domino Directory'.",
    ],
    [
      "not-in-directory-ja",
      ["domino ディレクトリには見つかりません"],
      "recipient-unknown",
      0.85,
      "Domino ディレクトリには見つかりません",
      "Japanese Domino's 'not listed in Domino Directory' ('was not found in the Domino directory').",
    ],
  ]),
  // Lhost/Domino.pm $messagesof->{systemerror}: the name the address resolves to matches more
  // than one entry in the recipient's Domino Directory, and Domino will not guess which one is
  // meant. HCL's "Resolving directory lookups containing ambiguous or group names"
  // (https://help.hcl-software.com/domino/10.0.1/conf_resolvingdirectorylookupscontainingambiguousorgroup_t.html)
  // describes the lookup: "If directory lookups are successful and multiple matches are returned
  // for the user name", an administrator's setting decides whether such ambiguous names are
  // rejected. The whole line is written "Recipient user name info (a@b.c) not unique.  Several
  // matches found in Domino Directory." (PHPMailer-BMH's sample of it, voku/PHPMailer-BMH
  // lib/BounceMailHandler/phpmailer-bmh_rules.php @12773bd, rule 0255).
  ...rows("domino", `${SISIMAI}/lib/Sisimai/Lhost/Domino.pm#L42`, [
    [
      "several-matches",
      ["several matches found in domino directory"],
      "remote-server-error",
      0.85,
      "Several matches found in Domino Directory",
      "The recipient's directory holds more than one entry the address could mean (two people or groups under one name or alias): a fault in the receiving organisation's directory that only its administrator can fix; the address may be right, and resending changes nothing until they do.",
    ],
  ]),
  // Lhost/Notes.pm $messagesof->{userunknown}: Lotus Notes' own "Failure Reasons" section.
  ...rows("domino", `${SISIMAI}/lib/Sisimai/Lhost/Notes.pm#L25-L28`, [
    [
      "not-in-name-address-book",
      ["not listed in public name & address book"],
      "recipient-unknown",
      0.85,
      "User  not listed in public Name & Address Book",
      "Notes found no such user in the public Name & Address Book (its directory).",
    ],
    [
      "not-in-directory-list-ja",
      ["ディレクトリのリストにありません"],
      "recipient-unknown",
      0.85,
      "ディレクトリのリストにありません",
      "Japanese Notes' 'not listed in the directory'.",
    ],
  ]),
];
