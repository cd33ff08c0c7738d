// The questions the wizard may ask: what the bounce cannot say. Data only; the rules decide
// when each is asked, and every one accepts "I don't know".
import { MAILBOX_SERVICE_PLATFORM } from "@/lib/knowledge/mailbox-services";
import type { Context } from "./context";
import type { Question, QuestionId } from "./types";

const HEADERS_HELP =
  "Send a short test message to a personal mailbox you can open (Gmail, Outlook.com, Yahoo), then open its full headers there: " +
  "Gmail: the ⋮ menu → “Show original”. Outlook.com / new Outlook: ··· → View → “View message source”. " +
  "Classic Outlook on Windows: File → Properties → “Internet headers”. Apple Mail: View → Message → All Headers. " +
  "Copy everything above the message text and paste it here. The receiver's “Authentication-Results” line then tells us " +
  "whether SPF, DKIM and DMARC passed, and the “Received” lines show the IP address your mail left from.";

export const QUESTIONS: Record<QuestionId, Question> = {
  "scope-messages": {
    id: "scope-messages",
    prompt: "Do all your messages bounce, or only some?",
    help: "Think of the last day or two: does every message you send come back, or only certain ones?",
    input: {
      kind: "choice",
      options: [
        { value: "all", label: "All of them", hint: "Every message I send bounces" },
        { value: "some", label: "Only some", hint: "Most messages arrive, a few bounce" },
        { value: "one", label: "Just this one", hint: "It happened once" },
      ],
    },
    dontKnow: {
      label: "I don't know",
      then: "We will look at your sending setup, which covers both cases.",
    },
    stage: "analyze",
  },
  "scope-recipients": {
    id: "scope-recipients",
    prompt: "Who are the bounced messages addressed to?",
    help: "A problem with one person points at their mailbox; a problem with everyone points at your sending side.",
    input: {
      kind: "choice",
      options: [
        { value: "one-recipient", label: "One person" },
        {
          value: "one-domain",
          label: "Several people at the same organisation",
          hint: "e.g. everyone with an @example.com address",
        },
        { value: "many-domains", label: "People at different organisations" },
      ],
    },
    dontKnow: { label: "I don't know", then: "We will check both your side and the recipient's." },
    stage: "recipient",
  },
  "since-when": {
    id: "since-when",
    prompt: "Since when do your messages bounce?",
    input: {
      kind: "choice",
      options: [
        { value: "today", label: "Since today" },
        { value: "days", label: "For a few days" },
        { value: "long", label: "For weeks or longer" },
        {
          value: "after-change",
          label: "Since we changed something",
          hint: "a new mail provider, server, domain or DNS change",
        },
      ],
    },
    dontKnow: { label: "I don't know", then: "That is fine: the checks do not depend on it." },
    stage: "analyze",
  },
  "sending-platform": {
    id: "sending-platform",
    prompt: "What sends your mail?",
    help: "Look at where you log in to read mail, or ask whoever set it up. Newsletters often go through a separate service.",
    input: {
      kind: "choice",
      options: [
        { value: "google-workspace", label: "Google Workspace (Gmail with our own domain)" },
        { value: "microsoft-365", label: "Microsoft 365 (Outlook / Exchange Online)" },
        {
          value: "esp",
          label: "An email service provider",
          hint: "SendGrid, Mailchimp, Amazon SES, Mailgun, Brevo, ...",
        },
        {
          value: "shared-hosting",
          label: "Our web hosting company's mail server",
          hint: "mail that comes with a hosting package (cPanel, Plesk, ...)",
        },
        {
          value: "own-server",
          label: "Our own mail server",
          hint: "Exchange on premises, Postfix, a server we run",
        },
      ],
    },
    dontKnow: { label: "I don't know", then: "We will give the steps for each kind of sender." },
    stage: "ip-reputation",
  },
  "esp-name": {
    id: "esp-name",
    prompt: "Which email service provider?",
    input: {
      kind: "choice",
      options: [
        { value: "sendgrid", label: "SendGrid" },
        { value: "mailchimp", label: "Mailchimp / Mandrill" },
        { value: "amazon-ses", label: "Amazon SES" },
        { value: "mailgun", label: "Mailgun" },
        { value: "brevo", label: "Brevo (Sendinblue)" },
        { value: "other", label: "Another one" },
      ],
    },
    dontKnow: {
      label: "I don't know",
      then: "The steps will refer to “your provider's settings”.",
    },
    stage: "ip-reputation",
  },
  "sending-ip": {
    id: "sending-ip",
    prompt: "Which IP address does your mail leave from?",
    help:
      "The bounce does not name it. You can find it in the headers of a message you sent: " +
      HEADERS_HELP +
      " Or paste the headers below and we will find the address for you.",
    input: { kind: "text", format: "ip", placeholder: "192.0.2.1", headers: true },
    dontKnow: {
      label: "I don't know",
      then: "We will explain how your mail provider or administrator can check it.",
    },
    stage: "ip-reputation",
  },
  // Asked where only the receiver's reply names the sending domain (from-domain.ts); the prompt
  // names it (DOMAIN_PROMPTS).
  "from-domain-owned": {
    id: "from-domain-owned",
    prompt: "Is the domain the refusal names one you control?",
    help: "The refusal names the domain of the address your mail was sent From. Yours if you (or your organisation) own it and can change its DNS records; not yours if it is the domain of a platform, an app or a provider your mail went out through.",
    input: {
      kind: "choice",
      options: [
        { value: "yes", label: "Yes, it is our domain" },
        {
          value: "no",
          label: "No, it is not ours",
          hint: "a platform's, a provider's or someone else's domain",
        },
      ],
    },
    dontKnow: {
      label: "I don't know",
      then: "We will check its records and give the steps for a domain of your own.",
    },
    stage: "content",
  },
  "sending-domain": {
    id: "sending-domain",
    prompt: "Which domain do you send from?",
    help: "The part after the @ in your own address: for anna@example.com it is example.com.",
    input: { kind: "text", format: "domain", placeholder: "example.com" },
    dontKnow: {
      label: "I don't know",
      then: "We will give the general steps for SPF, DKIM and DMARC.",
    },
    stage: "content",
  },
  "dkim-selector": {
    id: "dkim-selector",
    prompt: "Which DKIM selector does your mail use?",
    help:
      "It is the s= value in the DKIM-Signature header of a message you sent (for example s=google or s=selector1). " +
      "Your provider's DKIM settings page shows it too. You can also paste a sent message's headers instead.",
    input: { kind: "text", format: "selector", placeholder: "selector1", headers: true },
    dontKnow: { label: "I don't know", then: "We will try the selectors common providers use." },
    stage: "content",
  },
  "sent-headers": {
    id: "sent-headers",
    prompt: "Can you paste the headers of a message you sent?",
    help: HEADERS_HELP,
    input: { kind: "headers" },
    dontKnow: { label: "Skip this", then: "We will rely on your DNS records alone." },
    stage: "content",
  },
  "address-checked": {
    id: "address-checked",
    prompt: "Is the address spelt exactly as the recipient gave it to you?",
    help: "Compare it letter by letter with a message the recipient sent you, or their business card.",
    input: {
      kind: "choice",
      options: [
        { value: "yes", label: "Yes, it is exactly right" },
        { value: "no", label: "No, I found a mistake" },
      ],
    },
    dontKnow: {
      label: "I can't tell",
      then: "We will give you a message to confirm the address with them.",
    },
    stage: "recipient",
  },
  "worked-before": {
    id: "worked-before",
    prompt: "Have you emailed this address successfully before?",
    help: "Look in your sent mail for an earlier message to the same address that did not bounce.",
    input: {
      kind: "choice",
      options: [
        { value: "yes", label: "Yes, it worked before" },
        { value: "no", label: "No, this was the first time" },
      ],
    },
    dontKnow: { label: "I don't know", then: "We will go on without it." },
    stage: "recipient",
  },
  "plain-test": {
    id: "plain-test",
    prompt: "Does a short plain message to the same person arrive?",
    help: "Send them two lines of plain text: no links, no pictures, no attachments, no signature logo. Then come back and tell us whether it bounced too.",
    input: {
      kind: "choice",
      options: [
        { value: "arrives", label: "It arrives", hint: "no bounce came back" },
        { value: "bounces", label: "It bounces too" },
      ],
    },
    dontKnow: { label: "I can't test it now", then: "We will go on without it." },
    stage: "content",
  },
};

