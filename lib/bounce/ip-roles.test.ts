import { describe, expect, it } from "vitest";
import { extractIpRoles } from "./extract";

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
