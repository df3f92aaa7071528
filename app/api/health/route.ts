// GET /api/health – app and database status: 200 when both answer, 503 otherwise (public)
import { apiRoute } from "@/lib/api/route";
import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ auth: "public" }, async () => {
  const database = await databaseHealth();
  const ok = database.status === "ok";
  return Response.json(
    { status: ok ? "ok" : "degraded", app: { status: "ok" }, database },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
