// concept.socket-connect-failed (./socket-errors.ts): a Windows socket error that says the
// connection could not be made; not one that says a made connection broke.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { SOCKET_ERROR_CONCEPTS } from "./socket-errors";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.socket-connect-failed";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe(ID, () => {
  it.each(SOCKET_ERROR_CONCEPTS[0]!.examples.map((e) => e.text))(
    "reads its example: %s",
    (text) => {
      expect(ids(text)).toContain(ID);
    },
  );

  it.each([
    // A connection that was made, then reset or aborted: not a host that could not be reached.
    "451 4.4.0 Error encountered while communicating with primary target IP address: Socket error code 10054",
    "Winsock error 10053: software caused connection abort",
    // A number without a socket error.
    "550 5.7.1 Message 10060 rejected",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads Exchange Online's 4.4.316 as remote-unreachable without Microsoft's table", async () => {
    leaveOutProvidersForEvaluation(["microsoft"]);
    const d = await diagnose("450 4.4.316 Connection refused [Message=Socket error code 10061]");
    expect((d.recipients[0] ?? d.overall).cause).toBe("remote-unreachable");
  });

  it("reads an Exchange queue's failed connection to the target host", async () => {
    const d = await diagnose(SOCKET_ERROR_CONCEPTS[0]!.examples[0]!.text);
    expect((d.recipients[0] ?? d.overall).cause).toBe("remote-unreachable");
  });
});
