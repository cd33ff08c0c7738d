import { describe, expect, it } from "vitest";
import { addressDomain, headerAddressDomain, recipientDomains } from "./address-domain";

describe("addressDomain", () => {
  it("reads what follows the last @, lower case", () => {
    expect(addressDomain("Bob@Example.ORG")).toBe("example.org");
    expect(addressDomain("@example.org")).toBeNull();
    expect(addressDomain(null)).toBeNull();
  });
});

describe("headerAddressDomain", () => {
  it("drops what closes an address in a header or a sentence", () => {
    expect(headerAddressDomain("Alice <alice@Gmail.com>")).toBe("gmail.com");
    expect(headerAddressDomain("<bob@example.org>. \r\n")).toBe("example.org");
    expect(headerAddressDomain("no address here")).toBeNull();
  });

  it("reads a long run of closing characters in one pass", () => {
    const text = `a@example.org${" >".repeat(200_000)}x`;
    expect(headerAddressDomain(text)).toBe(`example.org${" >".repeat(200_000)}x`);
    expect(headerAddressDomain(`a@example.org${" .".repeat(200_000)}`)).toBe("example.org");
  });
});

describe("recipientDomains", () => {
  it("gives the address's and the final address's domains", () => {
    expect(recipientDomains({ address: "a@x.example", finalAddress: "b@y.example" })).toEqual([
      "x.example",
      "y.example",
    ]);
  });
});
