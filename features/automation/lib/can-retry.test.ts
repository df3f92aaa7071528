import { describe, expect, it } from "vitest";
import { canRetry } from "./can-retry";

describe("retry allowed", () => {
  it("only for a run that ended without success and was not already retried", () => {
    expect(canRetry({ status: "error", retrySuccessId: null })).toBe(true);
    expect(canRetry({ status: "crashed", retrySuccessId: null })).toBe(true);
    expect(canRetry({ status: "canceled", retrySuccessId: null })).toBe(true);
    expect(canRetry({ status: "error", retrySuccessId: "12" })).toBe(false);
    expect(canRetry({ status: "success", retrySuccessId: null })).toBe(false);
    expect(canRetry({ status: "running", retrySuccessId: null })).toBe(false);
  });
});
