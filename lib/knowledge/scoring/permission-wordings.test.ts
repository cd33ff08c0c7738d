// server.permission-denied (./permission-wordings.ts): a bare "Permission denied" under a 5xx
// reply ranks the submission refusal and the recipient's rule and decides neither; a reason
// after it, or a local file's error without a reply code, still decides.
import { afterEach, describe, expect, it } from "vitest";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("possibility wordings: permission denied", () => {
  it.each(["501 5.7.1 Permission denied", "550 5.7.1 Permission denied"])(
    "ranks relay-denied and sender-policy without IceWarp's table: %s",
    async (text) => {
      leaveOutProvidersForEvaluation(["icewarp"]);
      const r = await reading(text);
      expect(r.cause).toBe("unknown");
      expect(r.ranked.slice(0, 2)).toEqual(["relay-denied", "sender-policy"]);
    },
  );

  it("leaves Cyrus's post-right refusal to its own words (sender-policy)", async () => {
    leaveOutProvidersForEvaluation(["cyrus"]);
    const r = await reading(
      "550-You do not have permission to post a message to this mailbox. 550-Please contact the owner of this mailbox in order to submit 550-your message, or postmaster@example.com if you believe you 550-received this message in error. 550 5.7.1 Permission denied",
    );
    expect(r.cause).toBe("sender-policy");
  });

  it("leaves a local mailbox file's error to the delivery agent's reading", async () => {
    const r = await reading(
      "5.2.0 status=bounced (cannot update mailbox /var/mail/bob for user bob. cannot open file: Permission denied)",
    );
    expect(r.cause).toBe("remote-server-error");
  });

  it("leaves a reason after the words to decide", async () => {
    const r = await reading("550 5.7.1 Permission denied: relaying not allowed");
    expect(r.cause).toBe("relay-denied");
  });
});
