// `bounce-doctor --content FILE` end to end in-process, against the real filter and the
// loopback fixture DNS server.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFilterFixture, type FilterFixture } from "@/lib/content/testing/filter-fixture";
import { main, type CliIo } from "./main";

const PORT = 11337;
const FIXTURES = join(import.meta.dirname, "..", "content", "__fixtures__");
let fixture: FilterFixture;

beforeAll(async () => {
  fixture = await startFilterFixture(PORT);
  process.env.DNS_SERVER = `127.0.0.1:${fixture.dns.port}`;
  process.env.DNS_TIMEOUT_MS = "500";
  process.env.DNS_TRIES = "1";
}, 240_000);
afterAll(() => fixture?.stop());

async function run(argv: string[], filterUrl = fixture.filter.url) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => ({ bytes: new Uint8Array(0), truncated: false, limit: 0 }),
  };
  process.env.CONTENT_FILTER_URL = filterUrl;
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

describe("bounce-doctor --content", () => {
  it("prints the review of an executable attachment with the change to make", async () => {
    const r = await run(["--content", join(FIXTURES, "executable-attachment.eml")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Attachments receivers refuse/);
    expect(r.stdout).toMatch(/printer-setup\.exe \(application\/octet-stream\)/);
    expect(r.stdout).toMatch(/MIME_BAD_EXTENSION/);
    expect(r.stdout).toMatch(/Suggested changes\n\s+1\. Do not attach printer-setup\.exe/);
  });

  it("introduces a fix that costs no points as worth doing, not as a change", async () => {
    // clean.eml has no DKIM signature, which costs no points: the review's advice, not a change
    // the content needs (the web page labels it so too).
    const r = await run(["--content", join(FIXTURES, "clean.eml")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Worth doing: /);
    expect(r.stdout).not.toMatch(/Change: /);
  });

  it("prints the same review as JSON with --jsonl", async () => {
    const r = await run(["--jsonl", "--content", join(FIXTURES, "image-only.eml")]);
    const review = JSON.parse(r.stdout) as { status: string; groups: { group: string }[] };
    expect(review.status).toBe("reviewed");
    expect(review.groups.map((g) => g.group)).toContain("image-only");
  });

  it("exits 3 with 'could not review' when the filter is down, and 2 for a missing file", async () => {
    const down = await run(["--content", join(FIXTURES, "clean.eml")], "http://127.0.0.1:11339");
    expect(down.status).toBe(3);
    expect(down.stdout).toMatch(/Could not review the content/);
    const missing = await run(["--content", join(FIXTURES, "nope.eml")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \(ENOENT\)/);
  });
});
