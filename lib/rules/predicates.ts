// Every predicate the rules may name, registered once (XState's guards, json-rules-engine's
// operators). Each says in plain words what it found, true or false, so that every step's
// reason is built from the facts: "asked because the bounce names no IP and Spamhaus is mentioned".
import { CAUSE_IDS, CAUSES, type CauseId } from "@/lib/causes/causes";
import { checkFinished, couldNotCheck, findingsIn, hasFinding, type Context } from "./context";
import { QUESTION_IDS, type QuestionId } from "./types";

export interface Predicate {
  test: (ctx: Context) => boolean;
  /** Plain words when the predicate holds. */
  says: (ctx: Context) => string;
  /** Plain words when it does not (used for `not` conditions). */
  saysNot: (ctx: Context) => string;
}

/** Below this the classifier's top cause is a guess, and the wizard asks before it concludes. */
export const CLEAR_CONFIDENCE = 0.5;
/** An alternative at or above this is worth checking for. */
export const POSSIBLE_CONFIDENCE = 0.25;

const choice = (ctx: Context, q: QuestionId): string | null => {
  const a = ctx.facts.answers[q];
  return a?.kind === "choice" ? a.value : null;
};

const list = (items: string[]): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

const isUnclear = (ctx: Context): boolean =>
  ctx.facts.diagnosis === null || ctx.cause === "unknown" || ctx.confidence < CLEAR_CONFIDENCE;

const isPossible = (ctx: Context, cause: CauseId): boolean =>
  (ctx.cause === cause && !isUnclear(ctx)) ||
  ctx.ranked.some((r) => r.cause === cause && r.confidence >= POSSIBLE_CONFIDENCE);

const listedZones = (ctx: Context, id: string | null): string[] =>
  findingsIn(ctx, id, "blocklistListed").map((f) =>
    String(f.data?.["zone"] ?? f.data?.["list"] ?? f.title),
  );

/** The reverse-DNS findings in plain words (the reason is read by people, not engineers). */
const PTR_PROBLEM_WORDS: Record<string, string> = {
  "ptr.none": "it has no PTR record",
  "ptr.not-confirmed": "its PTR name does not point back to it",
  "ptr.generic": "its PTR name looks like a generic or dynamic address",
};

const ptrProblems = (ctx: Context): string =>
  list(
    findingsIn(ctx, ctx.ipCheckId, "ptrProblem").map((f) => PTR_PROBLEM_WORDS[f.code] ?? f.title),
  );

const authProblem = (ctx: Context): boolean =>
  hasFinding(ctx, ctx.domainCheckId, "spfProblem") ||
  hasFinding(ctx, ctx.domainCheckId, "dkimProblem") ||
  hasFinding(ctx, ctx.domainCheckId, "dmarcMissing");

const verdictFailed = (v: string | null): boolean =>
  v !== null && ["fail", "softfail", "permerror", "none"].includes(v);

const recipientsOne = (ctx: Context) => choice(ctx, "scope-recipients") === "one-recipient";

