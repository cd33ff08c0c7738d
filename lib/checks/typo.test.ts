import { describe, expect, it } from "vitest";
import { editDistance, suggestMailDomain } from "./typo";

describe("editDistance", () => {
  it("counts adjacent transpositions as one edit", () => {
    expect(editDistance("gmial", "gmail")).toBe(1);
    expect(editDistance("gmail", "gmail")).toBe(0);
    expect(editDistance("gmal", "gmail")).toBe(1);
    expect(editDistance("gmaill", "gmail")).toBe(1);
    expect(editDistance("gxxil", "gmail")).toBe(2);
    expect(editDistance("abc", "abcdef", 5)).toBe(3);
  });
});

describe("suggestMailDomain", () => {
  it.each([
    ["gmial.com", "gmail.com"],
    ["gmai.com", "gmail.com"],
    ["gnail.com", "gmail.com"],
    ["gmail.con", "gmail.com"],
    ["gmail.cmo", "gmail.com"],
    ["gmail.co", "gmail.com"],
    ["hotmial.com", "hotmail.com"],
    ["outlok.com", "outlook.com"],
    ["yahooo.com", "yahoo.com"],
    ["iclod.com", "icloud.com"],
    ["icloud.con", "icloud.com"],
    ["aol.con", "aol.com"],
    ["protonmial.com", "protonmail.com"],
  ])("%s -> %s", (typo, expected) => {
    expect(suggestMailDomain(typo)).toBe(expected);
  });

  it.each([
    "gmail.com",
    "googlemail.com",
    "gmx.at",
    "hotmail.fr",
    "example.com",
    "sol.com",
    "love.com",
    "mail.gmial.com",
    "company.co.uk",
  ])("suggests nothing for %s", (domain) => {
    expect(suggestMailDomain(domain)).toBeUndefined();
  });
});
