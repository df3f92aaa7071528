import "server-only";
import { servicePathDb } from "@/lib/db/privileged";
import { signUpMessagesFor } from "./sign-up-verification";

/** GET /api/auth/sign-up/outbox (service key): the sign-up mails queued for an address. */
export const signUpOutbox = async (email: string) => signUpMessagesFor(await servicePathDb(), email);
