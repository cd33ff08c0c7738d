// The source replies Bounce Doctor still reads wrong, and why: the fix lies outside the
// knowledge (the parser in lib/bounce, the engine in lib/classify), belongs to another design
// (greylisting's cause), or the same words mean another cause elsewhere and a reading that
// frees this row costs a labelled real bounce or another server's row (each entry names what it
// would cost). The test expects these rows to fail; a fix turns one green, and then its line
// here goes.

export const KNOWN_MISREADS: Readonly<Record<string, string>> = {
  "james.AbstractGreylistHandler.greylisted":
    "James's greylisting reply carries no greylisting word (\"Temporary rejected: Please try again later\") and a status of its own choosing, 4.4.3 (directory server failure), which reads as remote-server-error. Greylisting's cause, wordings and checklist step are another helper's design (brief): this row expects today's greylisting reading, rate-limited, and names the reply for that design.",
  "sendmail.proto.badmx-tempfail":
    "Sendmail's \"MX lookup failure for example.net\" (FEATURE(badmx), check_mail) names a domain whose MX lookup failed, not whose domain it is: only the SMTP stage (MAIL FROM) makes it the sender's, and neither the bare reply nor a Postfix bounce of it carries that stage, so it reads as the recipient's domain (recipient-domain-invalid). A wording cannot tell them apart; a reading by the stage the reply answered belongs to lib/bounce and lib/classify.",
  "sa-exim.sa-exim.conf.tempreject":
    "sa-exim's \"451 Please try again later\" is sent for a SpamAssassin score over SAtempreject as well as for its greylisting, but the words are every server's deferral: ranking content-spam for them would put a spam verdict on each plain \"try again later\" (Postfix's milter tempfail, Sendmail's, Rspamd's). It reads unknown with rate-limited and remote-server-error first; the spam branch stays out of reach of the words.",
};
