/** Graph's error envelope, as graph.microsoft.com answers it. `target` names the offending property when one is known. */
export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    target?: string;
    innerError?: { date?: string; "request-id"?: string; "client-request-id"?: string };
  };
}

const defaultCodes: Record<number, string> = {
  400: "BadRequest",
  401: "InvalidAuthenticationToken",
  403: "Authorization_RequestDenied",
  404: "ResourceNotFound",
  405: "BadRequest",
  409: "Conflict",
  413: "RequestEntityTooLarge",
  415: "UnsupportedMediaType",
  429: "TooManyRequests",
  500: "InternalError",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
};

export function defaultErrorCode(status: number): string {
  return defaultCodes[status] ?? (status >= 500 ? "InternalError" : "BadRequest");
}

/** One error type for the mock, the gateway and the UI. */
export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly target?: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  readonly date?: string;
  readonly retryAfterSeconds?: number;

  constructor(
    status: number,
    message: string,
    options: {
      code?: string;
      target?: string;
      requestId?: string;
      clientRequestId?: string;
      date?: string;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = "GraphError";
    this.status = status;
    this.code = options.code ?? defaultErrorCode(status);
    this.target = options.target;
    this.requestId = options.requestId;
    this.clientRequestId = options.clientRequestId;
    this.date = options.date;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  toBody(ids: { requestId?: string; clientRequestId?: string; date?: string } = {}): GraphErrorBody {
    const requestId = ids.requestId ?? this.requestId;
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.target ? { target: this.target } : {}),
        innerError: {
          date: ids.date ?? this.date ?? new Date().toISOString().replace(/\.\d+Z$/, ""),
          "request-id": requestId,
          "client-request-id": ids.clientRequestId ?? this.clientRequestId ?? requestId,
        },
      },
    };
  }

  /** Reads any answer's error: Graph's envelope when it has one, else the status in words. */
  static async fromResponse(response: Response): Promise<GraphError> {
    const text = await response.text().catch(() => "");
    const requestId = response.headers.get("request-id") ?? undefined;
    const clientRequestId = response.headers.get("client-request-id") ?? undefined;
    // Only a header that is there: Number(null) would read an absent Retry-After as "now".
    const retryAfterText = response.headers.get("retry-after");
    const retryAfter = retryAfterText === null || retryAfterText.trim() === "" ? NaN : Number(retryAfterText);
    let body: Partial<GraphErrorBody> | undefined;
    try {
      body = JSON.parse(text) as Partial<GraphErrorBody>;
    } catch {
      body = undefined;
    }
    const error = body?.error;
    return new GraphError(
      response.status,
      typeof error?.message === "string" && error.message
        ? error.message
        : `The request failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
      {
        code: typeof error?.code === "string" ? error.code : undefined,
        target: typeof error?.target === "string" ? error.target : undefined,
        requestId: error?.innerError?.["request-id"] ?? requestId,
        clientRequestId: error?.innerError?.["client-request-id"] ?? clientRequestId,
        date: error?.innerError?.date,
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
      },
    );
  }
}

export function isGraphErrorBody(value: unknown): value is GraphErrorBody {
  const error = (value as GraphErrorBody | null)?.error;
  return typeof error === "object" && error !== null && typeof error.code === "string" && typeof error.message === "string";
}
