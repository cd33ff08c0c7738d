import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeShareFragment } from "@/lib/share/encode";
import { main, type CliIo } from "./main";
import { readFdCapped, readFileCapped, readStreamCapped } from "./read-input";
import { jsonlLine, type JsonlRow } from "./report";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtures = `${root}lib/bounce/__fixtures__`;

async function run(argv: string[], stdin = "") {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => ({
      bytes: new TextEncoder().encode(stdin),
      truncated: false,
      limit: 1e7,
    }),
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

  it("prints an unknown's possible causes, ranked, and none for a named cause", async () => {
    // PRODUCT.md's bare refusal: the text does not say why, so the line says what remains.
    const unknown = JSON.parse((await run(["--jsonl", "-"], "550 mail refused")).out) as JsonlRow;
    expect(unknown.cause).toBe("unknown");
    const possible = unknown.possible ?? [];
    expect(possible.length).toBeGreaterThanOrEqual(3);
    expect(possible.map((p) => p.cause)).toContain("recipient-unknown");
    const shares = possible.map((p) => p.confidence);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const named = JSON.parse((await run(["--jsonl", "-"], "552 5.2.2 Mailbox full")).out);
    expect(named).not.toHaveProperty("possible");
  });

  it("prints a readable report without --jsonl", async () => {
    const { code, out } = await run([`${fixtures}/exim-quoted.txt`]);
    expect(code).toBe(0);
    expect(out).toContain("erin@receiver.example");
    expect(out).toContain("Who acts:");
  });

  it("prints a delay notice beside the reason it gives, readable and as JSON", async () => {
    const file = `${root}lib/knowledge/lab/fixtures/postfix/delay-warning.eml`;
    const { out } = await run([file]);
    expect(out).toMatch(/Cause: .* \[remote-unreachable, /);
    expect(out).toContain("Not a failure yet: this is a delay notice.");
    const row = JSON.parse((await run(["--jsonl", file])).out.trim()) as JsonlRow;
    expect(row.cause).toBe("remote-unreachable");
    expect(row.delayNotice?.until).toMatch(/^\w{3}, /);
  });

  it("headlines greylisting by its own words, not the rate limit's title", async () => {
    const file = `${root}lib/knowledge/lab/fixtures/postgrey/greylisted.txt`;
    const { out } = await run([file]);
    expect(out).toMatch(/Cause: The receiving server greylisted the message.* \[rate-limited, /);
    expect(out).toContain("Greylisting: the receiving server turns away the first attempt");
  });

  it("headlines a sending service's suppression left unsure of its reason by what happened", async () => {
    // Amazon SES's suppression-list text (lib/knowledge/suppressions.ts cites the page): BOUNCE
    // or COMPLAINT, so unknown; the report says the message was not sent, then the causes left.
    const { out } = await run(
      ["-"],
      "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
    );
    expect(out).toMatch(/Cause: Not sent: .*suppression list \[unknown\]/);
    expect(out).toContain("GetSuppressedDestination");
    expect(out).not.toContain("This bounce does not say why");
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

  it("ends quietly, with status 141 as SIGPIPE would give, when its reader closes early", async () => {
    execFileSync("node", ["scripts/build-cli.mjs"], { cwd: root });
    // Enough output for several large writes: the reader leaves after the first.
    const files = Array.from({ length: 400 }, () => `${fixtures}/postfix-blocklist.eml`);
    for (const snapshot of ["1", "0"]) {
      const child = spawn(`${root}bin/bounce-doctor`, ["--jsonl", ...files], {
        env: { ...process.env, BOUNCE_DOCTOR_SNAPSHOT: snapshot },
      });
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      // As `| head -1` does: read the first piece, then close the pipe.
      const first = await new Promise<string>((resolve) =>
        child.stdout.once("data", (d: Buffer) => resolve(d.toString())),
      );
      child.stdout.destroy();
      const status = await new Promise<number | null>((resolve) =>
        child.on("close", (code) => resolve(code)),
      );
      expect(JSON.parse(first.split("\n")[0]!)).toMatchObject({ index: 1 });
      expect(err).toBe("");
      expect(status).toBe(141);
    }
  }, 60_000);

  // The build writes dist/cli.blob with the project's Node (node_modules/node).
  const projectNode = existsSync(`${root}node_modules/node/bin/node`);

  it.runIf(projectNode)(
    "starts from the start-up snapshot and answers as the bundle does",
    () => {
      execFileSync("node", ["scripts/build-cli.mjs"], { cwd: root });
      expect(existsSync(`${root}dist/cli.blob`)).toBe(true);
      const input = readFileSync(`${fixtures}/postfix-blocklist.eml`);
      const runs = (snapshot: string) =>
        [["--jsonl", "-"], ["-"], ["--link", "-"], ["--help"], ["--bogus"]].map((args) => {
          const res = spawnSync(`${root}bin/bounce-doctor`, args, {
            input,
            encoding: "utf8",
            env: { ...process.env, BOUNCE_DOCTOR_SNAPSHOT: snapshot },
          });
          return [res.status, res.stdout, res.stderr];
        });
      const fromSnapshot = runs("1");
      expect(fromSnapshot[0]![0]).toBe(0);
      expect(fromSnapshot[2]![1]).toMatch(/#/);
      expect(fromSnapshot).toEqual(runs("0"));
    },
    120_000,
  );

  it.runIf(projectNode)(
    "runs from the bundle when the snapshot was not written by this Node binary",
    () => {
      // A copy of bin/ beside a dist/ whose blob is not one: were it loaded, Node would abort.
      const tree = mkdtempSync(join(tmpdir(), "bounce-doctor-bin-"));
      for (const d of ["bin", "dist", "node_modules/node/bin"])
        mkdirSync(join(tree, d), { recursive: true });
      for (const f of ["bounce-doctor", "bounce-doctor.mjs"])
        copyFileSync(`${root}bin/${f}`, join(tree, "bin", f));
      chmodSync(join(tree, "bin/bounce-doctor"), 0o755);
      for (const f of ["cli.mjs", "cli-chunks", "cli-gates.json"])
        symlinkSync(`${root}dist/${f}`, join(tree, "dist", f));
      symlinkSync(`${root}node_modules/node/bin/node`, join(tree, "node_modules/node/bin/node"));
      const blob = join(tree, "dist/cli.blob");
      writeFileSync(blob, "not a snapshot");
      // Newer than the binary, but recorded for another (size and time): npm ci put back an
      // older Node with an older date; and with no record at all, an older blob.
      const other = `${statSync(`${root}node_modules/node/bin/node`).size + 1} 0\n`;
      for (const stamp of [other, null]) {
        if (stamp === null) {
          rmSync(`${blob}.node`);
          utimesSync(blob, new Date(0), new Date(0));
        } else writeFileSync(`${blob}.node`, stamp);
        const res = spawnSync(join(tree, "bin/bounce-doctor"), ["--jsonl", "-"], {
          input: "550 5.1.1 <a@example.com>: User unknown",
          encoding: "utf8",
        });
        expect(res.stderr).toBe("");
        expect(res.status).toBe(0);
        expect(JSON.parse(res.stdout)).toMatchObject({ status: "5.1.1", replyCode: 550 });
      }
    },
    60_000,
  );
});

describe("hostile input", () => {
  it("strips terminal escape sequences from the readable report", async () => {
    const bounce =
      "550 5.1.1 <a@example.com>: \u001b]0;owned\u0007\u001b[2J\u001b]8;;http://evil.example/\u001b\\click\u001b]8;;\u001b\\ user unknown \u009b31m";
    const { code, out } = await run(["-"], bounce);
    expect(code).toBe(0);
    expect(out).toContain("Server said:");
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("escapes C1 controls in JSON lines too, and the line still parses", () => {
    const row = { file: "bounce\u009b2J.eml", index: 1, recipient: "a\u009d@example.com" };
    const line = jsonlLine(row as unknown as JsonlRow);
    expect(line).not.toMatch(/[\u007f-\u009f]/);
    expect(JSON.parse(line)).toEqual(row);
  });

  it("reads at most the limit of an endless input and says so", async () => {
    let err = "";
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => (err += t),
      readStdin: async () => ({ bytes: new Uint8Array(0), truncated: false, limit: 1e7 }),
      readFile: (path) => readFileCapped(path, 1024 * 1024),
    };
    const code = await main(["/dev/zero"], io);
    expect(code).toBe(0);
    expect(err).toMatch(/\/dev\/zero: larger than 1 MB; only the first 1 MB were read/);
  });

  it("refuses an input past the caps with the cap's message", async () => {
    const { code, err } = await run(["-"], "550 5.1.1 x\n".repeat(70_000));
    expect(code).toBe(2);
    expect(err).toMatch(/^bounce-doctor: -: not diagnosed: This text has more than 60,000 lines/);
  });

  it("refuses too many parts in far fewer lines than the line cap (read past the line glance)", async () => {
    const parts = 'Content-Type: multipart/mixed; boundary="b"\n\n' + "--b\nx\n".repeat(600);
    const { code, err } = await run(["-"], parts);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^bounce-doctor: -: not diagnosed: This message has more than 500 MIME parts/,
    );
  });
});

describe("readFileCapped and readStreamCapped", () => {
  it("stop at the limit", async () => {
    expect(readFileCapped("/dev/zero", 3_000_000)).toMatchObject({ truncated: true });
    expect(readFileCapped("/dev/zero", 3_000_000).bytes.byteLength).toBe(3_000_000);
    async function* endless() {
      for (;;) yield new Uint8Array(65_536);
    }
    const read = await readStreamCapped(endless(), 200_000);
    expect(read.truncated).toBe(true);
    expect(read.bytes.byteLength).toBe(200_000);
  });
});

describe("readFdCapped", () => {
  it("reads a descriptor to its end, or stops at the limit", async () => {
    const { closeSync, openSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "bd-fd-"));
    const file = join(dir, "in.txt");
    writeFileSync(file, "550 5.1.1 User unknown\n".repeat(5000));
    const whole = openSync(file, "r");
    const read = readFdCapped(whole);
    closeSync(whole);
    expect(read.done && read.input).toMatchObject({ truncated: false });
    expect(read.done && new TextDecoder().decode(read.input.bytes)).toBe(
      "550 5.1.1 User unknown\n".repeat(5000),
    );
    const zero = openSync("/dev/zero", "r");
    const capped = readFdCapped(zero, 100_000);
    closeSync(zero);
    expect(capped.done && capped.input.truncated).toBe(true);
    expect(capped.done && capped.input.bytes.byteLength).toBe(100_000);
  });

  it("goes on through the stream after what it read when the descriptor would block", async () => {
    async function* rest() {
      yield new Uint8Array([3, 4]);
    }
    const read = await readStreamCapped(rest(), 10, [new Uint8Array([1, 2])]);
    expect([...read.bytes]).toEqual([1, 2, 3, 4]);
  });
});
