// POST /api/onboarding – the signup wizard's submit: a `preparing` tenant and a confirmation link
// sent by email and WhatsApp (public; a signed-in customer registers with their own account)
import { publicOrigin } from "@/lib/api/public-origin";
import { requestMeta } from "@/lib/api/request-meta";
import { apiRoute } from "@/lib/api/route";
import { onboardingSubmissionSchema } from "@/lib/onboarding/registration-input";
import { submitSignup } from "@/lib/onboarding/signup-api";

export const POST = apiRoute(
  { auth: "optional-caller", body: onboardingSubmissionSchema },
  async ({ req, body, identity }) => {
    const tenant = await submitSignup(body, identity ?? null, publicOrigin(req), requestMeta(req).ip);
    return Response.json({ tenant }, { status: 201 });
  },
);
