// POST /api/invitations/accept {token} – the signed-in account accepts the invitation behind the link
// sent to its email: single-use, expiring, and only for the invited address
import { apiRoute } from "@/lib/api/route";
import { acceptInvitationLink } from "@/lib/tenancy/invitation-api";
import { issue, z } from "@/lib/validation";

const body = z.object({ token: z.string().min(20, issue("link_invalid")).max(200) });

export const POST = apiRoute({ auth: "user", body }, async ({ identity, body }) =>
  acceptInvitationLink(identity, body.token),
);
