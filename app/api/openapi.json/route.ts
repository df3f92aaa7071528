// GET /api/openapi.json – the tenant API as OpenAPI 3.1, generated from its zod schemas (public)
import { publicOrigin } from "@/lib/api/public-origin";
import { apiRoute } from "@/lib/api/route";
import { tenantApiDocument } from "@/lib/onboarding/openapi";

export const GET = apiRoute({ auth: "public" }, ({ req }) =>
  Response.json(tenantApiDocument(publicOrigin(req)), { headers: { "Cache-Control": "public, max-age=300" } }),
);
