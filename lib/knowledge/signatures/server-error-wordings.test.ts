// A receiving server's own failure in its reply (generic-sources-server-errors.ts): an
// operating system's error text, a content filter that could not finish, amavisd-new's trouble
// handing the message back to its MTA. Read with the servers' own signatures left out, as a
// server Bounce Doctor has never read would send them.
import { afterEach, describe, expect, it } from "vitest";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { readFirst } from "@/lib/classify/test-reading";

// Every table that holds these servers' own texts (source-replies MTAs and provider tables).
const SERVERS = ["postfix", "amavis", "content-filter", "spampd", "rspamd"];

describe("a receiving server's own failure, from its words alone", () => {
  afterEach(() => leaveOutProvidersForEvaluation([]));

  it.each([
    // Postfix local(8), global/mail_copy.c "error writing message: %m" with ENOSPC.
    "cannot update mailbox /var/mail/bob for user bob. error writing message: No space left on device",
    // spampd with --dose, SpamAssassin having failed on the message.
    "450 Temporary failure processing message, please try again later",
    // Rspamd with soft_reject_on_timeout (task.c rspamd_task_timeout).
    "451 4.7.1 timeout processing message",
    "451 4.7.1 timeout post-processing message",
    // amavisd-new's CC_MTA reasons (amavisd lines 1861-1863).
    "450 4.3.5 Temporary failure, id=31368-03 - Unable to relay message back to MTA",
    "450 4.3.5 Temporary failure, id=31368-03 - Temporary MTA failure on relaying",
    "550 5.3.5 Reject, id=31368-03 - Rejected by next-hop MTA on relaying",
  ])("%s: remote-server-error", async (text) => {
    leaveOutProvidersForEvaluation(SERVERS);
    const r = await readFirst(text);
    expect(r.cause).toBe("remote-server-error");
    expect(r.evidence.some((id) => id.startsWith("generic.remote-server-error."))).toBe(true);
  });

  it("keeps a mailbox's disk quota (EDQUOT) a full mailbox: Postfix's mbox_dsn gives it 5.2.2", async () => {
    leaveOutProvidersForEvaluation(SERVERS);
    const r = await readFirst(
      "cannot update mailbox /var/mail/bob for user bob. error writing message: Disk quota exceeded",
    );
    expect(r.cause).toBe("mailbox-full");
  });

  // Postfix's x-unix Diagnostic-Code of a failed mailbox copy is sysexits' "input/output error"
  // whatever the errno, a full mailbox's too: the status decides there, not those words.
  it("leaves a Postfix mailbox copy's 'x-unix; input/output error' to its status", async () => {
    const r = await readFirst(
      [
        "Reporting-MTA: dns; mx.example.com",
        "",
        "Final-Recipient: rfc822; bob@example.com",
        "Action: failed",
        "Status: 5.2.2",
        "Diagnostic-Code: x-unix; input/output error",
        "",
      ].join("\n"),
    );
    expect(r.cause).toBe("mailbox-full");
  });

  it("reads amavisd's hand-over as no relay denial, and a relay refusal still as one", async () => {
    leaveOutProvidersForEvaluation(SERVERS);
    const handOver = await readFirst(
      "450 4.3.5 Temporary failure, id=31368-03 - Unable to relay message back to MTA",
    );
    expect(handOver.evidence).not.toContain("generic.relay-denied.unable-to-relay");
    // Exim's relay refusal (its ACL's default text), which "unable to relay" reads.
    expect((await readFirst("550 Unable to relay for bob@example.com")).cause).toBe("relay-denied");
  });
});
