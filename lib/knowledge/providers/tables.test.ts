// Data integrity of the provider tables: every entry is sourced, its own documented example
// fits its own needles and constraints, ids are unique, causes exist, and every regular
// expression is safe on large hostile input.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { normalizeString, stripContinuations } from "@/lib/classify/text-index";
import type { Needle } from "@/lib/knowledge/signatures/types";
import { PROVIDER_TABLES } from "./index";
import type { PhraseEntry, ProviderTable } from "./types";

const causes = new Set<string>(CAUSE_IDS);
const phrases = PROVIDER_TABLES.flatMap((t) => t.phrases);
const readings = PROVIDER_TABLES.flatMap((t) => t.statusReadings);
const STATUS = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]?\d)/g;
const REPLY = /(?:^|[^\d.])([245]\d\d)(?=[ -])/g;

/** The text the classifier reads: lower-cased, whitespace collapsed, continuations removed. */
function hay(text: string): string {
  const s = normalizeString(text);
  return `${s}\n${stripContinuations(s)}`;
}

function found(h: string, n: Needle): boolean {
  if (typeof n === "string") return h.includes(n);
  n.lastIndex = 0;
  return n.test(h);
}

function statusesIn(text: string): string[] {
  return [...text.matchAll(STATUS)].map((m) => m[1] ?? "");
}

function repliesIn(text: string): number[] {
  return [...text.matchAll(REPLY)].map((m) => Number(m[1]));
}

function statusFits(status: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.endsWith(".") ? status.startsWith(a) : status === a));
}

function replyFits(code: number, allowed: PhraseEntry["replyCode"]): boolean {
  if (allowed === undefined) return true;
  if (allowed === "4xx") return code >= 400 && code < 500;
  if (allowed === "5xx") return code >= 500 && code < 600;
  return allowed.includes(code);
}

const allNeedles = (e: PhraseEntry): Needle[] => [
  ...e.match,
  ...(e.also ?? []),
  ...(e.unless ?? []),
];

/** A quantified group that is itself unbounded (e.g. "(a+)+", "(a|ab)*") can backtrack badly. */
const UNBOUNDED_GROUP = /\)(?:[*+]|\{\d+,\})/;

