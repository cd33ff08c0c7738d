import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { CLOSED_OUTPUT_STATUS, endQuietlyWhenOutputCloses } from "./closed-output";

function errnoError(code: string): Error {
  return Object.assign(new Error(`write ${code}`), { code, syscall: "write" });
}

describe("endQuietlyWhenOutputCloses", () => {
  it("ends with 141 (128 + SIGPIPE) when the reader of the output went away", () => {
    const stream = new EventEmitter();
    const statuses: number[] = [];
    endQuietlyWhenOutputCloses(stream, (s) => statuses.push(s));
    stream.emit("error", errnoError("EPIPE"));
    expect(statuses).toEqual([CLOSED_OUTPUT_STATUS]);
    expect(CLOSED_OUTPUT_STATUS).toBe(141);
  });

  it("leaves any other write error to be reported", () => {
    const stream = new EventEmitter();
    const statuses: number[] = [];
    endQuietlyWhenOutputCloses(stream, (s) => statuses.push(s));
    expect(() => stream.emit("error", errnoError("ENOSPC"))).toThrow(/ENOSPC/);
    expect(statuses).toEqual([]);
  });
});
