import { describe, expect, it } from "vitest";
import { buildContext } from "./context";
import { answer, done, makeDiagnosis, makeFacts } from "./test-factories";

// Gmail's documented 5.7.26 form (support.google.com/a/answer/3726730), with its placeholders
// filled in.
const GMAIL_5726 =
  "550 5.7.26 This email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [good.test] with ip: [192.0.2.88] = did not pass. For instructions on setting up authentication, go to Email sender guidelines.";

describe("buildContext: the sending domain where the evidence names it", () => {
  it("takes the domain Gmail's 5.7.26 reply names, so the wizard does not ask for it", () => {
    const ctx = buildContext(
      makeFacts({
        diagnosis: makeDiagnosis({
          cause: "authentication-failure",
          text: GMAIL_5726,
          recipient: "bob@gmail.com",
        }),
      }),
    );
    expect(ctx.sendingDomain).toBe("good.test");
    expect(ctx.domainCheckId).toBe("domain:good.test");
  });

  it("takes Outlook.com's 5.7.515 and Gmail's DMARC wording too", () => {
    const of = (text: string) =>
      buildContext(makeFacts({ diagnosis: makeDiagnosis({ text, recipient: "bob@outlook.com" }) }))
        .sendingDomain;
    expect(
      of(
        "550 5.7.515 Access denied, sending domain [weak.test] does not meet the required authentication level.",
      ),
    ).toBe("weak.test");
    expect(
      of(
        "550 5.7.26 Unauthenticated email from acme.test is not accepted due to domain's DMARC policy. Contact the administrator of acme.test domain if this was legitimate email.",
      ),
    ).toBe("acme.test");
    expect(
      of(
        "550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for [example-domain.com.au] did not pass with ip: [192.0.2.1].",
      ),
    ).toBe("example-domain.com.au");
  });

  it("takes the domain a carried check looked up when the original message was left out", () => {
    // rev23 B3: a share link drops the original (and its From:) but keeps domain:acme.test.
    const ctx = buildContext(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "authentication-failure", recipient: "b***@to.test" }),
        checks: { "domain:acme.test": done("acme.test", "domain", ["spf.ok"]) },
      }),
    );
    expect(ctx.sendingDomain).toBe("acme.test");
  });

  it("never takes a domain that could be the recipient's, nor one of two", () => {
    const recipientNamed = buildContext(
      makeFacts({
        diagnosis: makeDiagnosis({
          text: GMAIL_5726.replace("good.test", "mail.to.test"),
          recipient: "bob@to.test",
        }),
        checks: { "domain:to.test": done("to.test", "domain", ["spf.ok"]) },
      }),
    );
    expect(recipientNamed.sendingDomain).toBeNull();
    const two = buildContext(
      makeFacts({
        diagnosis: makeDiagnosis({ recipient: "bob@to.test" }),
        checks: {
          "domain:a.test": done("a.test", "domain", ["spf.ok"]),
          "domain:b.test": done("b.test", "domain", ["spf.ok"]),
        },
      }),
    );
    expect(two.sendingDomain).toBeNull();
    // Gmail's own placeholder is no domain.
    const placeholder = buildContext(
      makeFacts({
        diagnosis: makeDiagnosis({ text: GMAIL_5726.replace("good.test", "domain-name") }),
      }),
    );
    expect(placeholder.sendingDomain).toBeNull();
  });

  it("keeps the answer, the pasted headers and the original before what it reads", () => {
    const ctx = buildContext(
      makeFacts({
        diagnosis: makeDiagnosis({ text: GMAIL_5726, from: "anna@from.test" }),
        answers: { "sending-domain": answer.text("answered.test") },
      }),
    );
    expect(ctx.sendingDomain).toBe("answered.test");
    const fromOriginal = buildContext(
      makeFacts({ diagnosis: makeDiagnosis({ text: GMAIL_5726, from: "anna@from.test" }) }),
    );
    expect(fromOriginal.sendingDomain).toBe("from.test");
  });
});
