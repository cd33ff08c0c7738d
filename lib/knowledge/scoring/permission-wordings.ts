// Possibility wordings (see ./possibility-wordings.ts) for a server's bare "Permission denied"
// under a permanent SMTP reply: the servers that send it mean two different refusals. IceWarp's
// 501 5.7.1 is a submission it will not take from this sender (SMTP AUTH as another user, or a
// local sender off the submission port: relay-denied); Cyrus IMAP's lmtpd sends 550 5.7.1 when
// the mailbox's access list does not let the sender post to it (the recipient's rule:
// sender-policy). The words rank the two and decide neither.
import type { PossibilityWording } from "./possibility-wordings";
import { WEIGHTS } from "./weights";

export const PERMISSION_WORDINGS: readonly PossibilityWording[] = [
  {
    id: "server.permission-denied",
    match: ["permission denied"],
    // Only as a reached server's reply: without a code the same words are a local file's error
    // (a mailbox or a pipe the delivery agent could not open), the receiving system's fault.
    replyCode: "5xx",
    // Often followed by its reason ("Permission denied: not authorized to relay"): below a
    // stated reason, as an opening.
    weight: WEIGHTS.possibilityOpening,
    causes: ["relay-denied", "sender-policy"],
    says: "the server refused the message with 'permission denied', without saying whether it will not take it from this sender (a login or submission rule) or the recipient does not let this sender post",
    examples: [
      {
        text: "501 5.7.1 Permission denied",
        source:
          "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm (Interpretation of 5xx Errors in IceWarp SMTP: the AUTH user differs from MAIL FROM, or a local sender did not use the submission port; providers/icewarp.ts)",
      },
      {
        text: "550 5.7.1 Permission denied",
        source:
          "https://github.com/cyrusimap/cyrus-imapd/blob/354b5ee43e7b38a38bc7ccd3ab99c8666ff793f0/imap/lmtp_err.et (Cyrus IMAP lmtpd: LMTP_NOT_AUTHORIZED '550 5.7.1 %s' with IMAP_PERMISSION_DENIED 'Permission denied', imap/imap_err.et at 00a42d2f09c45c4a924370fa5ee03adfe91980ae: the mailbox's access list does not give the sender the post right; signatures/generic-sources-sender-content.ts)",
      },
    ],
  },
];
