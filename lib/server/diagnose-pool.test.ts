// The pool with real worker threads (the TypeScript worker through tsx, as in dev).
import { afterAll, describe, expect, it } from "vitest";
import { manyShortLinesPart, oneLongLine } from "@/lib/testing/hostile-shapes";
import { DiagnosePool } from "./diagnose-pool";

const pools: DiagnosePool[] = [];
const pool = (options: ConstructorParameters<typeof DiagnosePool>[0]) => {
  const p = new DiagnosePool(options).warm();
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

const ORIGIN = "http://localhost";
const job = (text: string) => ({
  body: new TextEncoder().encode(JSON.stringify({ text })),
  origin: ORIGIN,
});

describe("DiagnosePool", () => {
  it("answers the diagnosis as JSON from a worker", async () => {
    const result = await pool({ size: 1 }).run(
      job("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown"),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const body = JSON.parse(new TextDecoder().decode(result.bytes)) as {
      recipients: { cause: string }[];
    };
    expect(body.recipients[0]?.cause).toBe("recipient-unknown");
  });

  it("answers a body that is not the JSON asked for as invalid, with its message", async () => {
    const result = await pool({ size: 1 }).run({
      body: new TextEncoder().encode("[1]"),
      origin: ORIGIN,
    });
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      message: 'The request body must be a JSON object: {"text": "..."}.',
    });
  });

  it("answers the input cap's message", async () => {
    const result = await pool({ size: 1 }).run(job(manyShortLinesPart(300_000)));
    expect(result).toMatchObject({ ok: false, reason: "limit" });
  });

  it("ends a job over its budget, replaces the worker and goes on answering", async () => {
    const p = pool({ size: 1, budgetMs: 5 });
    const over = await p.run(job(oneLongLine(1_500_000)));
    expect(over).toEqual({ ok: false, reason: "over-budget" });
    const p2 = pool({ size: 1, budgetMs: 5_000 });
    const next = await p2.run(job("550 5.1.1 user unknown"));
    expect(next.ok).toBe(true);
    // The first pool still has a worker and serves small jobs within a sane budget once warm.
    expect(p.size).toBe(1);
  });

  it("keeps the calling thread free while a large job runs", async () => {
    const p = pool({ size: 1, budgetMs: 20_000 });
    await p.run(job("550 5.1.1 warm-up"));
    let worstGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    await p.run(job(oneLongLine(1_500_000)));
    const jobMs = performance.now() - started;
    clearInterval(ticker);
    // The job's own time is spent in the worker; this thread's timer kept firing.
    expect(worstGap).toBeLessThan(Math.max(100, jobMs / 2));
  });

  it("answers busy past its queue", async () => {
    const p = pool({ size: 1, maxQueue: 1 });
    const jobs = [1, 2, 3].map(() => p.run(job(oneLongLine(300_000))));
    const results = await Promise.all(jobs);
    expect(results.filter((r) => !r.ok && r.reason === "busy")).toHaveLength(1);
  });
});
