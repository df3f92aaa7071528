import "server-only";
import { getDatabase } from "./client";
import type { Db } from "./open";

/**
 * The privileged connection: no role switch, so RLS does not apply. For service paths only —
 * identity (sign-in, sessions, throttling), provisioning, webhook ingest, the service-key API.
 * The linter forbids importing this module from app/ and from client code.
 */
export async function servicePathDb(): Promise<Db> {
  return (await getDatabase()).db;
}
