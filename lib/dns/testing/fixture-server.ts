// A loopback DNS server (UDP and TCP on the same port) that answers from fixture zones, for
// tests, the benchmark and the demo mode. It plays the part of a recursive resolver that
// already knows the answers: it follows CNAMEs inside the fixture data, answers NXDOMAIN and
// NODATA as RFC 1034 §4.3.2 / RFC 2308 describe, and can misbehave per name (SERVFAIL, REFUSED,
// dropped queries, slow answers, truncated UDP answers).

import dgram from "node:dgram";
import type net from "node:net";
import dns2 from "dns2";
import type { FixtureBehaviour, FixtureRecord, FixtureZone } from "./zone-types";

const { Packet } = dns2;
/** RFC 1035 §4.1.1 response codes (typed since dns2 3.1). */
const { RCODE } = Packet;
const CLASS_IN = 1;
const DEFAULT_TTL = 300;
/** Longest CNAME chain followed; a loop in fixture data stops here instead of spinning. */
const MAX_CNAME_HOPS = 8;
/** RFC 1035 §3.3: a <character-string> holds at most 255 octets. */
const MAX_CHARACTER_STRING = 255;

const TYPE_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(Packet.TYPE as Record<string, number>).map(([name, code]) => [code, name]),
);

export interface FixtureServerOptions {
  /** 0 (the default) picks a free port; UDP and TCP share it. */
  port?: number;
  host?: string;
  zones: FixtureZone[];
  /** Added to every answer (the benchmark's per-lookup latency). */
  globalDelayMs?: number;
}

export interface FixtureDnsServer {
  port: number;
  close(): Promise<void>;
  setZones(zones: FixtureZone[]): void;
  setGlobalDelay(ms: number): void;
  /** Queries received (UDP and TCP), dropped ones included. */
  queryCount(): number;
}

interface Index {
  records: Map<string, FixtureRecord[]>;
  behaviours: Map<string, FixtureBehaviour[]>;
  /** Every owner name and every name above one (empty non-terminals answer NODATA). */
  existing: Set<string>;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.+$/, "");
}

function buildIndex(zones: FixtureZone[]): Index {
  const records = new Map<string, FixtureRecord[]>();
  const behaviours = new Map<string, FixtureBehaviour[]>();
  const existing = new Set<string>();
  for (const zone of zones) {
    for (const [rawName, recs] of Object.entries(zone.records)) {
      const name = normalise(rawName);
      records.set(name, [...(records.get(name) ?? []), ...recs]);
      const labels = name.split(".");
      for (let i = 0; i < labels.length; i++) existing.add(labels.slice(i).join("."));
    }
    for (const [rawName, list] of Object.entries(zone.behaviours ?? {})) {
      const name = normalise(rawName);
      behaviours.set(name, [...(behaviours.get(name) ?? []), ...list]);
    }
  }
  return { records, behaviours, existing };
}

/** Split text into <character-string>s of at most 255 bytes (dns2 would write a broken length). */
export function splitCharacterStrings(data: string | string[]): Buffer[] {
  const out: Buffer[] = [];
  for (const part of Array.isArray(data) ? data : [data]) {
    const bytes = Buffer.from(part, "utf8");
    if (bytes.length === 0) out.push(bytes);
    for (let i = 0; i < bytes.length; i += MAX_CHARACTER_STRING) {
      out.push(bytes.subarray(i, i + MAX_CHARACTER_STRING));
    }
  }
  return out;
}

function toResource(owner: string, record: FixtureRecord): Record<string, unknown> {
  const base = {
    name: owner,
    type: Packet.TYPE[record.type],
    class: CLASS_IN,
    ttl: record.ttl ?? DEFAULT_TTL,
  };
  switch (record.type) {
    case "A":
    case "AAAA":
      return { ...base, address: record.address };
    case "MX":
      return { ...base, exchange: record.exchange, priority: record.priority };
    case "TXT":
    case "SPF":
      return { ...base, data: splitCharacterStrings(record.data) };
    case "CNAME":
    case "PTR":
      return { ...base, domain: record.target };
    case "NS":
      return { ...base, ns: record.target };
  }
}

function appliesTo(b: FixtureBehaviour, type: string): boolean {
  return !b.types || b.types.some((t) => t.toUpperCase() === type);
}

type Transport = "udp" | "tcp";

