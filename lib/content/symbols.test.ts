// The symbol table and the thresholds are data about the filter: check them against the filter
// itself (the installed Debian package and the repository's configuration).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUP_ORDER, GROUP_TITLES, SHOWN_WITHOUT_POINTS, SYMBOLS } from "./symbols";
import { RSPAMD_THRESHOLDS } from "./thresholds";

const ROOT = join(import.meta.dirname, "..", "..");
const installed = existsSync("/usr/share/rspamd") && existsSync("/etc/rspamd");

describe("lib/content/symbols", () => {
  it.skipIf(!installed)("names only rules the installed Rspamd (or our config) defines", () => {
    const defined = (name: string) => {
      try {
        execFileSync("grep", [
          "-rqw",
          name,
          "/usr/share/rspamd",
          "/etc/rspamd",
          join(ROOT, "config", "rspamd"),
        ]);
        return true;
      } catch {
        return false;
      }
    };
    const unknown = Object.keys(SYMBOLS).filter((name) => !defined(name));
    expect(unknown).toEqual([]);
  });

  it("gives every rule a source, and a change to make unless it is good news or a list's refusal", () => {
    for (const [name, info] of Object.entries(SYMBOLS)) {
      expect(info.source, name).toMatch(/rspamd|config\/rspamd/i);
      if (!/verifies|refused to answer/.test(info.title)) expect(info.fix, name).toBeTruthy();
    }
    for (const name of SHOWN_WITHOUT_POINTS) expect(SYMBOLS[name], name).toBeDefined();
  });

  it("orders and titles every group once", () => {
    expect(new Set(GROUP_ORDER).size).toBe(GROUP_ORDER.length);
    expect([...GROUP_ORDER].sort()).toEqual(Object.keys(GROUP_TITLES).sort());
  });

  it("states the thresholds config/rspamd/local.d/actions.conf gives the filter", () => {
    const conf = readFileSync(join(ROOT, "config", "rspamd", "local.d", "actions.conf"), "utf8");
    const value = (key: string) =>
      Number(new RegExp(`^${key}\\s*=\\s*([\\d.]+);`, "m").exec(conf)?.[1]);
    expect({
      greylist: value("greylist"),
      addHeader: value("add_header"),
      reject: value("reject"),
    }).toEqual(RSPAMD_THRESHOLDS);
  });
});
