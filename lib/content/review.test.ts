// The content review against the real filter (Rspamd started with config/rspamd) and real DNS
// (the loopback fixture server): no mocks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDnsClient } from "@/lib/dns/client";
import { AppError } from "@/lib/errors";
import { contentEvidence } from "./evidence";
import { reviewContent, type ReviewOptions } from "./review";
import { startFilterFixture, type FilterFixture } from "./testing/filter-fixture";
import type { ContentReview, ReviewedContent } from "./types";

const PORT = 11335;
let fixture: FilterFixture;
let options: ReviewOptions;

beforeAll(async () => {
  fixture = await startFilterFixture(PORT);
  options = {
    filter: { url: fixture.filter.url, timeoutMs: 5000 },
    dns: createDnsClient({ servers: [`127.0.0.1:${fixture.dns.port}`], timeoutMs: 500, tries: 1 }),
  };
}, 240_000);
afterAll(() => fixture?.stop());

const fixtureBytes = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, "__fixtures__", name)));

async function reviewed(name: string): Promise<ReviewedContent> {
  const review = await reviewContent(fixtureBytes(name), options);
  if (review.status !== "reviewed") throw new Error(`not reviewed: ${review.reason}`);
  return review;
}

const symbolsOf = (r: ReviewedContent) => r.groups.flatMap((g) => g.findings.map((f) => f.symbol));
const groupOf = (r: ReviewedContent, symbol: string) =>
  r.groups.find((g) => g.findings.some((f) => f.symbol === symbol))?.group;

