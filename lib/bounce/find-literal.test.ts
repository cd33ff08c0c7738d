import { describe, expect, it } from "vitest";
import { holdsLiteral, indexOfLiteral, literal } from "./find-literal";

describe("indexOfLiteral", () => {
  const cases: [string, string][] = [
    ["delivery 5: failure: 130.57.1.11_does_not_like", ": failure: "],
    ["no such thing here: fail", ": failure: "],
    ["x/Remote_host_said:_550 and /Remote_host_said:_ again", "/Remote_host_said:_"],
    ["_host__host_said:_", "/Remote_host_said:_"],
    ["aaaaaaaaaaaaaaaaaaab", "aaaaaaab"],
    ["", "anything long"],
    ["short", "ab"],
    ["The server response was: 550", "The server response was: "],
    ["ferral: ferral: : deferral: ", ": deferral: "],
  ];
  it.each(cases)("finds in %j what indexOf finds of %j, from every start", (text, needle) => {
    const lit = literal(needle);
    for (let from = -1; from <= text.length + 1; from++)
      expect(indexOfLiteral(text, lit, from)).toBe(text.indexOf(needle, from));
    expect(holdsLiteral(text, lit)).toBe(text.includes(needle));
  });

  it("starts its head at the literal's rarest character", () => {
    expect(literal(": deferral: ").head).toBe("ferral");
    expect(literal("/Giving_up_on_").head).toBe("_up_on");
    expect(literal("/Remote_host_said:_").head).toBe("_host_");
    expect(literal("abc").head).toBe("abc");
  });
});
