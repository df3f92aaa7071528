// GET /api/onboarding/rut?rut= – whether a RUT is free to register (public, throttled)

import { requestMeta } from "@/lib/api/request-meta";
import { apiRoute } from "@/lib/api/route";
import { rutSchema } from "@/lib/onboarding/registration-input";
import { rutAvailability } from "@/lib/onboarding/signup-api";
import { z } from "@/lib/validation";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ auth: "public", query: z.object({ rut: rutSchema }) }, async ({ req, query }) =>
  rutAvailability(query.rut, requestMeta(req).ip),
);