describe("reviewContent with the real filter", () => {
  it("scores a plain, well-formed message low, with nothing to change", async () => {
    const r = await reviewed("clean.eml");
    expect(r.verdict).toBe("low");
    expect(r.score).toBeLessThan(r.thresholds.greylist);
    expect(r.thresholds.reject).toBe(15);
    expect(r.attachments).toEqual([]);
    expect(r.groups.flatMap((g) => g.findings).filter((f) => f.tone === "bad")).toEqual([]);
    const ev = contentEvidence(r);
    expect(ev.evidence.find((e) => e.cause === "content-spam")?.direction).toBe("against");
    expect(ev.evidence.find((e) => e.cause === "content-virus")?.direction).toBe("against");
  });

  it("does not hold against a message the day it was sent, only a clock ahead of now", async () => {
    // A bounced copy is reviewed hours or days after it was sent: its Date is in the past by
    // then, which says nothing about the message. A Date ahead of the review is a wrong clock.
    const dated = async (offsetDays: number) => {
      const date = new Date(Date.now() + offsetDays * 86_400_000)
        .toUTCString()
        .replace("GMT", "+0000");
      const text = new TextDecoder()
        .decode(fixtureBytes("clean.eml"))
        .replace(/^Date: .*$/m, `Date: ${date}`);
      const review = await reviewContent(new TextEncoder().encode(text), options);
      if (review.status !== "reviewed") throw new Error(`not reviewed: ${review.reason}`);
      return symbolsOf(review);
    };
    expect(await dated(-10)).not.toContain("DATE_IN_PAST");
    expect(await dated(2)).toContain("DATE_IN_FUTURE");
  });

  it("reports a link to a domain the fixture DNS lists, from the filter and from our own lookup", async () => {
    const r = await reviewed("listed-link.eml");
    expect(symbolsOf(r)).toEqual(expect.arrayContaining(["DBL_SPAM", "URIBL_BLACK"]));
    expect(groupOf(r, "DBL_SPAM")).toBe("link-blocklist");
    expect(groupOf(r, "URL_SHORTENER")).toBe("url-shortener");
    const listed = r.linkedDomains.find((d) => d.domain === "listed-domain.test");
    expect(listed?.status).toBe("listed");
    expect(listed?.lists.join(" ")).toMatch(/Spamhaus DBL/);
    expect(r.linkedDomains.find((d) => d.domain === "bit.ly")?.status).toBe("not-listed");
    const ev = contentEvidence(r);
    expect(ev.evidence.find((e) => e.cause === "content-spam")).toMatchObject({ direction: "for" });
    // One step for the listed domain: the filter's four rules that list it add no second one.
    expect(ev.steps.map((s) => s.id)).toEqual([
      "content-spam.link-domain.listed-domain-test",
      "content-spam.verify.review-again",
    ]);
  });

  it("reports an image-only HTML message as images without text", async () => {
    const r = await reviewed("image-only.eml");
    expect(groupOf(r, "R_SUSPICIOUS_IMAGES")).toBe("image-only");
    expect(groupOf(r, "MIME_HTML_ONLY")).toBe("html-without-text");
    expect(r.score).toBeGreaterThanOrEqual(r.thresholds.addHeader);
    expect(r.verdict).toBe("junk");
    expect(contentEvidence(r).steps.map((s) => s.id)).toContain("content-spam.adjust.image-only");
  });

  it("names an executable attachment, from the filter and from our own reading", async () => {
    const r = await reviewed("executable-attachment.eml");
    expect(groupOf(r, "MIME_BAD_EXTENSION")).toBe("attachments");
    expect(r.attachments).toEqual([
      expect.objectContaining({ name: "printer-setup.exe", risk: "executable" }),
    ]);
    const ev = contentEvidence(r);
    expect(ev.evidence.find((e) => e.cause === "content-virus")).toMatchObject({
      direction: "for",
    });
    expect(ev.steps.map((s) => s.id)).toEqual([
      "content-virus.attachment.printer-setup-exe",
      "content-spam.verify.review-again",
    ]);
  });

  it("reports a From name that shows another address as a forged sender", async () => {
    const r = await reviewed("forged-from.eml");
    expect(groupOf(r, "FROM_NEQ_DISPLAY_NAME")).toBe("forged-sender");
    const finding = r.groups
      .flatMap((g) => g.findings)
      .find((f) => f.symbol === "FROM_NEQ_DISPLAY_NAME");
    expect(finding?.matched).toContain("paypal.com");
    expect(finding?.fix).toMatch(/plain name/);
  });

  it("reviews the copy of the original a bounce carries, not the bounce", async () => {
    const r = await reviewed("bounce-content-spam.eml");
    expect(r.source.kind).toBe("bounce-copy");
    expect(r.source.headersOnly).toBe(false);
    expect(r.linkedDomains.map((d) => d.domain)).toContain("listed-domain.test");
  });

  it("reviews a base64-encoded copy (an Exchange-shaped NDR) as it reviews a plain one", async () => {
    const plain = await reviewed("bounce-content-spam.eml");
    const r = await reviewed("bounce-base64-copy.eml");
    expect(r.source).toMatchObject({ kind: "bounce-copy", headersOnly: false });
    expect(r.linkedDomains.map((d) => d.domain)).toContain("listed-domain.test");
    expect(groupOf(r, "URL_SHORTENER")).toBe("url-shortener");
    for (const symbol of symbolsOf(plain).filter((s) => /DBL|SURBL|SHORTENER/.test(s)))
      expect(symbolsOf(r)).toContain(symbol);
    expect(r.score).toBeGreaterThanOrEqual(r.thresholds.addHeader);
  });

  it("says could not review, never clean, when the filter does not answer", async () => {
    const review: ContentReview = await reviewContent(fixtureBytes("clean.eml"), {
      ...options,
      filter: { url: "http://127.0.0.1:11339", timeoutMs: 1000 },
    });
    expect(review.status).toBe("could-not-review");
    if (review.status === "could-not-review")
      expect(review.reason).toMatch(/^Could not review the content: .*not reachable/);
    expect(contentEvidence(review).evidence.every((e) => e.direction === "unknown")).toBe(true);
  });

  it("refuses a binary blob and a 6 MB message with clear errors", async () => {
    const blob = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expect(reviewContent(blob, options)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/binary file, not an email message/),
    });
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    const error = await reviewContent(big, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(413);
  });
});
