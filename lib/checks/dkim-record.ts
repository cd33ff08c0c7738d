// DKIM key records (RFC 6376 §3.6.1), parsed without DNS: tags, key type, key size.
// RSA keys are read with node:crypto (p= is a SubjectPublicKeyInfo; a bare PKCS#1 key is
// accepted too, as many verifiers do). Ed25519 keys are 32 raw bytes (RFC 8463 §4.2).

import { createPublicKey } from "node:crypto";
import { parseTagList } from "./dns-results";

export interface DkimKey {
  version?: string;
  keyType: string;
  /** Empty = revoked (RFC 6376 §3.6.1, p=). */
  publicKey: string;
  flags: string[];
  hashAlgorithms?: string[];
  serviceTypes?: string[];
  /** Key size in bits (RSA modulus; 256 for Ed25519). */
  bits?: number;
  /** The key was a PKCS#1 RSAPublicKey, not the SubjectPublicKeyInfo the RFC asks for. */
  pkcs1?: boolean;
}

export type DkimParse =
  { ok: true; key: DkimKey; warnings: string[] } | { ok: false; problems: string[] };

// SubjectPublicKeyInfo header for an Ed25519 key (RFC 8410 §4): 30 2a 30 05 06 03 2b 65 70 03 21 00.
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function parseDkimRecord(text: string): DkimParse {
  if (text.length > 8192) return { ok: false, problems: ["the record is implausibly long"] };
  const { tags, problems } = parseTagList(text);
  const get = (name: string) => tags.find(([n]) => n === name)?.[1];
  const version = get("v");
  if (version !== undefined) {
    if (version !== "DKIM1") problems.push(`v=${version.slice(0, 20)} must be v=DKIM1`);
    else if (tags[0]?.[0] !== "v") problems.push("v=DKIM1 must be the first tag");
  }
  const p = get("p");
  if (p === undefined) problems.push("the p= tag (the public key) is missing");
  const keyType = (get("k") ?? "rsa").toLowerCase();
  if (keyType !== "rsa" && keyType !== "ed25519")
    problems.push(`k=${keyType.slice(0, 20)} is not a known key type (rsa, ed25519)`);
  const flags = (get("t") ?? "")
    .split(":")
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const hashAlgorithms = get("h")
    ?.split(":")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const serviceTypes = get("s")
    ?.split(":")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (problems.length > 0 || p === undefined) return { ok: false, problems };

  const publicKey = p.replace(/\s+/g, "");
  const key: DkimKey = {
    keyType,
    publicKey,
    flags,
    ...(version ? { version } : {}),
    ...(hashAlgorithms ? { hashAlgorithms } : {}),
    ...(serviceTypes ? { serviceTypes } : {}),
  };
  const warnings: string[] = [];
  if (hashAlgorithms?.includes("sha1") && !hashAlgorithms.includes("sha256")) {
    warnings.push("h= allows only sha1, which RFC 8301 forbids for signing");
  }
  if (serviceTypes && !serviceTypes.includes("*") && !serviceTypes.includes("email")) {
    warnings.push(`s=${serviceTypes.join(":")} excludes email, so the key cannot verify mail`);
  }
  if (publicKey === "") return { ok: true, key, warnings };
  if (!BASE64.test(publicKey)) return { ok: false, problems: ["p= is not valid base64"] };
  const der = Buffer.from(publicKey, "base64");
  if (keyType === "ed25519") {
    if (der.length !== 32)
      return { ok: false, problems: [`an Ed25519 key must be 32 bytes, p= has ${der.length}`] };
    try {
      createPublicKey({
        key: Buffer.concat([ED25519_SPKI_PREFIX, der]),
        format: "der",
        type: "spki",
      });
    } catch {
      return { ok: false, problems: ["p= is not a valid Ed25519 public key"] };
    }
    return { ok: true, key: { ...key, bits: 256 }, warnings };
  }
  for (const type of ["spki", "pkcs1"] as const) {
    try {
      const parsed = createPublicKey({ key: der, format: "der", type });
      if (parsed.asymmetricKeyType !== "rsa") {
        return {
          ok: false,
          problems: [`p= holds a ${parsed.asymmetricKeyType ?? "non-RSA"} key but k= says rsa`],
        };
      }
      const bits = parsed.asymmetricKeyDetails?.modulusLength;
      return {
        ok: true,
        key: { ...key, ...(bits ? { bits } : {}), ...(type === "pkcs1" ? { pkcs1: true } : {}) },
        warnings,
      };
    } catch {
      // try the next encoding
    }
  }
  return {
    ok: false,
    problems: ["p= is not a valid RSA public key (truncated or mangled when pasted into DNS?)"],
  };
}
