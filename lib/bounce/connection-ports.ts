// The ports a connection failure names: "connect ETIMEDOUT 192.0.2.10:587" (Node), "connect to
// mx.example.net[192.0.2.1]:25: Connection timed out" (Postfix), "Couldn't connect to host,
// port: smtp.example.com, 587" (Jakarta Mail), "unable to connect to ssl://smtp.example.com:465"
// (PHP streams). Why: a failure to reach port 587 or 465 is a program failing to reach its own
// submission server, not a mail server failing to reach the recipient's on port 25, and the fix
// differs (the program's SMTP settings and network, not the recipient's MX).

/** Words of a line that speaks of connecting (a port elsewhere, e.g. in a URL, is not taken). */
const CONNECTING = /connect|timed? ?out|refused|unreachable|no route/i;

/**
 * host:port where host is a bracketed address, an IPv4 address or a dotted name (Postfix adds
 * the address in brackets after the name: "mx.example.net[192.0.2.1]:25"). The lookbehind keeps
 * a name from starting mid-name; each label is bounded and cannot hold a dot, so a failed try
 * ends within one name's length.
 */
const HOST_PORT =
  /(?<![A-Za-z0-9.-])(?:\[[0-9A-Fa-f:.]{2,45}\]|\d{1,3}(?:\.\d{1,3}){3}|(?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z][A-Za-z0-9-]{0,62}|localhost)(?:\[[0-9A-Fa-f:.]{2,45}\])?:(\d{1,5})(?![\d.]|:\d)/g;

/** Node's errno form, whose address may be IPv6 without brackets: "connect ECONNREFUSED ::1:587". */
const NODE_CONNECT = /\bconnect E[A-Z]{3,20} [0-9A-Fa-f:.]{2,45}:(\d{1,5})\b/g;

/** Jakarta Mail's (JavaMail's) MailConnectException: "Couldn't connect to host, port: H, P;". */
const HOST_COMMA_PORT = /\bhost, port: [^\s,]{1,253}, (\d{1,5})\b/g;

const PATTERNS = [NODE_CONNECT, HOST_COMMA_PORT, HOST_PORT];

/** The ports named on the text's connection-failure lines, in order of appearance, once each. */
export function extractConnectionPorts(text: string): number[] {
  const found: { at: number; port: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // A line longer than any real log line is not read: its words could be anything.
    if (end - start <= 2000) {
      const line = text.slice(start, end);
      if (line.includes(":") && CONNECTING.test(line))
        for (const pattern of PATTERNS) {
          pattern.lastIndex = 0;
          for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
            const port = Number(m[1]);
            if (port >= 1 && port <= 65535) found.push({ at: start + m.index, port });
          }
        }
    }
    start = end + 1;
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.port))];
}
