// One error class with typed codes (STYLE.md rule 3): routes throw or return AppError, users
// see a plain message with the right HTTP status, internals are logged without user data.

export type ErrorType =
  | "bad_request"
  | "payload_too_large"
  | "rate_limited"
  | "not_found"
  | "unsupported_media"
  | "method_not_allowed"
  | "request_timeout"
  | "unprocessable"
  | "client_closed"
  | "busy"
  | "internal";

export type ErrorSurface = "diagnose" | "check" | "share" | "api";
export type ErrorCode = `${ErrorType}:${ErrorSurface}`;

const STATUS: Record<ErrorType, number> = {
  bad_request: 400,
  payload_too_large: 413,
  rate_limited: 429,
  not_found: 404,
  unsupported_media: 415,
  method_not_allowed: 405,
  request_timeout: 408,
  /** Well-formed, but past what one diagnosis may read or spend (input caps, CPU budget). */
  unprocessable: 422,
  /** The client went away mid-request: its error, logged as such (see clientClosed). */
  client_closed: 400,
  busy: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly type: ErrorType;
  readonly surface: ErrorSurface;
  readonly status: number;
  /** Extra headers, e.g. Retry-After for 429. */
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    const [type, surface] = code.split(":") as [ErrorType, ErrorSurface];
    this.type = type;
    this.surface = surface;
    this.status = STATUS[type];
    this.headers = headers;
  }

  get code(): ErrorCode {
    return `${this.type}:${this.surface}`;
  }

  toResponse(): Response {
    return Response.json(
      { error: { code: this.code, message: this.message } },
      { status: this.status, headers: this.headers },
    );
  }
}

/** 405 with the methods the route has, and words, not an empty body. */
export function methodNotAllowed(allow: readonly string[], surface: ErrorSurface): Response {
  return new AppError(
    `method_not_allowed:${surface}`,
    `This address answers ${allow.join(" and ")} requests only.`,
    { Allow: allow.join(", ") },
  ).toResponse();
}

/** Turns anything thrown in a route into a response; unknown errors never leak details. */
export function errorResponse(error: unknown, surface: ErrorSurface): Response {
  if (error instanceof AppError) {
    // A client that hangs up mid-upload is not our failure: an info line, not an error.
    if (error.type === "client_closed") console.info(`[${surface}] client closed the request`);
    return error.toResponse();
  }
  // Log the error's name and where it was thrown, never its message: request bodies hold
  // people's mail, and an error thrown while reading one may quote it (a parser, a decoder).
  const detail =
    error instanceof Error
      ? `${error.name} ${
          (error.stack ?? "")
            .split("\n")
            .slice(1, 4)
            .map((line) => line.trim())
            .join(" < ") || "(no stack)"
        }`
      : typeof error;
  console.error(`[${surface}] internal error: ${detail}`);
  return new AppError(
    `internal:${surface}`,
    "Something went wrong on our side. Please try again.",
  ).toResponse();
}
