import { describe, expect, it } from "vitest";
import { ApiClientError } from "@/lib/browser/fetch-json";
import { makeQueryClient } from "@/lib/browser/query-client";

const retry = makeQueryClient().getDefaultOptions().queries?.retry as (count: number, error: unknown) => boolean;

describe("query retries", () => {
  it("tries a failing upstream or the network twice more", () => {
    const unavailable = new ApiClientError(502, "upstream_unavailable", "Chatwoot no está disponible.");
    expect([0, 1, 2].map((n) => retry(n, unavailable))).toEqual([true, true, false]);
    expect(retry(0, new ApiClientError(0, "network_error", ""))).toBe(true);
  });

  it("does not retry what waiting a second cannot fix: a timed-out or rate-limited upstream, client errors", () => {
    expect(retry(0, new ApiClientError(504, "upstream_timeout", "n8n no respondió a tiempo."))).toBe(false);
    expect(retry(0, new ApiClientError(502, "upstream_rate_limited", "Odoo está limitando."))).toBe(false);
    expect(retry(0, new ApiClientError(429, "rate_limited", "Demasiadas solicitudes."))).toBe(false);
    expect(retry(0, new ApiClientError(404, "not_found", "No existe."))).toBe(false);
  });
});