describe("provider tables", () => {
  it("has one table per provider, each with its identity and entries", () => {
    const names = PROVIDER_TABLES.map((t) => t.provider);
    expect(new Set(names).size).toBe(names.length);
    for (const t of PROVIDER_TABLES) {
      expect(t.identity.provider).toBe(t.provider);
      expect(t.identity.name.length).toBeGreaterThan(0);
      expect(t.identity.source.url).toMatch(/^https?:\/\//);
      for (const h of t.identity.hosts) expect(h).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(t.phrases.length + t.statusReadings.length).toBeGreaterThan(0);
      for (const e of [...t.phrases, ...t.statusReadings]) expect(e.provider).toBe(t.provider);
    }
  });

  it("registers every table file's table in PROVIDER_TABLES", async () => {
    // Files that hold part of one table (google.ts and microsoft.ts spread them in), not a table.
    const helpers = new Set(["index.ts", "types.ts", "entry-kit.ts", "google-smtp-errors.ts"]);
    const files = readdirSync(new URL(".", import.meta.url)).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !helpers.has(f),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const mod = (await import(/* @vite-ignore */ `./${f.replace(/\.ts$/, "")}`)) as Record<
        string,
        unknown
      >;
      const tables = Object.values(mod).filter(
        (v): v is ProviderTable => typeof v === "object" && v !== null && "phrases" in v,
      );
      if (tables.length === 0) {
        // A file of entries spread into its provider's table (google-notice.ts into google.ts):
        // every entry it exports is read through a registered table.
        const lists = Object.values(mod).filter((v): v is PhraseEntry[] => Array.isArray(v));
        expect(lists.length, f).toBeGreaterThan(0);
        for (const e of lists.flat()) expect(phrases, `${f}: ${e.id}`).toContain(e);
        continue;
      }
      for (const t of tables) expect(PROVIDER_TABLES, `${f}: ${t.provider}`).toContain(t);
    }
  });

  it("gives every entry a unique id that starts with its provider", () => {
    const ids = [...phrases, ...readings].map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    for (const e of [...phrases, ...readings]) expect(e.id.startsWith(`${e.provider}.`)).toBe(true);
  });

  it("cites a page (url and title) and names a known cause for every entry", () => {
    for (const e of [...phrases, ...readings]) {
      expect(e.source.url, e.id).toMatch(/^https?:\/\/\S+$/);
      expect(e.source.title.trim().length, e.id).toBeGreaterThan(0);
      expect(causes.has(e.cause), `${e.id}: ${e.cause}`).toBe(true);
      expect(e.example.trim().length, e.id).toBeGreaterThan(0);
      if (!e.verbatim) expect(e.note, `${e.id}: a reconstructed example says why`).toBeTruthy();
    }
  });

  it.each(phrases.map((e) => [e.id, e] as const))(
    "%s: its example fits its own needles",
    (_, e) => {
      const h = hay(e.example);
      expect(
        e.match.some((n) => found(h, n)),
        `no match needle of ${e.id} is in its example`,
      ).toBe(true);
      for (const n of e.also ?? []) expect(found(h, n), `${e.id} also ${String(n)}`).toBe(true);
      for (const n of e.unless ?? [])
        expect(found(h, n), `${e.id} unless ${String(n)}`).toBe(false);
      if (e.status) {
        const st = statusesIn(e.example);
        expect(
          st.some((s) => statusFits(s, e.status ?? [])),
          `${e.id}: example status ${st.join(",")}`,
        ).toBe(true);
      }
      if (e.replyCode !== undefined) {
        const rc = repliesIn(e.example);
        expect(rc.length, `${e.id}: example has no reply code`).toBeGreaterThan(0);
        expect(
          rc.some((c) => replyFits(c, e.replyCode)),
          `${e.id}: reply ${rc.join(",")}`,
        ).toBe(true);
      }
    },
  );

  it("writes string needles in lower case with single spaces, long enough to be specific", () => {
    for (const e of phrases) {
      for (const n of allNeedles(e)) {
        if (typeof n !== "string") continue;
        expect(n, e.id).toBe(n.toLowerCase());
        expect(/\s\s|[\t\n\r]/.test(n), `${e.id}: "${n}"`).toBe(false);
        expect(n.trim().length, `${e.id}: "${n}" is too short`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it("gives each status reading a full status code found in its example", () => {
    for (const r of readings) {
      expect(r.status, r.id).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      expect(statusesIn(r.example), r.id).toContain(r.status);
    }
  });

  describe("regular expressions are safe", () => {
    const regexes = phrases.flatMap((e) =>
      allNeedles(e)
        .filter((n): n is RegExp => n instanceof RegExp)
        .map((re) => [e.id, re, e.example] as const),
    );

    it.each(regexes.map(([id, re]) => [id, re] as const))(
      "%s %s has no unbounded quantified group",
      (_, re) => {
        expect(UNBOUNDED_GROUP.test(re.source)).toBe(false);
        expect(re.flags.includes("g") || re.flags.includes("y")).toBe(false);
      },
    );

    it("each runs on 100 KB of hostile text within a small budget", () => {
      const fill = (unit: string) =>
        unit.repeat(Math.ceil(100_000 / Math.max(unit.length, 1))).slice(0, 100_000);
      const words = regexes
        .map(([, re]) => re.source.replace(/[\\^$.*+?()[\]{}|]/g, " "))
        .join(" ");
      const common = [fill("a"), fill(" "), fill("5.7.1 "), fill(`${words} `), fill("aup#i-1")];
      for (const [id, re, example] of regexes) {
        // The entry's own example cut short and repeated: the near-miss text a regex meets.
        const own = fill(normalizeString(example).slice(0, -1) + " ");
        for (const text of [...common, own]) {
          const t0 = performance.now();
          re.test(text);
          const ms = performance.now() - t0;
          expect(ms, `${id} ${re.source} took ${ms.toFixed(1)} ms`).toBeLessThan(250);
        }
      }
    });
  });
});

// Words by which an entry's note names a cause (the distinctive ones only: "spam" alone is in
// most notes). A note that names another cause as an alternative to the entry's own ("spam-like
// content or IP/domain reputation") says its source does not decide between them: the entry
// must then be a hint (strength "weak") beside a possibility wording that ranks the causes
// (scoring/possibility-wordings.ts), or one read and left as it is (NOTES_READ).
const CAUSE_WORDS: Partial<Record<string, RegExp>> = {
  "content-spam":
    /\b(?:content checks?|spam-like content|message content|content filter(?:s|ing)?|the content)\b/,
  "bad-reputation":
    /\b(?:ip (?:and|or|\/) ?domain reputation|(?:sender|ip|domain|sending) reputation|reputation filters?)\b/,
  "ip-blocklisted": /\b(?:block ?list(?:ed)?|blacklist(?:ed)?|dnsbl|rbl)\b/,
  "authentication-failure": /\b(?:spf|dkim|dmarc)\b/,
  "rate-limited": /\b(?:rate limit(?:ed|s)?|throttl\w*|too many (?:messages|connections))\b/,
  "reverse-dns": /\b(?:reverse dns|rdns|ptr record)\b/,
  "content-virus": /\b(?:virus|malware)\b/,
  "mailbox-full": /\b(?:over quota|mailbox (?:is )?full|quota)\b/,
};
const NEGATED = /\b(?:not|no|never|rather than|despite|instead of|isn't|without)\b[^.;:]{0,40}$/;

/** The causes other than its own that an entry's note names as alternatives ("... or ..."). */
function alternativesInNote(e: { cause: string; note?: string }): string[] {
  const note = (e.note ?? "").toLowerCase();
  const out: string[] = [];
  const own = CAUSE_WORDS[e.cause];
  for (const [cause, words] of Object.entries(CAUSE_WORDS)) {
    if (cause === e.cause || !words) continue;
    for (const m of note.matchAll(new RegExp(words.source, "g"))) {
      if (NEGATED.test(note.slice(0, m.index))) continue;
      const before =
        note
          .slice(Math.max(0, m.index - 70), m.index)
          .split(/[.;:]/)
          .pop() ?? "";
      const after =
        note.slice(m.index + m[0].length, m.index + m[0].length + 70).split(/[.;:]/)[0] ?? "";
      // An alternative ("... or ..."), or one of a list beside the entry's own cause ("IP and
      // domain reputation, content checks, user feedback" for a content entry).
      if (/\bor\b/.test(before) || /\bor\b/.test(after) || own?.test(`${before} ${after}`)) {
        out.push(cause);
        break;
      }
    }
  }
  return out;
}

/**
 * Entries whose note names another cause as an alternative, read (session 27) and left as they
 * are: the other cause is the same refusal seen from another side (a personal block list that
 * is the recipient's policy, a virus that a content filter refuses as content), a cause the
 * page lists among network troubles of a connection, or one the entry's own cause explains
 * (a quota that is a sending limit). Each may deserve a possibility wording of its own later.
 */
const NOTES_READ = new Set([
  // The note explains the other cause away: Gmail's "rate limited" wording for a PTR or SPF
  // requirement, Yahoo's content block whose page lists malware among content.
  "google.4.7.23-ptr",
  "google.4.7.27-spf",
  "yahoo.ph01-content",
  // Outlook.com's page names content or reputation for SC-001 and OU-002, as iCloud's does for
  // CS codes; made a hint like CS01, a reply at MAIL FROM then headlines sender-policy by the
  // stage (lib/classify/stage-shift-reasons.test.ts): left as documented until the stage can
  // leave room for the page's reasons.
  "microsoft.olc.ou-002",
  "microsoft.olc.sc-001",
  // A "quota" that is the sender's own sending quota, not a mailbox's.
  "amazon-ses.throttling-daily-quota",
  "apple.not-accepting-connections",
  "content-filter.message-content-rejected",
  "dominio-absoluto.administratively-denied",
  "dominio-absoluto.antispam-reputation-list",
  "dreamhost.policy-rejection-quota-exceeded",
  "fastmail.content-rejected",
  "forpsi.sender-is-blacklisted",
  "ftgate.code-2.02",
  "gandi.blocked-you-may-be-infected",
  "hornetsecurity.explicit-block",
  "interia.ip-labeled-source-of-spam",
  "mailchannels.inbound-message-rejected",
  "messagelabs.ext-banned-content",
  "microsoft.ex2019.4.4.2-connection-dropped",
  "microsoft.ex2019.4.4.7-message-delayed",
  "mimecast.550-administrative-prohibition",
  "mimecast.554-security-policies",
  "oci-email.421-too-many-auth-failures",
  "polaris-mail.blacklisted-on-this-server",
  "proton.rejected-by-spam-filter",
  "seppmail.forward-abuse",
  "url-com-tw.illegal-sender",
  "yahoo.tss04-complaints",
]);

describe("notes that name other causes", () => {
  const entries = [...phrases, ...readings].map((e) => ({
    id: e.id,
    weak: "strength" in e && e.strength === "weak",
    others: alternativesInNote(e),
  }));

  it("finds the alternatives a note names (the checker itself)", () => {
    expect(
      alternativesInNote({
        cause: "content-spam",
        note: "CS codes: IP and domain reputation, content checks or user feedback.",
      }),
    ).toEqual(["bad-reputation"]);
    // The iCloud CS01 entry's note before session 27, when it headlined content-spam.
    expect(
      alternativesInNote({
        cause: "content-spam",
        note: "CS codes are iCloud's content and reputation filters (the page: IP and domain reputation, content checks, user feedback).",
      }),
    ).toEqual(["bad-reputation"]);
    expect(
      alternativesInNote({ cause: "reverse-dns", note: "Not a rate limit or a PTR issue." }),
    ).toEqual([]);
  });

  it("an entry whose source leaves several causes is a hint, or was read and left", () => {
    const unread = entries.filter((e) => e.others.length > 0 && !e.weak && !NOTES_READ.has(e.id));
    expect(unread.map((e) => `${e.id}: ${e.others.join(", ")}`)).toEqual([]);
  });

  it("counts what it finds: 30 entries in session 27, the hint among them", () => {
    const flagged = entries.filter((e) => e.others.length > 0);
    // A new entry (or note) that names another cause changes the count: read it, then make it a
    // hint or add it to NOTES_READ.
    expect(flagged.length).toBe(30);
    expect(
      flagged
        .filter((e) => e.weak && !NOTES_READ.has(e.id))
        .map((e) => e.id)
        .sort(),
    ).toEqual(["apple.cs01-local-policy"]);
  });

  it("every entry read and left still names an alternative (the list stays current)", () => {
    const stale = [...NOTES_READ].filter(
      (id) => !entries.some((e) => e.id === id && e.others.length > 0),
    );
    expect(stale).toEqual([]);
  });
});
