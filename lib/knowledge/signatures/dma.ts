// dma (the DragonFly Mail Agent) texts in its bounces. Source: dma's own source at its v0.13
// tag (Debian 12 packages 0.13), whose bounce the real-MTA lab recorded
// (lib/knowledge/lab/fixtures/dma).
import { rows } from "./mta-defaults";
import type { Signature } from "./types";

const DMA_0_13 = "https://github.com/corecode/dma/blob/55d22c24f989e0828d5d47227ad9ce17fc82b619";

export const DMA_SIGNATURES: Signature[] = [
  // net.c deliver_remote(): the recipient domain's MX (and A) lookup failed. dns.c gives a
  // permanent failure for NXDOMAIN or HOST_NOT_FOUND (a bounce) and a temporary one otherwise
  // (the message stays queued), so a bounce with these words means the domain does not exist.
  ...rows("dma", `${DMA_0_13}/net.c#L648-L655`, [
    [
      "dns-host-not-found",
      [/dns lookup failure: host [^\s]{1,253} not found/],
      "recipient-domain-invalid",
      0.85,
      "DNS lookup failure: host example.invalid not found",
      "dma found no mail server for the recipient's domain in DNS: the domain does not exist (or is misspelled).",
    ],
  ]),
];
