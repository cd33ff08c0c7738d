import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeShareFragment } from "@/lib/share/encode";
import { main, type CliIo } from "./main";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtures = `${root}lib/bounce/__fixtures__`;

async function run(argv: string[], stdin = "") {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => new TextEncoder().encode(stdin),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("bounce-doctor main()", () => {
  it("prints one JSON line per recipient with --jsonl", async () => {
    const file = `${fixtures}/postfix-blocklist.eml`;
    const { code, out } = await run(["--jsonl", file]);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      file,
      index: 1,
      recipient: "carol@receiver.example",
      status: "5.7.1",
      replyCode: 554,
    });
    expect(rows[1]).toMatchObject({
      file,
      index: 2,
      recipient: "dave@receiver.example",
      status: "5.1.1",
      replyCode: 550,
      cause: "recipient-unknown",
    });
    expect(Object.keys(rows[0]).sort()).toEqual([
      "cause",
      "confidence",
      "file",
      "index",
      "recipient",
      "replyCode",
      "status",
    ]);
  });

  it("prints one line with the overall cause for a file with no recipient", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bd-"));
    writeFileSync(`${dir}/note.txt`, "just a note, nothing bounced");
    const { code, out } = await run(["--jsonl", `${dir}/note.txt`]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      index: null,
      recipient: null,
      status: null,
      replyCode: null,
    });
  });

  it("reads standard input with -", async () => {
    const { code, out } = await run(["--jsonl", "-"], "552 5.2.2 Mailbox full");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      file: "-",
      index: 1,
      status: "5.2.2",
      replyCode: 552,
      cause: "mailbox-full",
    });
  });

  it("prints a readable report without --jsonl", async () => {
    const { code, out } = await run([`${fixtures}/exim-quoted.txt`]);
    expect(code).toBe(0);
    expect(out).toContain("erin@receiver.example");
    expect(out).toContain("Who acts:");
  });

  it("exits 2 on a missing file and goes on with the others", async () => {
    const { code, out, err } = await run([
      "--jsonl",
      "/nonexistent/x.eml",
      `${fixtures}/qmail-plain.txt`,
    ]);
    expect(code).toBe(2);
    expect(err).toMatch(/x\.eml: cannot read \(ENOENT\)/);
    expect(JSON.parse(out)).toMatchObject({ recipient: "frank@receiver.example" });
  });

  it("adds a redacted result link per input with --link", async () => {
    const file = `${fixtures}/postfix-blocklist.eml`;
    const { code, out } = await run([
      "--jsonl",
      "--link",
      "--origin",
      "https://bd.example/ignored/path",
      file,
    ]);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    const link: string = rows[0].link;
    expect(link.startsWith("https://bd.example/r#")).toBe(true);
    expect(rows[1].link).toBe(link);
    const decoded = decodeShareFragment(link.slice(link.indexOf("#") + 1));
    if (!decoded.ok) throw new Error(decoded.message);
    // The recipient's local part is masked, the domain kept for the diagnosis.
    expect(decoded.payload.text).not.toContain("carol@receiver.example");
    expect(decoded.payload.text).toContain("@receiver.example");
  });

  it("prints the result link in the readable report", async () => {
    const { code, out } = await run(["--link", "-"], "552 5.2.2 Mailbox full");
    expect(code).toBe(0);
    expect(out).toMatch(/Result link: http:\/\/localhost:3000\/r#\S+/);
  });

  it("rejects --origin without a usable URL", async () => {
    expect((await run(["--link", "--origin", "ftp://x.example", "-"])).code).toBe(2);
    expect((await run(["--link", "--origin"])).err).toMatch(/--origin needs a URL/);
  });

  it("exits 2 on an unknown option or no input, 0 on --help", async () => {
    expect((await run(["--nope", "x"])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: bounce-doctor/);
  });
});

describe("bin/bounce-doctor (bundled)", () => {
  it("runs the bundle built by build:cli", () => {
    execFileSync("node", ["scripts/build-cli.mjs"], { cwd: root });
    const res = spawnSync(`${root}bin/bounce-doctor`, ["--jsonl", "-"], {
      input: "550 5.1.1 <a@example.com>: User unknown",
      encoding: "utf8",
    });
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ file: "-", status: "5.1.1", replyCode: 550 });
    const bad = spawnSync(`${root}bin/bounce-doctor`, ["/nonexistent"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
  }, 60_000);
});
