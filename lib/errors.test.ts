import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, errorResponse } from "./errors";

afterEach(() => vi.restoreAllMocks());

describe("errorResponse", () => {
  it("answers an AppError with its status and message", async () => {
    const res = errorResponse(new AppError("bad_request:diagnose", "Nope."), "diagnose");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "bad_request:diagnose", message: "Nope." } });
  });

  it("answers anything else with a 500 and logs where it was thrown, never its message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = errorResponse(new TypeError("could not read <alice@example.com>"), "diagnose");
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain("alice");
    errorResponse("alice@example.com", "diagnose");
    const logged = log.mock.calls.map((c) => String(c[0]));
    expect(logged[0]).toMatch(/^\[diagnose\] internal error: TypeError at .*errors\.test\.ts/);
    expect(logged.join("\n")).not.toContain("alice");
  });
});