export async function startFixtureDnsServer(opts: FixtureServerOptions): Promise<FixtureDnsServer> {
  const host = opts.host ?? "127.0.0.1";
  let index = buildIndex(opts.zones);
  let globalDelay = opts.globalDelayMs ?? 0;
  let count = 0;
  let closed = false;
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<net.Socket>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  function answer(request: InstanceType<typeof Packet>, transport: Transport) {
    const response = Packet.createResponseFromRequest(request);
    response.header.ra = 1;
    response.header.aa = 1;
    const question = request.questions[0];
    if (!question || request.questions.length !== 1) {
      response.header.rcode = RCODE.FORMERR;
      return { response, drop: false, delay: 0 };
    }
    const name = normalise(question.name);
    const type = TYPE_NAMES[question.type] ?? String(question.type);
    const behaviours = (index.behaviours.get(name) ?? []).filter((b) => appliesTo(b, type));
    const delay =
      globalDelay + behaviours.reduce((ms, b) => ms + (b.kind === "delay" ? b.ms : 0), 0);
    if (behaviours.some((b) => b.kind === "timeout")) return { response, drop: true, delay: 0 };
    if (behaviours.some((b) => b.kind === "servfail")) {
      response.header.rcode = RCODE.SERVFAIL;
      return { response, drop: false, delay };
    }
    if (behaviours.some((b) => b.kind === "refused")) {
      response.header.rcode = RCODE.REFUSED;
      return { response, drop: false, delay };
    }
    if (transport === "udp" && behaviours.some((b) => b.kind === "truncate")) {
      // RFC 1035 §4.2.1 / RFC 7766: TC set, answer withheld; the client must retry over TCP.
      response.header.tc = 1;
      return { response, drop: false, delay };
    }

    // Follow CNAMEs inside the fixture data, as a recursive resolver would (RFC 1034 §3.6.2).
    let current = name;
    let owner = question.name; // the first answer echoes the question's spelling
    const seen = new Set<string>();
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      seen.add(current);
      const recs = index.records.get(current) ?? [];
      const cname = type === "CNAME" ? undefined : recs.find((r) => r.type === "CNAME");
      if (cname && cname.type === "CNAME") {
        response.answers.push(toResource(owner, cname) as never);
        const target = normalise(cname.target);
        // RFC 6604: the RCODE describes the last name of the chain. Everything outside the
        // fixture data does not exist; a loop is what a resolver reports as SERVFAIL.
        if (seen.has(target)) {
          response.header.rcode = RCODE.SERVFAIL;
          response.answers = [];
          break;
        }
        if (!index.existing.has(target)) {
          response.header.rcode = RCODE.NXDOMAIN;
          break;
        }
        current = target;
        owner = cname.target;
        continue;
      }
      for (const r of recs)
        if (r.type === type) response.answers.push(toResource(owner, r) as never);
      if (response.answers.length === 0 && !index.existing.has(current))
        response.header.rcode = RCODE.NXDOMAIN;
      break;
    }
    return { response, drop: false, delay };
  }

  const handler =
    (transport: Transport) =>
    (
      request: InstanceType<typeof Packet>,
      send: (r: InstanceType<typeof Packet>) => Promise<unknown>,
    ) => {
      count++;
      const { response, drop, delay } = answer(request, transport);
      if (drop) return;
      const reply = () => {
        if (closed) return;
        send(response).catch(() => {
          /* the client went away: nothing to answer */
        });
      };
      if (delay > 0) void sleep(delay).then(reply);
      else reply();
    };

  const udpType = host.includes(":") ? "udp6" : "udp4";
  let udp: InstanceType<typeof dns2.UDPServer> | undefined;
  let tcp: InstanceType<typeof dns2.TCPServer> | undefined;
  const wanted = opts.port ?? 0;
  for (let attempt = 0; attempt < 20 && !tcp; attempt++) {
    const u = new dns2.UDPServer({ type: udpType } as never);
    u.on("request", handler("udp") as never);
    u.on("requestError", () => {
      /* malformed packet: ignore, as a server would */
    });
    await new Promise<void>((resolve, reject) => {
      u.once("error", reject);
      u.bind(wanted, host, () => {
        u.off("error", reject);
        resolve();
      });
    });
    const port = u.address().port;
    const t = new dns2.TCPServer(handler("tcp") as never);
    t.on("requestError", () => {});
    t.on("connection", (s: net.Socket) => {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
    });
    const ok = await new Promise<boolean>((resolve, reject) => {
      t.once("error", (err: NodeJS.ErrnoException) => {
        // A random UDP port can be taken on TCP: pick another one. A fixed port cannot.
        if (err.code === "EADDRINUSE" && wanted === 0) resolve(false);
        else reject(err);
      });
      t.listen(port, host, () => resolve(true));
    }).catch(async (err: unknown) => {
      await new Promise<void>((r) => u.close(() => r()));
      throw err;
    });
    if (ok) {
      udp = u;
      tcp = t;
    } else {
      await new Promise<void>((r) => u.close(() => r()));
    }
  }
  if (!udp || !tcp) throw new Error("could not find a free port for UDP and TCP");
  const udpServer: dgram.Socket = udp;
  const tcpServer: net.Server = tcp;
  const port = udpServer.address().port;

  return {
    port,
    setZones(zones) {
      index = buildIndex(zones);
    },
    setGlobalDelay(ms) {
      globalDelay = ms;
    },
    queryCount: () => count,
    async close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await Promise.all([
        new Promise<void>((r) => udpServer.close(() => r())),
        new Promise<void>((r) => tcpServer.close(() => r())),
      ]);
    },
  };
}
