import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultErrorCode, GraphError, isGraphErrorBody } from "../graph-error";

// Every error the console shows and every error body the gateway and the mock send goes through GraphError.

describe("defaultErrorCode", () => {
  it("uses Graph's code for a known status, else InternalError from 500 up and BadRequest below", () => {
    expect(defaultErrorCode(404)).toBe("ResourceNotFound");
    expect(defaultErrorCode(418)).toBe("BadRequest");
    expect(defaultErrorCode(499)).toBe("BadRequest");
    expect(defaultErrorCode(501)).toBe("InternalError");
    expect(new GraphError(507, "Full.").code).toBe("InternalError");
  });
});

describe("GraphError.toBody", () => {
  afterEach(() => vi.useRealTimers());

  it("is named GraphError", () => {
    expect(new GraphError(400, "Bad.").name).toBe("GraphError");
  });

  it("dates the body now, to the second, without a zone (as Graph's innerError does)", () => {
    vi.useFakeTimers({ now: new Date("2026-01-31T09:30:15.123Z") });
    expect(new GraphError(400, "Bad.").toBody({ requestId: "r" })).toEqual({
      error: { code: "BadRequest", message: "Bad.", innerError: { date: "2026-01-31T09:30:15", "request-id": "r", "client-request-id": "r" } },
    });
  });

  it("prefers the ids it is given, then its own, and echoes the request id as the client's when there is none", () => {
    const own = new GraphError(409, "Taken.", { target: "displayName", requestId: "own-r", clientRequestId: "own-c", date: "2026-01-01T00:00:00" });
    expect(own.toBody()).toEqual({
      error: {
        code: "Conflict",
        message: "Taken.",
        target: "displayName",
        innerError: { date: "2026-01-01T00:00:00", "request-id": "own-r", "client-request-id": "own-c" },
      },
    });
    expect(own.toBody({ requestId: "r", clientRequestId: "c", date: "2026-02-02T00:00:00" }).error.innerError).toEqual({
      date: "2026-02-02T00:00:00",
      "request-id": "r",
      "client-request-id": "c",
    });
    expect(new GraphError(400, "Bad.").toBody({ requestId: "r", clientRequestId: "c", date: "d" }).error.innerError).toEqual({
      date: "d",
      "request-id": "r",
      "client-request-id": "c",
    });
  });
});

describe("GraphError.fromResponse", () => {
  const answer = (body: string | null, init: ResponseInit = {}) => new Response(body, init);

  it("reads Graph's envelope: code, message, target and the ids of its innerError before the headers", async () => {
    const body = {
      error: { code: "Conflict", message: "Taken.", target: "displayName", innerError: { date: "2026-01-01T00:00:00", "request-id": "inner-r", "client-request-id": "inner-c" } },
    };
    const error = await GraphError.fromResponse(answer(JSON.stringify(body), { status: 409, headers: { "request-id": "head-r", "client-request-id": "head-c" } }));
    expect({ ...error, message: error.message }).toEqual({
      name: "GraphError",
      status: 409,
      code: "Conflict",
      message: "Taken.",
      target: "displayName",
      requestId: "inner-r",
      clientRequestId: "inner-c",
      date: "2026-01-01T00:00:00",
      retryAfterSeconds: undefined,
    });
  });

  it("falls back on the headers' ids, and on the status in words when there is no envelope", async () => {
    const error = await GraphError.fromResponse(
      answer("<html>busy</html>", { status: 503, statusText: "Service Unavailable", headers: { "request-id": "head-r", "client-request-id": "head-c" } }),
    );
    expect(error).toMatchObject({ status: 503, code: "ServiceUnavailable", requestId: "head-r", clientRequestId: "head-c", target: undefined });
    expect(error.message).toBe("The request failed with HTTP 503 Service Unavailable.");
    const bare = await GraphError.fromResponse(answer(null, { status: 502 }));
    expect(bare.message).toBe("The request failed with HTTP 502.");
    expect(bare).toMatchObject({ code: "BadGateway", requestId: undefined, clientRequestId: undefined });
  });

  it("reads a body that fails to arrive as no body", async () => {
    const broken = new ReadableStream({ pull: (controller) => controller.error(new Error("reset")) });
    const error = await GraphError.fromResponse(new Response(broken, { status: 500 }));
    expect(error.message).toBe("The request failed with HTTP 500.");
  });

  it.each([
    ["30", 30],
    ["0", 0],
    ["-1", undefined],
    ["soon", undefined],
    ["", undefined],
  ])("reads Retry-After %j as %j seconds", async (header, seconds) => {
    const error = await GraphError.fromResponse(answer(null, { status: 429, headers: { "retry-after": header } }));
    expect(error.retryAfterSeconds).toBe(seconds);
  });

  it("reads no Retry-After as none, not as now", async () => {
    expect((await GraphError.fromResponse(answer(null, { status: 429 }))).retryAfterSeconds).toBeUndefined();
  });
});

describe("isGraphErrorBody", () => {
  it.each([
    [{ error: { code: "BadRequest", message: "Bad." } }, true],
    [{ error: { code: "BadRequest" } }, false],
    [{ error: { message: "Bad." } }, false],
    [{ error: { code: 400, message: "Bad." } }, false],
    [{ error: null }, false],
    [{ error: "Bad." }, false],
    [{}, false],
    [null, false],
    [undefined, false],
  ])("%j is %s", (value, expected) => {
    expect(isGraphErrorBody(value)).toBe(expected);
  });
});
