import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { restoreQmailLogReports, unmangleQmailReport } from "./qmail-log";

// Lines as qmail-send logs them (qsutil.c logsafe: newline -> "/", blank -> "_").
const MULTILOG_FAILURE =
  "@40000000419f13a508f3214c delivery 5: failure: 130.57.1.11_does_not_like_recipient./Remote_host_said:_550_5.1.1_<andrea@novell.com>_is_not_a_valid_mailbox._550_No_such_recipient/Giving_up_on_130.57.1.11./";
const STARTED_AND_FAILED = [
  "1054194593.322921 starting delivery 183: msg 161214 to remote fjkdasljf@nocrew.org",
  "1054194593.322944 status: local 0/10 remote 1/20",
  "1054194596.057500 delivery 183: failure: 213.242.147.30_does_not_like_recipient./Remote_host_said:_550_Unknown_local_part_fjkdasljf_in_<fjkdasljf@nocrew.org>/Giving_up_on_213.242.147.30./",
].join("\n");

describe("unmangleQmailReport", () => {
  it("gives back the report's blanks and lines", () => {
    expect(
      unmangleQmailReport(
        "64.12.138.193_does_not_like_recipient./Remote_host_said:_550_MAILBOX_NOT_FOUND/Giving_up_on_64.12.138.193./",
      ),
    ).toBe(
      "64.12.138.193 does not like recipient.\nRemote host said: 550 MAILBOX NOT FOUND\nGiving up on 64.12.138.193.\n",
    );
  });

  it("keeps a web address in one piece", () => {
    expect(
      unmangleQmailReport("Reply_at_http://tk-open-systems.com/unblockme/index.php?id=tango/"),
    ).toBe("Reply at http://tk-open-systems.com/unblockme/index.php?id=tango/");
  });
});

describe("restoreQmailLogReports", () => {
  it("writes a failure as qmail-send's bounce does, with the recipient its delivery started with", () => {
    const restored = restoreQmailLogReports(STARTED_AND_FAILED);
    expect(restored).toContain(
      "delivery 183:\n<fjkdasljf@nocrew.org>:\n213.242.147.30 does not like recipient.\nRemote host said: 550 Unknown local part fjkdasljf in <fjkdasljf@nocrew.org>\nGiving up on 213.242.147.30.\n",
    );
  });

  it("unmangles a report quoted without its log prefix", () => {
    const quoted =
      "BTW, I still get errors from mails to you:\n\n<petero2@telia.com>:\n81.228.8.84_does_not_like_recipient./Remote_host_said:_553_RCPT_TO:<petero2@telia.com>_refused/G\niving_up_on_81.228.8.84./\n";
    expect(restoreQmailLogReports(quoted)).toContain(
      "<petero2@telia.com>:\n81.228.8.84 does not like recipient.\nRemote host said: 553 RCPT TO:<petero2@telia.com> refused\nG\n",
    );
  });

  it("leaves a success report and text without qmail's lines as they are", () => {
    const success =
      "@40000000419f13a504926324 delivery 3: success: (chris@tebibyte.org)_82.161.9.107_accepted_message./Remote_host_said:_250_Ok:_queued_as_A38AD684/";
    expect(restoreQmailLogReports(success)).toBe(success);
    const plain = "550 5.1.1 user_name@example.com: Recipient address rejected: User unknown";
    expect(restoreQmailLogReports(plain)).toBe(plain);
  });

  it("stays linear on a long run of underscores and slashes", () => {
    const hostile = `delivery 1: failure: ${"_/".repeat(200_000)}/Remote_host_said:_`;
    // A run of newlines that does not end the report, and a web address with many slashes.
    const slashes = `delivery 2: failure: ${"/".repeat(9_990)}x\n`.repeat(50);
    const url = `delivery 3: failure: http://${"a/".repeat(4_990)}\n`.repeat(50);
    const started = performance.now();
    restoreQmailLogReports(hostile);
    restoreQmailLogReports(slashes);
    restoreQmailLogReports(url);
    // A generous bound: the point is no blow-up, not speed.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("qmail log lines read as the reports they hold", () => {
  it("reads the refusal and names the recipient", async () => {
    const d = await diagnose(STARTED_AND_FAILED);
    expect(d.recipients.map((r) => r.recipient.address)).toContain("fjkdasljf@nocrew.org");
    expect(d.recipients[0]!.cause).toBe("recipient-unknown");
  });

  it("reads a multilog line", async () => {
    const d = await diagnose(MULTILOG_FAILURE);
    expect((d.recipients[0] ?? d.overall).cause).toBe("recipient-unknown");
  });

  it("reads qmail-remote's own deferral", async () => {
    const d = await diagnose(
      "delivery 7: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
    );
    expect((d.recipients[0] ?? d.overall).cause).toBe("remote-unreachable");
  });
});
