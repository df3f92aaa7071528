import "server-only";
import { currentUser } from "@clerk/nextjs/server";
import type { Identity } from "./identity";

export async function clerkIdentity(): Promise<Identity | null> {
  const user = await currentUser();
  if (!user) return null;
  const email = user.primaryEmailAddress?.emailAddress ?? user.emailAddresses[0]?.emailAddress;
  if (!email) return null;
  return {
    userId: user.id,
    email: email.toLowerCase(),
    name: user.fullName ?? [user.firstName, user.lastName].filter(Boolean).join(" "),
  };
}
