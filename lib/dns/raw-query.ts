import "server-only";
import dns2 from "dns2";
import type { RecordMap, RecordType } from "./types";

// A second way to ask, for names c-ares will not send. RFC 2181 §11: any octet may appear in
// a DNS label, and SPF domain-specs may hold any visible character (RFC 7208 §7.1), e.g.
// "foo:bar/baz.example.com" or a macro-expanded "a%20b.example.com". c-ares rejects such
// names with EBADNAME before anything is sent; this path sends them over UDP (TCP when the
// answer is truncated) with dns2's client and reads the answer the same way. Errors carry the
// same codes as Node's resolver so that the client maps them identically.

const { Packet } = dns2;
const UDPClient = (dns2 as unknown as { UDPClient: (opts: Record<string, unknown>) => RawResolve })
  .UDPClient;

type RawPacket = InstanceType<typeof Packet>;
type RawResolve = (name: string, type: string) => Promise<RawPacket>;

const RCODE_CODES: Record<number, string> = {
  1: "EFORMERR",
  2: "ESERVFAIL",
  3: "ENOTFOUND",
  4: "ENOTIMP",
  5: "EREFUSED",
};

/** Legal on the wire: non-empty labels of at most 63 octets, printable ASCII, at most 253 characters. */
export function isSendableName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return name.split(".").every((l) => l.length > 0 && l.length <= 63);
}

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** "127.0.0.1:5353", "[::1]:53", "192.0.2.53" -> host and port. */
export function splitServer(server: string): { host: string; port: number } {
  if (server.startsWith("[")) {
    const end = server.indexOf("]");
    const port = Number(server.slice(end + 2));
    return { host: server.slice(1, end), port: port > 0 ? port : 53 };
  }
  if (server.split(":").length === 2) {
    const [host = "", port = "53"] = server.split(":");
    return { host, port: Number(port) || 53 };
  }
  return { host: server, port: 53 };
}

function recordFrom(type: RecordType, r: Record<string, unknown>): RecordMap[RecordType] {
  switch (type) {
    case "A":
    case "AAAA":
      return String(r.address);
    case "MX":
      return { exchange: String(r.exchange), priority: Number(r.priority) };
    case "TXT":
      return (r.data as string[]).map(String);
    case "CNAME":
    case "PTR":
      return String(r.domain);
    case "NS":
      return String(r.ns);
    case "SOA":
      return {
        nsname: String(r.primary),
        hostmaster: String(r.admin),
        serial: Number(r.serial),
        minttl: Number(r.minimum),
      };
  }
}

export async function rawQuery(
  name: string,
  type: RecordType,
  opts: { servers: string[]; timeoutMs: number; tries: number },
): Promise<{ records: RecordMap[RecordType][]; ttl: number }> {
  let lastError: Error = codedError("ECONNREFUSED", "no DNS server configured");
  for (const server of opts.servers) {
    const { host, port } = splitServer(server);
    const resolve = UDPClient({
      dns: host,
      port,
      timeout: opts.timeoutMs,
      socketType: host.includes(":") ? "udp6" : "udp4",
    });
    for (let attempt = 0; attempt < Math.max(1, opts.tries); attempt++) {
      let packet: RawPacket;
      try {
        packet = await resolve(name, type);
      } catch (err) {
        const code = (err as { code?: string }).code;
        lastError =
          code === "ETIMEDOUT"
            ? codedError("ETIMEOUT", `query ${type} ${name} timed out`)
            : (err as Error);
        continue;
      }
      const rcode = packet.header.rcode;
      const rcodeError = RCODE_CODES[rcode];
      if (rcodeError === "ESERVFAIL" || rcodeError === "EREFUSED") {
        lastError = codedError(rcodeError, `query ${type} ${name}: ${rcodeError}`);
        continue;
      }
      if (rcodeError) throw codedError(rcodeError, `query ${type} ${name}: ${rcodeError}`);
      const wanted = Packet.TYPE[type];
      const answers = (packet.answers as unknown as Record<string, unknown>[]).filter(
        (a) => a.type === wanted,
      );
      if (answers.length === 0) throw codedError("ENODATA", `query ${type} ${name}: no data`);
      return {
        records: answers.map((a) => recordFrom(type, a)),
        ttl: answers.reduce((min, a) => Math.min(min, Number(a.ttl)), Infinity),
      };
    }
  }
  throw lastError;
}
