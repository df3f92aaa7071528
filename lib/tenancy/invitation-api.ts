import "server-only";
import type { Identity } from "@/lib/auth/identity";
import { servicePathDb } from "@/lib/db/privileged";
import { acceptInvitation, describeInvitation } from "./accept-invitation";

// The invitation link's service paths, for the page and POST /api/invitations/accept.
export const invitationForLink = async (token: string) => describeInvitation(await servicePathDb(), token);
export const acceptInvitationLink = async (identity: Identity, token: string) =>
  acceptInvitation(await servicePathDb(), identity, token);
