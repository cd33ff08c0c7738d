// The rate limit as a route applies it: the client's bucket in the named limiter, a 429 with
// Retry-After and a plain message when it is empty.
import { AppError, type ErrorSurface } from "@/lib/errors";
import { clientKey } from "./client-key";
import { getRateLimiter } from "./index";

export async function enforceRateLimit(
  request: Request,
  name: string,
  surface: ErrorSurface,
  what = "requests",
): Promise<void> {
  const decision = await getRateLimiter(name).take(clientKey(request));
  if (!decision.ok) {
    const s = decision.retryAfterSec;
    throw new AppError(
      `rate_limited:${surface}`,
      `Too many ${what} from your address. Try again in ${s} second${s === 1 ? "" : "s"}.`,
      { "Retry-After": String(s) },
    );
  }
}
