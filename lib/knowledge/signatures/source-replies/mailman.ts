// GNU Mailman, the mailing list manager whose refusals reach a poster two ways: Mailman 3's LMTP
// server answers the MTA that hands it a post (its reply lands in the MTA's bounce), and both
// Mailman 3 and Mailman 2 mail the poster a notice when a post is rejected. Mailman 3 is read
// from Debian 12's mailman3 package (3.3.8-2~deb12u2: runners/lmtp.py, the rules' reasons, and
// templates/en/list:user:notice:rejected.txt around them); Mailman 2 from jurov/gnu-mailman at
// the commit read (Handlers/Moderate.py, Handlers/Hold.py, templates/en/refuse.txt). A list
// refusing a post is the list's rule against this sender (sender-policy) unless it names size.
import { debianFile, sourceFile, type SourceReply } from "./types";

const MAILMAN3 = "/usr/lib/python3/dist-packages/mailman/";
const deb = debianFile("mailman", "mailman3", "3.3.8-2~deb12u2");
const lmtp = deb(`${MAILMAN3}runners/lmtp.py`);
const moderation = deb(`${MAILMAN3}rules/moderation.py`);
const banned = deb(`${MAILMAN3}rules/banned_address.py`);
const maxSize = deb(`${MAILMAN3}rules/max_size.py`);

const MAILMAN2 = "jurov/gnu-mailman/blob/255348a9654b8b5ee1930936cafb991f1dee85a7";
const m2 = sourceFile("mailman", MAILMAN2, "Mailman/Handlers/");
const moderate2 = m2("Moderate.py");
const hold2 = m2("Hold.py");

/** Mailman 3's rejection notice (list:user:notice:rejected.txt) around one reason. */
const rejected3 = (reason: string): string =>
  `Your message to the Test mailing-list was rejected for the following\nreasons:\n\n${reason}\n\nThe original message as received by Mailman is attached.`;

/** Mailman 2's refusal notice (templates/en/refuse.txt) around the moderator's reason. */
const refused2 = (reason: string): string =>
  `Your request to the Test mailing list\n\n    Posting of your message titled "Hello"\n\nhas been rejected by the list moderator.  The moderator gave the\nfollowing reason for rejecting your request:\n\n"${reason}"\n\nAny questions or comments should be directed to the list administrator\nat:\n\n    test-owner@lists.example.com`;

export const MAILMAN_SOURCE_REPLIES: readonly SourceReply[] = [
  lmtp(
    "no-such-list",
    92,
    "ERR_550, answered by LMTPHandler._handle_RCPT (line 148) for an address that names no list",
    "ERR_550 = '550 Requested action not taken: mailbox unavailable'",
    "550 Requested action not taken: mailbox unavailable",
    "the recipient names no mailing list Mailman serves (or a sub-address it does not know); the words are RFC 5321's own text for 550, which names no one cause",
    "unknown",
    ["recipient-unknown"],
  ),
  lmtp(
    "processing-error",
    89,
    "ERR_451, answered by LMTPHandler._handle_DATA (line 189) when the message cannot be parsed",
    "ERR_451 = '451 Requested action aborted: error in processing'",
    "451 Requested action aborted: error in processing",
    "Mailman failed while parsing or queueing the message",
    "remote-server-error",
  ),
  lmtp(
    "defects",
    90,
    "ERR_501, answered by LMTPHandler._handle_DATA (line 202) for a message the email parser finds defects in",
    "ERR_501 = '501 Message has defects'",
    "501 Message has defects",
    "the message's MIME structure or headers are malformed (Python's email parser records defects)",
    "protocol-syntax",
  ),
  moderation(
    "nonmember",
    108,
    "NonmemberModeration's reason, mailed in the rejection notice when the list's non-member action is reject",
    "reason = _('The message is not from a list member')",
    rejected3("The message is not from a list member"),
    "the poster is not a member of the list and the list rejects non-members' posts",
    "sender-policy",
  ),
  banned(
    "banned",
    45,
    "BannedAddress's reason, mailed in the rejection notice",
    "(_('Message sender {} is banned from this list'), sender)",
    rejected3("Message sender alice@example.net is banned from this list"),
    "the poster's address is on the list's (or the site's) ban list",
    "sender-policy",
  ),
  maxSize(
    "too-big",
    68,
    "MaximumSize's reason, mailed in the rejection notice when a too-big post is rejected",
    "(_('The message is larger than the {} KB maximum size'), mlist.max_message_size)",
    rejected3("The message is larger than the 40 KB maximum size"),
    "the post is larger than the list's max_message_size (40 KB by default)",
    "message-too-large",
  ),
  moderate2(
    "nonmember",
    573,
    "do_reject: the default notice for an automatically rejected non-member post",
    "Your message has been rejected, probably because you are not subscribed to the\nmailing list and the list's policy is to prohibit non-members from posting to\nit.  If you think that your messages are being rejected in error, contact the\nmailing list owner at %(listowner)s.",
    "Your message has been rejected, probably because you are not subscribed to the\nmailing list and the list's policy is to prohibit non-members from posting to\nit.  If you think that your messages are being rejected in error, contact the\nmailing list owner at test-owner@lists.example.com.",
    "the poster is not subscribed and the list rejects non-members' posts (generic_nonmember_action reject)",
    "sender-policy",
  ),
  hold2(
    "too-big",
    122,
    "MessageTooBig.rejection_notice, the reason a moderator's rejection of a held too-big post gives",
    "Your message was too big; please trim it to less than\n%(kb)d KB in size.",
    refused2("Your message was too big; please trim it to less than\n40 KB in size."),
    "the post's body was larger than the list's max_message_size and the moderator rejected it",
    "message-too-large",
  ),
  hold2(
    "nonmember-refused",
    62,
    "NonMemberPost.rejection, the reason a moderator's rejection of a held non-member post gives",
    "rejection = _('Non-members are not allowed to post messages to this list.')",
    refused2("Non-members are not allowed to post messages to this list."),
    "the poster is not a member; the post was held for the moderator, who rejected it",
    "sender-policy",
  ),
];
