// GET /api/health – app, database and schema status: 200 when the database answers and has every
// shipped migration, 503 otherwise (public)
import { apiRoute } from "@/lib/api/route";
import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ auth: "public" }, async () => {
  const database = await databaseHealth();
  const ok = database.status === "ok" && database.schema?.status === "current";
  return Response.json(
    { status: ok ? "ok" : "degraded", app: { status: "ok" }, database },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
