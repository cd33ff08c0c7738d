import { describe, expect, it } from "vitest";
import { extractConnectionPorts } from "./connection-ports";
import { parseBounce } from "./parse";

describe("extractConnectionPorts", () => {
  it.each([
    // Node's net errors as Nodemailer passes them on (nodemailer/nodemailer issue 918's form).
    ["Error: connect ETIMEDOUT 192.0.2.10:587", [587]],
    ["Error: connect ECONNREFUSED ::1:465", [465]],
    // Postfix's smtp client (src/smtp/smtp_connect.c: "connect to %s[%s]:%d: %m").
    ["connect to mx.example.net[192.0.2.1]:25: Connection timed out", [25]],
    // Jakarta Mail's MailConnectException text.
    ["Couldn't connect to host, port: smtp.example.com, 587; timeout -1", [587]],
    // PHP's stream_socket_client as Symfony Mailer quotes it.
    [
      'Connection could not be established with host "ssl://smtp.example.com:465": stream_socket_client(): Unable to connect to ssl://smtp.example.com:465 (Connection timed out)',
      [465],
    ],
    [
      "No connection could be made because the target machine actively refused it 127.0.0.1:25",
      [25],
    ],
  ])("%s", (text, ports) => {
    expect(extractConnectionPorts(text)).toEqual(ports);
  });

  it("takes no port from a line that does not speak of connecting", () => {
    expect(extractConnectionPorts("See https://mail.example.com:8443/help for details")).toEqual(
      [],
    );
    expect(extractConnectionPorts("Dec  7 09:12:01 mx postfix/smtp[12]: status=sent")).toEqual([]);
  });

  it("takes no clock time for a port", () => {
    expect(extractConnectionPorts("09:12:01 connection timed out")).toEqual([]);
  });

  it("gives each port once, in the order the text names them", () => {
    const text = [
      "connect to b.example.net[192.0.2.2]:2525: Connection refused",
      "connect to a.example.net[192.0.2.1]:25: Connection timed out",
      "connect to c.example.net[192.0.2.3]:2525: Connection refused",
    ].join("\n");
    expect(extractConnectionPorts(text)).toEqual([2525, 25]);
  });

  it("leaves out a number that cannot be a port", () => {
    expect(extractConnectionPorts("connect ETIMEDOUT 192.0.2.10:99999")).toEqual([]);
    expect(extractConnectionPorts("connect ETIMEDOUT 192.0.2.10:0")).toEqual([]);
  });

  it("is on the parse's evidence", async () => {
    const parsed = await parseBounce("Error: connect ETIMEDOUT 192.0.2.10:587");
    expect(parsed.connectionPorts).toEqual([587]);
  });
});
