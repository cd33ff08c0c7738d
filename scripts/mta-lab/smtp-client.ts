// A small SMTP client for the lab (RFC 5321): it speaks to the MTA under test on loopback,
// from a chosen local address, and records every command with the exact reply lines.
// It stops at the first refusal unless told to go on, so a case's transcript ends with the
// reply that the case provoked.
import net from "node:net";
import tls from "node:tls";

export interface Exchange {
  /** The command sent ("" for the greeting). */
  command: string;
  /** The reply lines exactly as received, without CRLF. */
  lines: string[];
  code: number;
}

export interface Dialogue {
  /** Source address of the connection (the lab namespace holds it on lo). */
  from: string;
  port?: number;
  host?: string;
  helo: string;
  /** "EHLO" unless a case needs HELO; "none" skips the greeting (the HELO-required rules). */
  greet?: "EHLO" | "HELO" | "none";
  starttls?: boolean;
  /** AUTH PLAIN credentials, after STARTTLS when asked. */
  auth?: { user: string; pass: string };
  mailFrom: string;
  mailParams?: string;
  rcpts: { address: string; params?: string }[];
  /** The message (headers and body, LF line ends); null ends the session before DATA. */
  data: string | null;
  /** Go on after a refused RCPT (the too-many-recipients case). */
  continueAfterRcptRefusal?: boolean;
  /**
   * Send the greeting command at once, before the server's banner (a client that does not
   * wait: the pregreet tests of Postfix's postscreen, Exim's smtp_enforce_sync, Sendmail's
   * greet_pause).
   */
  pregreet?: boolean;
}

class Conn {
  private buf = "";
  private waiters: ((line: string) => void)[] = [];
  private lines: string[] = [];
  private closed = false;
  constructor(private socket: net.Socket | tls.TLSSocket) {
    this.attach(socket);
  }
  private attach(socket: net.Socket | tls.TLSSocket) {
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      this.buf += chunk;
      let i: number;
      while ((i = this.buf.indexOf("\n")) >= 0) {
        const line = this.buf.slice(0, i).replace(/\r$/, "");
        this.buf = this.buf.slice(i + 1);
        const w = this.waiters.shift();
        if (w) w(line);
        else this.lines.push(line);
      }
    });
    socket.on("close", () => {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w("");
    });
    socket.on("error", () => {
      /* reported as a closed connection */
    });
  }
  private nextLine(timeoutMs: number): Promise<string> {
    const queued = this.lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.closed) return Promise.resolve("");
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(""), timeoutMs);
      this.waiters.push((l) => {
        clearTimeout(t);
        resolve(l);
      });
    });
  }
  /** Reads one (possibly multi-line) reply; code 0 when the server closed or said nothing. */
  async reply(timeoutMs = 60_000): Promise<{ lines: string[]; code: number }> {
    const lines: string[] = [];
    for (;;) {
      const line = await this.nextLine(timeoutMs);
      if (line === "") return { lines, code: 0 };
      lines.push(line);
      if (/^\d{3}(?: |$)/.test(line)) return { lines, code: Number(line.slice(0, 3)) };
      if (!/^\d{3}-/.test(line)) return { lines, code: 0 };
    }
  }
  write(text: string) {
    if (!this.closed) this.socket.write(text, "latin1");
  }
  async upgrade(servername: string): Promise<void> {
    const secure = tls.connect({
      socket: this.socket as net.Socket,
      servername,
      rejectUnauthorized: false,
    });
    await new Promise<void>((resolve, reject) => {
      secure.once("secureConnect", () => resolve());
      secure.once("error", reject);
    });
    this.socket = secure;
    this.buf = "";
    this.attach(secure);
  }
  end() {
    this.socket.destroy();
  }
}

/** Dot-stuffs and CRLF-terminates a message for DATA (RFC 5321 §4.5.2). */
function dataBody(message: string): string {
  const lines = message.replace(/\r?\n$/, "").split(/\r?\n/);
  return lines.map((l) => (l.startsWith(".") ? `.${l}` : l)).join("\r\n") + "\r\n.\r\n";
}

/** Runs one SMTP session; returns every exchange, the last one being the refusal if any. */
export async function runDialogue(d: Dialogue): Promise<Exchange[]> {
  const host = d.host ?? "127.0.0.1";
  const socket = net.connect({ host, port: d.port ?? 25, localAddress: d.from });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("error", reject);
  });
  const conn = new Conn(socket);
  const out: Exchange[] = [];
  const say = async (command: string, raw?: string) => {
    if (command !== "") conn.write(raw ?? `${command}\r\n`);
    const r = await conn.reply();
    const ex = { command, ...r };
    out.push(ex);
    return ex;
  };
  const failed = (ex: Exchange) => ex.code === 0 || ex.code >= 400;
  try {
    const greet = d.greet ?? "EHLO";
    if (d.pregreet) conn.write(`${greet} ${d.helo}\r\n`);
    const banner = await say("");
    if (failed(banner)) return out;
    // After a pregreet the command is already sent: only its reply is read, unless the server
    // cut its banner short and answered it at once (postscreen: "220-" then the 250 lines).
    const answered = d.pregreet && banner.code !== 220;
    if (greet !== "none" && !answered)
      if (failed(await say(`${greet} ${d.helo}`, d.pregreet ? "" : undefined))) return out;
    if (d.starttls) {
      if (failed(await say("STARTTLS"))) return out;
      await conn.upgrade(host);
      if (failed(await say(`${greet} ${d.helo}`))) return out;
    }
    if (d.auth) {
      const token = Buffer.from(`\0${d.auth.user}\0${d.auth.pass}`).toString("base64");
      if (failed(await say(`AUTH PLAIN ${token}`))) return out;
    }
    const params = d.mailParams ? ` ${d.mailParams}` : "";
    if (failed(await say(`MAIL FROM:<${d.mailFrom}>${params}`))) return out;
    let accepted = 0;
    for (const r of d.rcpts) {
      const ex = await say(`RCPT TO:<${r.address}>${r.params ? ` ${r.params}` : ""}`);
      if (ex.code === 0) return out;
      if (ex.code < 400) accepted++;
      else if (!d.continueAfterRcptRefusal) return out;
    }
    if (d.data === null || accepted === 0) {
      await say("QUIT");
      return out;
    }
    const go = await say("DATA");
    if (go.code !== 354) return out;
    const end = await say("<message>", dataBody(d.data));
    if (failed(end)) return out;
    await say("QUIT");
    return out;
  } finally {
    conn.end();
  }
}

/** The exchange a case is about: the first refusal (4xx/5xx), else the last reply. */
export function provokedReply(exchanges: Exchange[]): Exchange | undefined {
  return exchanges.find((e) => e.code >= 400) ?? undefined;
}
