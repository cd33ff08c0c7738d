import type { FixtureZone } from "../zone-types";
import { blocklistZone } from "./blocklists";
import { checksZone } from "./checks";
import { failureZone } from "./failures";
import { mtaLabZone } from "./mta-lab";
import { reverseDnsZone } from "./reverse-dns";
import { spfZone } from "./spf";

// All fixture zones, one file per topic. Each engineer adds one import and one entry here.
// Served by the loopback DNS server in tests, the benchmark, Playwright and `npm run demo`.

export const allZones: FixtureZone[] = [
  failureZone,
  blocklistZone,
  reverseDnsZone,
  checksZone,
  spfZone,
  mtaLabZone,
];
