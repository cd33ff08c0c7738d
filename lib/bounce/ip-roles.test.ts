import { describe, expect, it } from "vitest";
import { extractIpRoles } from "./extract";
import { boundaryHopIp } from "./ip-roles";
import { parseBounce } from "./parse";

// The receiving server's address, as the MTAs print it (Postfix smtp_proto.c / smtp_connect.c,
// Exim deliver.c, qmail-remote.c, RFC 3464 Remote-MTA), is never the sender's.
describe("extractIpRoles", () => {
  it.each([
    ["Postfix: host ...[ip] said", "host mx1.example.net[192.0.2.25] said: 550 5.1.1 User unknown"],
    ["Postfix: refused to talk", "host mx1.example.net[192.0.2.25] refused to talk to me: 421"],
    ["Postfix: connect to", "connect to mx1.example.net[192.0.2.25]:25: Connection refused"],
    ["Exim: host name [ip]", "host mx1.example.net [192.0.2.25]: 550 5.1.1 No such user"],
    ["qmail: Connected to", "Connected to 192.0.2.25 but sender was rejected."],
    ["DSN: Remote-MTA", "Remote-MTA: dns; mx1.example.net [192.0.2.25]"],
    // Postfix's other texts that name the peer as name[addr] (src/smtp/smtp_sasl_glue.c,
    // src/smtp/smtp_trouble.c): the relay that refused a login is not where mail leaves from.
    [
      "Postfix: SASL, server ...[ip] said",
      "<bob@remote.test>: SASL authentication failed; server mx1.example.net[192.0.2.25] said: 535 5.7.8 Error: authentication failed",
    ],
    [
      "Postfix: lost connection with",
      "lost connection with mx1.example.net[192.0.2.25] while receiving the initial server greeting",
    ],
    [
      "Postfix: conversation with ... timed out",
      "conversation with mx1.example.net[192.0.2.25] timed out while sending end of data -- message may be sent more than once",
    ],
    [
      "Postfix: local data error while talking to",
      "local data error while talking to mx1.example.net[192.0.2.25]",
    ],
    // Postfix wraps its text at 80 columns: "host" ends a line, the name and address start the
    // next (crisp-oss/email-bounce-parser 451_4_7_500_server_busy.txt, an Outlook MX).
    [
      "Postfix: host, wrapped",
      "<a@example.com>: host\n    mx1.example.net[192.0.2.25] said: 451 4.7.500 Server busy",
    ],
  ])("%s", (_name, text) => {
    const roles = extractIpRoles(text);
    expect(roles.ips).toEqual(["192.0.2.25"]);
    expect(roles.receiving).toEqual(["192.0.2.25"]);
  });

  it("keeps the sender's address first and the receiver's last", () => {
    const text =
      "host mx1.example.net[192.0.2.25] said: 554 5.7.1 Service unavailable;\n" +
      "    Client host [203.0.113.9] blocked using zen.spamhaus.org";
    const roles = extractIpRoles(text);
    expect(roles.ips).toEqual(["203.0.113.9", "192.0.2.25"]);
    expect(roles.receiving).toEqual(["192.0.2.25"]);
  });

  it("names no address the receiver's where the words do not ('Client host [ip]', a bare IP)", () => {
    expect(extractIpRoles("554 Client host [203.0.113.9] blocked").receiving).toEqual([]);
    expect(extractIpRoles("550-5.7.1 [203.0.113.9] The IP you're using").receiving).toEqual([]);
  });

  it("'your server name[ip]' stays the sender's side, not the peer's", () => {
    expect(extractIpRoles("your server mail.example.com[203.0.113.9] is listed").receiving).toEqual(
      [],
    );
  });

  it("an address named as the sender's somewhere is not the receiver's", () => {
    const text = "connect to relay.example.net[203.0.113.9]:25\nMessages from 203.0.113.9 deferred";
    expect(extractIpRoles(text).receiving).toEqual([]);
  });
});

