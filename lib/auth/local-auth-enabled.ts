import { clerkEnabled } from "@/lib/env";
import { ApiError } from "@/lib/errors";

/** The local auth API exists only when Clerk is not configured. */
export function assertLocalAuth() {
  if (clerkEnabled) throw new ApiError("not_found", "local_auth_disabled");
}