const base: Record<string, Predicate> = {
  "diagnosis.none": {
    test: (ctx) => ctx.facts.diagnosis === null,
    says: () => "no bounce message was given",
    saysNot: () => "a bounce message was given",
  },
  "cause.unclear": {
    test: isUnclear,
    says: (ctx) =>
      ctx.facts.diagnosis === null
        ? "there is no bounce to read the cause from"
        : ctx.cause === "unknown"
          ? "the bounce does not say clearly what went wrong"
          : `the bounce only hints at “${CAUSES[ctx.cause].title}” (${Math.round(ctx.confidence * 100)}% sure)`,
    saysNot: (ctx) => `the bounce says “${CAUSES[ctx.cause].title}”`,
  },
  "sender-side.suspected": {
    // Everyone's mail bouncing points at the sender; "I don't know" checks the sender too.
    test: (ctx) =>
      (isUnclear(ctx) && !recipientsOne(ctx) && choice(ctx, "scope-messages") !== "one") ||
      (ctx.cause === "content-spam" && choice(ctx, "scope-messages") === "all") ||
      (ctx.cause === "sender-policy" && choice(ctx, "scope-recipients") === "many-domains"),
    says: (ctx) =>
      choice(ctx, "scope-recipients") === "many-domains"
        ? "mail to several organisations bounces, which points at the sending side"
        : choice(ctx, "scope-messages") === "all"
          ? "all your messages bounce, which points at the sending side"
          : "the problem may be on the sending side",
    saysNot: () => "nothing points at the sending side",
  },
  "recipient-side.suspected": {
    test: (ctx) =>
      isUnclear(ctx) && (recipientsOne(ctx) || choice(ctx, "scope-messages") === "one"),
    says: () => "only mail to one person bounces, which points at that address",
    saysNot: () => "the problem is not limited to one address",
  },

  "ip.known": {
    test: (ctx) => ctx.sendingIp !== null,
    says: (ctx) =>
      ctx.sendingIpSource === "bounce"
        ? `the bounce names the sending IP ${ctx.sendingIp}`
        : ctx.sendingIpSource === "headers"
          ? `the pasted headers show the sending IP ${ctx.sendingIp}`
          : `the sending IP is ${ctx.sendingIp}`,
    saysNot: (ctx) =>
      ctx.facts.answers["sending-ip"]?.kind === "dont-know"
        ? "the sending IP is not known"
        : ctx.facts.diagnosis
          ? "the bounce names no IP"
          : "the sending IP is not known yet",
  },
  "blocklist.named": {
    test: (ctx) => ctx.blocklistZones.length > 0,
    says: (ctx) => `the bounce names the blocklist ${list(ctx.blocklistZones)}`,
    saysNot: () => "the bounce names no blocklist",
  },
  "blocklist.spamhaus": {
    test: (ctx) => ctx.mentionsSpamhaus,
    says: () => "Spamhaus is mentioned",
    saysNot: () => "Spamhaus is not mentioned",
  },
  "domain.known": {
    test: (ctx) => ctx.sendingDomain !== null,
    says: (ctx) => `your sending domain is ${ctx.sendingDomain}`,
    saysNot: (ctx) =>
      ctx.facts.answers["sending-domain"]?.kind === "dont-know"
        ? "your sending domain is not known"
        : "the bounce does not show your sending domain",
  },
  "selector.known": {
    test: (ctx) => ctx.selectors.length > 0,
    says: (ctx) =>
      `the DKIM selector${ctx.selectors.length > 1 ? "s are" : " is"} ${list(ctx.selectors)}`,
    saysNot: () => "the DKIM selector is not known",
  },
  "recipient-domain.known": {
    test: (ctx) => ctx.recipientDomain !== null,
    says: (ctx) => `the recipient's domain is ${ctx.recipientDomain}`,
    saysNot: () => "the bounce does not name the recipient's address",
  },
  "headers.given": {
    test: (ctx) => ctx.auth !== null,
    says: (ctx) =>
      ctx.auth?.source === "bounce"
        ? "the bounce carries the receiver's authentication results"
        : "you pasted headers with the receiver's authentication results",
    saysNot: () => "the receiver's authentication results are not at hand",
  },
  "headers.auth-fail": {
    test: (ctx) =>
      !!ctx.auth &&
      (verdictFailed(ctx.auth.dmarc) ||
        (verdictFailed(ctx.auth.spf) && verdictFailed(ctx.auth.dkim))),
    says: (ctx) =>
      `the receiver's verdicts were ${["spf", "dkim", "dmarc"].map((m) => `${m}=${ctx.auth?.[m as "spf"] ?? "?"}`).join(", ")}`,
    saysNot: () => "the receiver's verdicts show no authentication failure",
  },
  "headers.auth-pass": {
    test: (ctx) =>
      ctx.auth?.dmarc === "pass" || (ctx.auth?.spf === "pass" && ctx.auth?.dkim === "pass"),
    says: () => "the receiver saw SPF, DKIM or DMARC pass",
    saysNot: () => "no passing authentication verdict is at hand",
  },

  "platform.google": platform("google-workspace", "you send with Google Workspace"),
  "platform.microsoft": platform("microsoft-365", "you send with Microsoft 365"),
  "platform.esp": platform("esp", "you send through an email service provider"),
  "platform.own": platform("own-server", "you run your own mail server"),
  "platform.hosted": {
    test: (ctx) => ["google-workspace", "microsoft-365", "esp"].includes(ctx.platform ?? ""),
    says: () => "your mail goes out through a provider's shared servers",
    saysNot: () => "your mail does not go out through a known provider",
  },

  "scope.all": answerIs("scope-messages", "all", "all your messages bounce"),
  "scope.some": answerIs("scope-messages", "some", "only some of your messages bounce"),
  "scope.one": answerIs("scope-messages", "one", "only this one message bounced"),
  "recipients.one": answerIs(
    "scope-recipients",
    "one-recipient",
    "only mail to one person bounces",
  ),
  "recipients.one-domain": answerIs(
    "scope-recipients",
    "one-domain",
    "only mail to one organisation bounces",
  ),
  "recipients.many": answerIs(
    "scope-recipients",
    "many-domains",
    "mail to several organisations bounces",
  ),
  "since.after-change": answerIs(
    "since-when",
    "after-change",
    "it started after a change on your side",
  ),
  "address.checked": answerIs("address-checked", "yes", "you confirmed the address is spelt right"),
  "address.mistake": answerIs("address-checked", "no", "you found a mistake in the address"),

  "ip-check.finished": {
    test: (ctx) => checkFinished(ctx, ctx.ipCheckId),
    says: (ctx) => `the checks of ${ctx.sendingIp} have finished`,
    saysNot: () => "the IP has not been checked",
  },
  "ip.listed": {
    test: (ctx) => hasFinding(ctx, ctx.ipCheckId, "blocklistListed"),
    says: (ctx) => `${ctx.sendingIp} is listed on ${list(listedZones(ctx, ctx.ipCheckId))}`,
    saysNot: (ctx) => `${ctx.sendingIp ?? "the sending IP"} is not known to be listed`,
  },
  "ip.clean": {
    test: (ctx) =>
      hasFinding(ctx, ctx.ipCheckId, "blocklistClean") &&
      !hasFinding(ctx, ctx.ipCheckId, "blocklistListed") &&
      !couldNotCheck(ctx, ctx.ipCheckId, ["blocklist"]),
    says: (ctx) => `${ctx.sendingIp} is on none of the public blocklists checked`,
    saysNot: () => "the IP's listings are not all known",
  },
  "ip.unchecked": {
    test: (ctx) => couldNotCheck(ctx, ctx.ipCheckId, ["blocklist"]),
    says: () => "some blocklists could not be checked",
    saysNot: () => "every blocklist answered",
  },
  "ptr.problem": {
    test: (ctx) => hasFinding(ctx, ctx.ipCheckId, "ptrProblem"),
    says: (ctx) => `${ctx.sendingIp} has no valid reverse DNS (${ptrProblems(ctx)})`,
    saysNot: () => "no reverse DNS problem was found",
  },
  "ptr.ok": {
    test: (ctx) => hasFinding(ctx, ctx.ipCheckId, "ptrOk"),
    says: (ctx) => `${ctx.sendingIp} has a valid, forward-confirmed reverse DNS name`,
    saysNot: () => "the reverse DNS is not confirmed",
  },

  "domain-check.finished": {
    test: (ctx) => checkFinished(ctx, ctx.domainCheckId),
    says: (ctx) => `the checks of ${ctx.sendingDomain} have finished`,
    saysNot: () => "the sending domain has not been checked",
  },
  "auth.problem": {
    test: authProblem,
    says: (ctx) =>
      `${ctx.sendingDomain}'s records have problems (${list(
        (["spfProblem", "dkimProblem", "dmarcMissing"] as const).flatMap((g) =>
          findingsIn(ctx, ctx.domainCheckId, g).map((f) => f.code),
        ),
      )})`,
    saysNot: () => "no SPF, DKIM or DMARC problem was found in DNS",
  },
  "auth.clean": {
    test: (ctx) =>
      checkFinished(ctx, ctx.domainCheckId) &&
      !authProblem(ctx) &&
      !couldNotCheck(ctx, ctx.domainCheckId, ["spf", "dkim", "dmarc"]) &&
      hasFinding(ctx, ctx.domainCheckId, "spfPass"),
    says: (ctx) => `${ctx.sendingDomain}'s SPF, DKIM and DMARC records look right`,
    saysNot: () => "the authentication records are not all known to be right",
  },
  "domain.listed": {
    test: (ctx) => hasFinding(ctx, ctx.domainCheckId, "blocklistListed"),
    says: (ctx) => `${ctx.sendingDomain} is listed on ${list(listedZones(ctx, ctx.domainCheckId))}`,
    saysNot: () => "the sending domain is not known to be listed",
  },
  "sender-domain.broken": {
    test: (ctx) =>
      hasFinding(ctx, ctx.domainCheckId, "domainMissing") ||
      hasFinding(ctx, ctx.domainCheckId, "mailNotAccepted"),
    says: (ctx) =>
      `${ctx.sendingDomain} does not exist or takes no mail, so receivers refuse it as a sender`,
    saysNot: () => "the sending domain exists and takes mail",
  },

  "recipient-domain.invalid": {
    test: (ctx) =>
      hasFinding(ctx, ctx.recipientCheckId, "domainMissing") ||
      hasFinding(ctx, ctx.recipientCheckId, "mailNotAccepted"),
    says: (ctx) =>
      hasFinding(ctx, ctx.recipientCheckId, "domainMissing")
        ? `${ctx.recipientDomain} does not exist`
        : `${ctx.recipientDomain} publishes no mail server`,
    saysNot: () => "the recipient's domain exists",
  },
  "recipient-domain.typo": {
    test: (ctx) => hasFinding(ctx, ctx.recipientCheckId, "domainTypo"),
    says: (ctx) => {
      const f = findingsIn(ctx, ctx.recipientCheckId, "domainTypo")[0];
      const s = f?.data?.["suggestion"];
      return typeof s === "string"
        ? `${ctx.recipientDomain} looks like a typo of ${s}`
        : `${ctx.recipientDomain} looks like a typo`;
    },
    saysNot: () => "the recipient's domain is not a likely typo",
  },
  "recipient-domain.ok": {
    test: (ctx) =>
      hasFinding(ctx, ctx.recipientCheckId, "mailAccepted") &&
      !hasFinding(ctx, ctx.recipientCheckId, "domainTypo"),
    says: (ctx) => `${ctx.recipientDomain} exists and accepts mail`,
    saysNot: () => "the recipient's domain is not confirmed",
  },

  "evidence.found": {
    test: (ctx) =>
      hasFinding(ctx, ctx.ipCheckId, "blocklistListed") ||
      hasFinding(ctx, ctx.ipCheckId, "ptrProblem") ||
      authProblem(ctx) ||
      hasFinding(ctx, ctx.domainCheckId, "blocklistListed") ||
      hasFinding(ctx, ctx.recipientCheckId, "domainMissing") ||
      hasFinding(ctx, ctx.recipientCheckId, "mailNotAccepted") ||
      hasFinding(ctx, ctx.recipientCheckId, "domainTypo"),
    says: () => "the checks found a problem",
    saysNot: () => "the checks found no problem",
  },
};

