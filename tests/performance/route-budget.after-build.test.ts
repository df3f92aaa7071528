// First-load JavaScript budgets (gzip), checked against the production build npm test has just made.
// The inbox is the screen staff keep open all day, often on phones over mobile data.
import { describe, expect, it } from "vitest";
import { routeSizes } from "../../scripts/route-sizes";

const budgetsKB: Record<string, number> = {
  "/[tenant]/messages": 200,
  "/[tenant]/messages/[conversationId]": 200,
};

describe("first-load JS budgets", () => {
  const sizes = new Map(routeSizes().map((r) => [r.route, r.gzipKB]));
  for (const [route, budget] of Object.entries(budgetsKB)) {
    it(`${route} stays within ${budget} KB gzip`, () => {
      expect(sizes.get(route), `${route} is missing from the build's route stats`).toBeDefined();
      expect(sizes.get(route)).toBeLessThanOrEqual(budget);
    });
  }
});
