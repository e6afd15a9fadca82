import { describe, expect, it } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { mayHaveBeenApplied, sameNameQuery } from "../uncertain-write";

describe("mayHaveBeenApplied", () => {
  it("is true when Graph or the gateway timed out, or the connection broke after sending", () => {
    expect(mayHaveBeenApplied(new GraphError(504, "Microsoft Graph did not answer in time.", { code: "GatewayTimeout" }))).toBe(true);
    expect(mayHaveBeenApplied(new GraphError(0, "The console could not reach its server", { code: "NetworkError" }))).toBe(true);
  });

  it("is false for answers that say nothing was made, and for sign-in failures before anything was sent", () => {
    for (const error of [new GraphError(400, "bad"), new GraphError(403, "denied"), new GraphError(429, "slow"), new GraphError(0, "x", { code: "SignInServiceUnreachable" }), new Error("x")]) {
      expect(mayHaveBeenApplied(error)).toBe(false);
    }
  });
});

describe("sameNameQuery", () => {
  it("asks for partners with exactly that display name, quotes escaped", () => {
    expect(sameNameQuery("O'Brien MDM")).toEqual({ $select: "id,displayName", $filter: "displayName eq 'O''Brien MDM'", $top: "10" });
  });
});
