import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { plans } from "./catalog";
import { checkMemberLimit, checkWorkflowLimit } from "./limits";

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error as ApiError;
  }
  return null;
};

describe("plan limits", () => {
  it("matches the SmarterOS specs", () => {
    expect(plans.free).toMatchObject({ priceUsd: 0, users: 1, storageMb: 100 });
    expect(plans.basic).toMatchObject({ priceUsd: 29, users: 3, storageMb: 1024, workflows: 10 });
    expect(plans.pro).toMatchObject({ priceUsd: 99, users: 10, storageMb: 10240, workflows: null });
  });

  it("refuses a 4th member on Basic, naming the plan and its limit", () => {
    expect(refusal(() => checkMemberLimit("basic", 2))).toBeNull();
    const error = refusal(() => checkMemberLimit("basic", 3));
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.status).toBe(403);
    expect(error?.message).toMatch(/plan Basic ya tiene todos sus usuarios \(3\)/);
    expect(error?.details).toMatchObject({ reason: "plan_users_limit", plan: "basic", limit: 3 });
  });

  it("Free has one seat and Pro ten", () => {
    expect(refusal(() => checkMemberLimit("free", 1))?.message).toMatch(/plan Free ya tiene todos sus usuarios \(1\)/);
    expect(refusal(() => checkMemberLimit("pro", 9))).toBeNull();
    expect(refusal(() => checkMemberLimit("pro", 10))?.message).toMatch(/Pro ya tiene todos sus usuarios \(10\)/);
    expect(refusal(() => checkMemberLimit("enterprise", 500))).toBeNull();
  });

  it("refuses an 11th active workflow on Basic; Pro has no limit", () => {
    expect(refusal(() => checkWorkflowLimit("basic", 9))).toBeNull();
    expect(refusal(() => checkWorkflowLimit("basic", 10))?.message).toMatch(
      /plan Basic ya tiene todos sus flujos activos \(10\)/,
    );
    expect(refusal(() => checkWorkflowLimit("pro", 1000))).toBeNull();
  });
});
