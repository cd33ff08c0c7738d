// Steps that addressed the wrong party (review 31, findings 5 and 10): a TLS handshake the
// sending server tried and that failed, a program's outgoing server asking for STARTTLS, and an
// alias whose server could not reach its forward target. The inputs have the shape of the real
// ones the review collected (TeamNewPipe/NewPipe#3040, formtools/core#757, NixOS/infra#730);
// names and addresses are example ones. Each general-case control keeps the general steps.
import { describe, expect, it } from "vitest";
import { ALIAS_FORWARD_UNREACHABLE, aliasForward } from "@/lib/causes/alias-forward";
import { causeInfoFor, evidenceRuleIds } from "@/lib/causes/connection-variants";
import { CAUSES } from "@/lib/causes/causes";
import { PROGRAM_STARTTLS_MISSING, TLS_HANDSHAKE_FAILED } from "@/lib/causes/tls-variants";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist } from "./build";

async function sectionOf(text: string) {
  const diagnosis = await diagnose(text);
  const held = diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause;
  const list = buildChecklist(makeFacts({ diagnosis }), [{ cause: held, confidence: 0.9 }]);
  const info = causeInfoFor(held, diagnosis.parsed, evidenceRuleIds(diagnosis));
  return { held, diagnosis, info, section: list.causes[0]! };
}

const POSTFIX_HEAD = `This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

`;

// Postfix smtp_start_tls (src/smtp/smtp_proto.c): written only where TLS was mandatory.
const HANDSHAKE = `${POSTFIX_HEAD}<bob@example.org>: Cannot start TLS: handshake failure
`;

// A PHP mailer's exception quoting its outgoing server's reply (RFC 3207 §4's 530).
const PROGRAM_530 =
  "Expected response code(s) [250] but got response [530 5.7.0 Must issue a STARTTLS command first]";

// The sending server's own bounce quoting a next hop that demands STARTTLS: the sending
// server did not start TLS, the general step (enable it on your server) is the right one.
const RELAYED_530 = `${POSTFIX_HEAD}<bob@example.org>: host smtp.example.org[192.0.2.25] said: 530 5.7.0
    Must issue a STARTTLS command first (in reply to MAIL FROM command)
`;

// Postfix bounce_recipient_log (src/bounce/bounce_notify_util.c): "<%s> (expanded from <%s>): %s".
const ALIAS = `${POSTFIX_HEAD}<carol@example.net> (expanded from <team@example.org>): connect to
    mx.example.net[192.0.2.1]:25: Connection timed out
`;

// The same copied from a GitHub issue: quoted, with addresses and hosts as Markdown links.
const ALIAS_MARKDOWN = POSTFIX_HEAD.split("\n")
  .map((l) => `> ${l}`)
  .join("\n")
  .concat(
    "> <[REDACTED](mailto:REDACTED)> (expanded from <[team@example.org](mailto:team@example.org)>): connect to\n>     [mx.example.net](http://mx.example.net/)[192.0.2.1]:25: Connection timed out\n",
  );

const PLAIN_UNREACHABLE = `${POSTFIX_HEAD}<carol@example.net>: connect to mx.example.net[192.0.2.1]:25: Connection
    timed out
`;

const ids = (s: { items: { id: string }[] }) => s.items.map((i) => i.id);

describe("tls-required: who acts depends on which TLS failed", () => {
  it("a handshake tried and failed tells the recipient and never lowers the requirement", async () => {
    const { held, info, section } = await sectionOf(HANDSHAKE);
    expect(held).toBe("tls-required");
    expect(info).toBe(TLS_HANDSHAKE_FAILED);
    expect(section.title).toBe(TLS_HANDSHAKE_FAILED.title);
    expect(ids(section)).toEqual([
      "tls-handshake.tell-recipient",
      "tls-handshake.check-sender-tls",
    ]);
    const words = section.items.map((i) => `${i.title} ${i.detail}`).join(" ");
    expect(words).not.toMatch(/smtp_tls_security_level = may/);
    expect(words).toMatch(/example\.org's mail server/);
  });

  it("a program's 530 'Must issue a STARTTLS command first' points at its SMTP settings", async () => {
    const { held, info, section } = await sectionOf(PROGRAM_530);
    expect(held).toBe("tls-required");
    expect(info).toBe(PROGRAM_STARTTLS_MISSING);
    expect(ids(section)[0]).toBe("program-starttls.turn-on");
    expect(ids(section)).not.toContain("tls-required.enable");
  });

  it("a mail server's bounce quoting a 530 keeps the sending server's step", async () => {
    const { held, info, section } = await sectionOf(RELAYED_530);
    expect(held).toBe("tls-required");
    expect(info).toBe(CAUSES["tls-required"]);
    expect(ids(section)).toContain("tls-required.enable");
  });
});

describe("remote-unreachable: an alias's forward that failed", () => {
  it.each([
    ["Postfix's expansion note", ALIAS],
    ["the same pasted from an issue thread", ALIAS_MARKDOWN],
  ])("%s: tell the alias's owner, not the sender's port 25", async (_, text) => {
    const { held, diagnosis, info, section } = await sectionOf(text);
    expect(held).toBe("remote-unreachable");
    expect(aliasForward(diagnosis.parsed)).toEqual({
      alias: "team@example.org",
      aliasDomain: "example.org",
      host: "mx.example.net",
    });
    expect(info).toBe(ALIAS_FORWARD_UNREACHABLE);
    expect(ids(section)).toEqual(["alias-forward.tell-owner"]);
    expect(section.items[0]!.title).toBe(
      "Tell example.org that the alias team@example.org does not forward",
    );
    expect(section.items[0]!.detail).toContain("(mx.example.net)");
  });

  it("a delivery with no expansion keeps the general steps", async () => {
    const { held, diagnosis, info, section } = await sectionOf(PLAIN_UNREACHABLE);
    expect(held).toBe("remote-unreachable");
    expect(aliasForward(diagnosis.parsed)).toBeNull();
    expect(info).toBe(CAUSES["remote-unreachable"]);
    expect(ids(section)).toContain("remote-unreachable.network");
    // The bounce names the MX host it tried: the domain publishes MX (finding 13).
    expect(ids(section)).not.toContain("remote-unreachable.domain");
  });

  it("a connection to the domain itself keeps the step to check its MX", async () => {
    const { section } = await sectionOf(
      PLAIN_UNREACHABLE.replace("connect to mx.example.net", "connect to example.net"),
    );
    expect(ids(section)).toContain("remote-unreachable.domain");
  });

  it("reads a long note-like text in linear time", () => {
    const text = `(expanded from <${"a".repeat(50_000)} connect to ${"b.".repeat(20_000)}`;
    const started = performance.now();
    expect(
      aliasForward({
        text,
        recipients: [],
        originalSpans: [],
      } as unknown as Parameters<typeof aliasForward>[0]),
    ).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
