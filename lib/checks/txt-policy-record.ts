// The shared shape of MTA-STS, TLS-RPT and BIMI discovery: one TXT name, records recognised
// by their version tag, exactly one expected, then a tag list to validate.

import { txtValues } from "@/lib/dns/record-text";
import type { DnsClient, DnsResult } from "@/lib/dns/types";
import { couldNotCheckFinding, isDnsFailure, parseTagList, rawRecord } from "./dns-results";
import type { CheckArea, Finding } from "./types";

export interface TxtPolicySpec {
  area: CheckArea;
  /** Words for titles, e.g. "MTA-STS". */
  label: string;
  name: string;
  /** Version tag the record must start with, e.g. "v=STSv1". */
  version: string;
  reference: string;
  referenceUrl: string;
  /** Validates the tags; returns problems in plain words. */
  validate(tags: [string, string][]): string[];
  none: Pick<Finding, "severity" | "title" | "detail"> & { fix?: string };
  /**
   * What to check before making the record valid again (one record instead of several, a
   * syntax fixed): an unusable record is ignored today, a valid one is applied, so what it
   * points to starts mattering. Added after the fix.
   */
  beforeRepair?: string;
  ok(tags: [string, string][]): Pick<Finding, "title" | "detail">;
}

export async function checkTxtPolicy(
  spec: TxtPolicySpec,
  dns: DnsClient,
): Promise<{ findings: Finding[]; tags?: [string, string][] }> {
  const result: DnsResult<string[]> = await dns.query(spec.name, "TXT");
  const ref = { reference: spec.reference, referenceUrl: spec.referenceUrl };
  const prefix = spec.area;
  if (isDnsFailure(result)) {
    return {
      findings: [
        couldNotCheckFinding({
          code: `${prefix}.could-not-check`,
          area: spec.area,
          title: `Could not look up the ${spec.label} record`,
          failure: result,
          name: spec.name,
          type: "TXT",
          ...ref,
        }),
      ],
    };
  }
  const raw = [rawRecord(spec.name, "TXT", result)];
  const versionTag = spec.version.toLowerCase().replace(/\s+/g, "");
  const records = txtValues(result).filter((v) =>
    v.toLowerCase().replace(/\s+/g, "").startsWith(versionTag),
  );
  const base = { area: spec.area, outcome: "done" as const, ...ref, records: raw };
  if (records.length === 0) {
    return { findings: [{ ...base, code: `${prefix}.none`, ...spec.none }] };
  }
  if (records.length > 1) {
    return {
      findings: [
        {
          ...base,
          code: `${prefix}.multiple`,
          severity: "error",
          title: `${records.length} ${spec.label} records at ${spec.name}`,
          detail: `There must be exactly one; with several, receivers treat the domain as having none.`,
          fix: `Delete all but one ${spec.label} record.${spec.beforeRepair ? ` ${spec.beforeRepair}` : ""}`,
        },
      ],
    };
  }
  const { tags, problems } = parseTagList(records[0] as string);
  if (
    tags[0]?.[0] !== spec.version.split("=")[0]?.toLowerCase() ||
    tags[0]?.[1] !== spec.version.split("=")[1]
  ) {
    problems.unshift(`the record must start with ${spec.version}`);
  }
  problems.push(...spec.validate(tags));
  if (problems.length > 0) {
    return {
      findings: [
        {
          ...base,
          code: `${prefix}.syntax`,
          severity: "error",
          title: `The ${spec.label} record is invalid`,
          detail: `${problems.join("; ")}. Receivers ignore an invalid record.`,
          fix: `Correct the TXT record at ${spec.name}.${spec.beforeRepair ? ` ${spec.beforeRepair}` : ""}`,
          data: { problems },
        },
      ],
      tags,
    };
  }
  return {
    findings: [
      {
        ...base,
        code: `${prefix}.ok`,
        severity: "ok",
        ...spec.ok(tags),
        data: Object.fromEntries(tags),
      },
    ],
    tags,
  };
}

export function tagValue(tags: [string, string][], name: string): string | undefined {
  return tags.find(([n]) => n === name)?.[1];
}
