// au by KDDI's own failure notices (au one net's "Your mail sent on: ... Could not be delivered
// to: <address> As ...", and the EZweb notice), read from their top: the sentence au wrote for
// its user, often the only reason the notice gives. The sentences that name one cause are
// entries here; the EZweb notice's Japanese paragraph that stands for several causes is a
// possibility wording (scoring/notice-wordings.ts). au's "As their mailbox is full" and its
// Japanese form already read as a full mailbox through the general wordings, so they are not
// repeated. Spread into jp-carriers.ts's au table.
import { entryKit, page } from "./entry-kit";
import type { PhraseEntry } from "./types";

const { phrase } = entryKit("au-kddi");

// Sisimai's reader of au one net's notices, at the commit read: its table of the reasons au
// writes after "Could not be delivered to: <address>", collected from real notices.
const SISIMAI_KDDI = page(
  "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Lhost/KDDI.pm#L29-L34",
  "Sisimai::Lhost::KDDI (au by KDDI's notices): the reasons au's notice gives and what they mean",
);

export const AU_KDDI_NOTICE_PHRASES: readonly PhraseEntry[] = [
  phrase({
    id: "notice.remote-domain-doesnt-exist",
    cause: "recipient-domain-invalid",
    // au's English, as it prints it (without the apostrophe); the second needle is the same
    // sentence spelt as English would, for a notice retyped by its reader.
    match: ["as the remote domain doesnt exist", "as the remote domain doesn't exist"],
    // au's own notice: "remote domain" is the recipient's, the one au tried to deliver to. No
    // MTA's default text says this, so it is read wherever it appears (a copied notice top
    // names no au host).
    scope: "any",
    // au's own report, no server's reply.
    commands: ["NONE"],
    source: SISIMAI_KDDI,
    example: "As the remote domain doesnt exist",
    note: "au's notice reads 'Your mail sent on: <date> / Could not be delivered to: <address> / As the remote domain doesnt exist.' (the layout in the module's comments and in the real au notices of Sisimai's set, lhost-kddi-01..03.eml, there with 'As their mailbox is full.'). Sisimai reads the sentence as 'hostunknown': the domain after the @ does not exist, so the sender checks it for a typo. The same table has been in Sisimai's readers since its predecessor bounceHammer (JP::KDDI).",
  }),
];