/**
 * Questions about one address, as asked when the bounce names several recipients with different
 * causes: "this address" would not say which, and the answer bears on the recipients the wizard
 * walks (lib/rules/recipient-groups.ts), so the prompt names them. A bounce with one recipient
 * keeps the prompt above.
 */
export const ADDRESS_PROMPTS: Partial<
  Record<QuestionId, (addresses: string, several: boolean) => string>
> = {
  "address-checked": (a, several) =>
    several
      ? `Are ${a} spelt exactly as the recipients gave them to you?`
      : `Is ${a} spelt exactly as the recipient gave it to you?`,
  "worked-before": (a) => `Have you emailed ${a} successfully before?`,
  "plain-test": (a) => `Does a short plain message to ${a} arrive?`,
};

/** Questions about the sending domain, asked with its name. */
export const DOMAIN_PROMPTS: Partial<Record<QuestionId, (domain: string) => string>> = {
  "from-domain-owned": (d) => `Is ${d} a domain you (or your organisation) control?`,
};

/**
 * Questions whose answer the facts already give: never asked, as if answered. The sender's
 * address at a public mailbox service (gmail.com, ...) says what sends the mail (context.ts
 * infers the platform), and none of the platform question's options would fit it.
 */
const IMPLIED: Partial<Record<QuestionId, (ctx: Context) => boolean>> = {
  "sending-platform": (ctx) => ctx.platform === MAILBOX_SERVICE_PLATFORM,
  // Known from the bounce, the headers or an answer: asking it again unlocks nothing (a check
  // of it that does not run lacks another input, check-builders.ts).
  "sending-domain": (ctx) => ctx.sendingDomain !== null,
};

export function impliedAnswer(question: QuestionId, ctx: Context): boolean {
  return IMPLIED[question]?.(ctx) ?? false;
}