function platform(value: string, words: string): Predicate {
  return {
    test: (ctx) => ctx.platform === value,
    says: () => words,
    saysNot: () => `you do not send with ${value.replace(/-/g, " ")}`,
  };
}

function answerIs(q: QuestionId, value: string, words: string): Predicate {
  return {
    test: (ctx) => choice(ctx, q) === value,
    says: () => words,
    saysNot: () => `not: ${words}`,
  };
}

// Families named by pattern, registered here once for every cause and question:
// "cause:<id>" (the bounce clearly says it), "possible:<id>" (it is among the likely causes),
// "answered:<question>", "dont-know:<question>".
const families: Record<string, Predicate> = {};
for (const id of CAUSE_IDS) {
  families[`cause:${id}`] = {
    test: (ctx) => ctx.cause === id && !isUnclear(ctx),
    says: () => `the bounce reads as “${CAUSES[id].title}”`,
    saysNot: () => `the bounce does not clearly read as “${CAUSES[id].title}”`,
  };
  families[`possible:${id}`] = {
    test: (ctx) => isPossible(ctx, id),
    says: (ctx) =>
      ctx.cause === id
        ? `the bounce reads as “${CAUSES[id].title}”`
        : `“${CAUSES[id].title}” is among the likely causes`,
    saysNot: () => `“${CAUSES[id].title}” is not among the likely causes`,
  };
}
for (const q of QUESTION_IDS) {
  families[`answered:${q}`] = {
    test: (ctx) => ctx.facts.answers[q] !== undefined,
    says: () => `you answered “${q}”`,
    saysNot: () => `“${q}” is not answered`,
  };
  families[`dont-know:${q}`] = {
    test: (ctx) => ctx.facts.answers[q]?.kind === "dont-know",
    says: () => `you did not know the answer to “${q}”`,
    saysNot: () => `you answered “${q}”`,
  };
}

export const predicates: Readonly<Record<string, Predicate>> = { ...base, ...families };
