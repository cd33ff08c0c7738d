// Nodemailer (the Node.js library most web applications send their mail with) builds its error
// messages in lib/smtp-connection/index.js: its own words, then, where the SMTP server answered,
// ": " and the server's reply ("Invalid login: 535 5.7.8 ...", "Can't send mail - all recipients
// were rejected: 550 5.1.1 ..."). The reply is read as any reply is, and those read right without
// anything here. These entries are Nodemailer's words where no server said why.
import type { PossibilityWording } from "@/lib/knowledge/scoring/possibility-wordings";
import type { Signature } from "./types";

const COMMIT = "2f667f4272cb2d7cb479b2e3903ab10600fc0eae";
const SMTP_CONNECTION = `https://github.com/nodemailer/nodemailer/blob/${COMMIT}/lib/smtp-connection/index.js`;

export const NODEMAILER_SIGNATURES: Signature[] = [
  {
    // login(): 'Missing credentials for "' + this._authMethod + '"' (EAUTH, command "API"):
    // the transport is set to log in but has no user or password, so nothing was sent.
    id: "nodemailer.missing-credentials",
    provider: "nodemailer",
    match: [/missing credentials for "(?:plain|login|xoauth2|cram-md5)"/],
    replyCode: "none",
    cause: "relay-denied",
    confidence: 0.75,
    source: SMTP_CONNECTION,
    example: 'Error: Missing credentials for "PLAIN"',
    note: "Nodemailer is set to log in to its SMTP server (auth) but has no user name or password to log in with: the application's mail settings (often an environment variable that is not set) must give them.",
  },
];

export const NODEMAILER_WORDINGS: readonly PossibilityWording[] = [
  {
    // _onConnect(): 'Greeting never received' (ETIMEDOUT, command "CONN") when the TCP
    // connection opened but no 220 greeting came within greetingTimeout. The maintainer's answer
    // (issue 441): "This usually happens when the server expects encrypted connection but you
    // start out as plaintext", i.e. port 465 without secure: true; else a server or a network
    // device that holds the connection without answering.
    id: "nodemailer.greeting-never-received",
    match: ["greeting never received"],
    causes: ["tls-required", "remote-unreachable"],
    says: "the application's mail library (Nodemailer) connected to its SMTP server but never got the server's greeting: most often implicit TLS (port 465) used without secure: true, else a server or network that holds the connection",
    examples: [
      {
        text: "Error: Greeting never received",
        source: `${SMTP_CONNECTION} (ETIMEDOUT); the maintainer on its cause: https://github.com/nodemailer/nodemailer/issues/441`,
      },
    ],
  },
];
