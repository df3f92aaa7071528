import "server-only";
import { after } from "next/server";
import { servicePathDb } from "@/lib/db/privileged";
import { log } from "@/lib/log";
import { requestProvisioning } from "./request-provisioning";
import { runProvisioning } from "./runner";
import { smarterosServices } from "./smarteros-services";

/**
 * Marks the tenant for provisioning and runs it after the response is sent (Next's after()), so the
 * caller gets its 202 at once and starts polling the status. Should this instance die mid-way, the
 * background resumer of any instance picks the run up once its lease expires.
 */
export async function startProvisioning(tenantId: string, origin: string) {
  const db = await servicePathDb();
  const result = await requestProvisioning(db, tenantId, origin);
  if (result.status === "provisioning") {
    after(() =>
      runProvisioning({ db, services: smarterosServices() }, tenantId).catch((error: unknown) =>
        log.error("provisioning run crashed", { tenantId, error: String(error) }),
      ),
    );
  }
  return result;
}