describe("sending: an address only where the refusing server names it as its client", () => {
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
    expect(extractIpRoles(text).sending).toEqual(["192.0.2.1"]);
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
    expect(extractIpRoles(text).sending).toEqual([]);
  });

  it("reads an IPv4-mapped client as its IPv4 address", () => {
    expect(extractIpRoles("Client host [::ffff:192.0.2.1] blocked using zen").sending).toEqual([
      "192.0.2.1",
    ]);
    const hop = "Received: from out.example.org ([::ffff:203.0.113.5]) by mx.example.net";
    expect(boundaryHopIp(hop, [{ address: "a@example.net" }])).toBe("203.0.113.5");
  });

  it("reads an IPv6 client", () => {
    expect(
      extractIpRoles("Client host [2001:db8::25] blocked using zen.spamhaus.org").sending,
    ).toEqual(["2001:db8::25"]);
  });
});

describe("boundaryHopIp: the Received field where the recipient's domain took the message in", () => {
  const to = (domain: string) => [{ address: `someone@${domain}` }];
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
    expect(boundaryHopIp(headers, to("example.com.ar"))).toBe("198.51.100.111");
  });

  it("takes nothing when the recipient's domain is not known or takes no hop", () => {
    expect(boundaryHopIp(headers, [])).toBeNull();
    expect(boundaryHopIp(headers, to("example.org"))).toBeNull();
  });

  it("tells two domains under one public suffix apart (nhs.uk, me.uk: not a site of their own)", () => {
    // Last two labels made both "nhs.uk": the hop between them looked internal, and the
    // author's own submission, by the sender's server, was taken as the boundary.
    const nhs = [
      "Received: from mail.othertrust.nhs.uk ([192.0.2.1]) by mx.trust.nhs.uk with ESMTP",
      "Received: from [198.51.100.23] (unknown) by mail.othertrust.nhs.uk with ESMTPSA",
    ].join("\n");
    expect(boundaryHopIp(nhs, to("trust.nhs.uk"))).toBe("192.0.2.1");
    const me = nhs.replaceAll("trust.nhs.uk", "smith.me.uk");
    expect(boundaryHopIp(me, to("smith.me.uk"))).toBe("192.0.2.1");
  });

  it("takes nothing when two different outside hosts hand mail into the domain", () => {
    const two = `${headers}\nReceived: from relay.other.example ([203.0.113.9]) by mx.example.com.ar with SMTP`;
    expect(boundaryHopIp(two, to("example.com.ar"))).toBeNull();
  });
});

describe("ParsedBounce.senderIps on a whole bounce", () => {
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
    expect(parsed.senderIps).toEqual([]);
  });

  it("never gives an address the parse knows as the receiving server's", async () => {
    const text =
      "<a@example.net>: host mx.example.net[192.0.2.25] said: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)";
    const parsed = await parseBounce(text);
    expect(parsed.senderIps).toEqual(["198.51.100.7"]);
  });
});

describe("sending: where the words are read", () => {
  const notice = "550 5.7.1 Service unavailable; Client host [198.51.100.7] blocked\n";
  const original = "Received: from x\nSubject: Client host [192.0.2.1] blocked\n";

  it("reads the notice's words, not the returned original's", () => {
    const text = notice + original;
    const originalSpans = [{ start: notice.length, end: text.length }];
    expect(extractIpRoles(text).sending).toEqual(["198.51.100.7", "192.0.2.1"]);
    expect(extractIpRoles(text, { originalSpans }).sending).toEqual(["198.51.100.7"]);
  });

  it("adds the boundary hop after the addresses the notice names", () => {
    const text = `${notice}Received: from out.example.org ([203.0.113.5]) by mx.example.net with ESMTP\n`;
    const recipients = [{ address: "a@example.net" }];
    expect(extractIpRoles(text, { recipients }).sending).toEqual(["198.51.100.7", "203.0.113.5"]);
    expect(extractIpRoles(text).sending).toEqual(["198.51.100.7"]);
  });
});
