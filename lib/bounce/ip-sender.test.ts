import { describe, expect, it } from "vitest";
import { boundaryHopIp, clientIpsNamed, senderIps } from "./ip-sender";
import { parseBounce } from "./parse";

describe("clientIpsNamed: an address only where the refusing server names it as its client", () => {
  it.each([
    ["554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"],
    ["450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]"],
    ["NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 450 4.7.1 Client host rejected"],
    ["4F1A2: client=mail.example.com[192.0.2.1]"],
    ["550 Access from ip address 192.0.2.1 blocked. Visit http://win.mail.ru/cgi-bin/support_bl"],
    ["421 Message from 192.0.2.1 temporarily deferred - 4.16.50"],
    ["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent."],
    ["550 5.7.606 Access denied, banned sending IP [192.0.2.1]."],
    ["550 5.7.1 Rejected: 192.0.2.1 listed at zen.spamhaus.org"],
    ["550 550 192.0.2.1 is not allowed to send mail from example.com"],
    ["550 Your IP 192.0.2.1 hit our spam traps"],
    ["550 Reverse DNS lookup failed for 192.0.2.1"],
    ["550 Please see http://spf.pobox.com/why.html?sender=a%40example.com&ip=192.0.2.1&r=mx"],
    ["421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1"],
    ["450 4.7.1 Access denied. IP name lookup failed [192.0.2.1]"],
    ["421 mx.example.net connection refused from [192.0.2.1]"],
    [
      "553-you are trying to use me [server-2.tower-3.messagelabs.com] as a relay, but I have not been configured to let you [192.0.2.1, mail.example.org] relay through me.",
    ],
    ["550 5.7.1 Relaying denied. IP name possibly forged [192.0.2.1]"],
  ])("%s", (text) => {
    expect(clientIpsNamed(text)).toEqual(["192.0.2.1"]);
  });

  it.each([
    // rev26: every one of these named another party's server (review 26, finding 1).
    [
      "Remote MTA 192.0.2.70: SMTP diagnostic: 550 RCPT TO:<a@example.net> max message size exceeded",
    ],
    ["Information MTA '192.0.2.133' gives error message 5.7.1 Unable to relay"],
    ["Received-From-MTA: dns; mm-proxy3.example.se (192.0.2.12)"],
    ["X-Originating-IP: [192.0.2.49]"],
    ["<a@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 unknown user"],
    ["Received: from mx2.service.example.edu (mx2.service.example.edu [192.0.2.180])"],
    // A time of day is no IPv6 address, whatever precedes it.
    ["Mail from 15:52:27 on"],
  ])("not: %s", (text) => {
    expect(clientIpsNamed(text)).toEqual([]);
  });

  it("reads an IPv6 client", () => {
    expect(clientIpsNamed("Client host [2001:db8::25] blocked using zen.spamhaus.org")).toEqual([
      "2001:db8::25",
    ]);
  });
});

describe("boundaryHopIp: the Received field where the recipient's domain took the message in", () => {
  const headers = [
    "Received: from lmtpcs-daemon.mta1.example.com.ar by mail.example.com.ar",
    "Received: from avas-mx17.example.com.ar ([192.0.2.239])",
    " by mail.example.com.ar (Example S.A.) with ESMTP",
    "Received: from ar2.outmailing.example",
    ' ([198.51.100.111]:42893 "EHLO ar2.outmailing.example") by avas-mx17.example.com.ar',
    " with ESMTP id S424745AbWJ3SwP; Mon, 30 Oct 2006 15:52:15 -0300",
    "Received: from apache by ar2.outmailing.example with local (Exim 4.60)",
  ].join("\n");

  it("takes the FROM address of the hop into the recipient's domain, not its inner hops", () => {
    expect(boundaryHopIp(headers, ["example.com.ar"])).toBe("198.51.100.111");
  });

  it("takes nothing when the recipient's domain is not known or takes no hop", () => {
    expect(boundaryHopIp(headers, [])).toBeNull();
    expect(boundaryHopIp(headers, ["example.org"])).toBeNull();
  });

  it("takes nothing when two different outside hosts hand mail into the domain", () => {
    const two = `${headers}\nReceived: from relay.other.example ([203.0.113.9]) by mx.example.com.ar with SMTP`;
    expect(boundaryHopIp(two, ["example.com.ar"])).toBeNull();
  });
});

describe("senderIps on a whole bounce", () => {
  it("does not take the receiver that a Remote MTA line names (rev26 bp-quota-4's layout)", async () => {
    const text = [
      "From: postmaster@mail.example.net",
      "To: sender@example.org",
      "Subject: Delivery failure",
      "",
      "Your message could not be delivered.",
      "    Remote MTA 192.0.2.70: SMTP diagnostic: 550 RCPT TO:<a@example.net> max message size exceeded",
      "",
    ].join("\n");
    const parsed = await parseBounce(text);
    expect(parsed.ips).toContain("192.0.2.70");
    expect(senderIps(parsed, ["example.net"])).toEqual([]);
  });

  it("never gives an address the parse knows as the receiving server's", async () => {
    const text =
      "<a@example.net>: host mx.example.net[192.0.2.25] said: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)";
    const parsed = await parseBounce(text);
    expect(senderIps(parsed, ["example.net"])).toEqual(["198.51.100.7"]);
  });
});
