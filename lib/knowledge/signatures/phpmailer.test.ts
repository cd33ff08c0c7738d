// PHPMailer's own error texts (src/PHPMailer.php and its language files), pasted from a web
// site's contact form or a WordPress mail log: the refused login decides, a failed connection
// ranks what could have failed, and the server's own reply, where the debug output has it, wins.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { CLIENT_WORDINGS } from "@/lib/knowledge/scoring/client-wordings";
import { PHPMAILER_SIGNATURES } from "./phpmailer";

async function read(text: string) {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, possible: (r.possible ?? []).map((p) => p.cause) };
}

describe("PHPMailer's refused login", () => {
  it.each(PHPMAILER_SIGNATURES.map((s) => s.example))(
    "reads %s as a refused login",
    async (text) => {
      expect((await read(text)).cause).toBe("relay-denied");
    },
  );

  it("reads it inside the site's own error line", async () => {
    expect((await read("Mailer Error: SMTP Error: Could not authenticate.")).cause).toBe(
      "relay-denied",
    );
  });
});

describe("PHPMailer's failed connection", () => {
  const examples = CLIENT_WORDINGS.filter((w) => w.id.startsWith("phpmailer.")).flatMap((w) =>
    w.examples.map((e) => e.text),
  );

  it.each(examples)("names no cause and ranks the unreachable server first: %s", async (text) => {
    const r = await read(text);
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("remote-unreachable");
    expect(r.possible).toContain("relay-denied");
  });

  it("lets the debug output's own reason decide", async () => {
    const r = await read(
      "SMTP ERROR: Failed to connect to server: Connection timed out (110)\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
    );
    expect(r.cause).toBe("remote-unreachable");
  });
});
