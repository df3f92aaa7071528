// POST /api/onboarding/enterprise – an Enterprise contact request for the sales team (public, throttled)

import { requestMeta } from "@/lib/api/request-meta";
import { apiRoute } from "@/lib/api/route";
import { enterpriseContactSchema } from "@/lib/onboarding/registration-input";
import { saveSalesLead } from "@/lib/onboarding/signup-api";

export const POST = apiRoute({ auth: "public", body: enterpriseContactSchema }, async ({ req, body }) => {
  await saveSalesLead(body, requestMeta(req).ip);
  return Response.json({ received: true }, { status: 201 });
});
