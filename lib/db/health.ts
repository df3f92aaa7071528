import "server-only";
import { getDatabase } from "./client";

export async function databaseHealth(): Promise<{
  status: "ok" | "error";
  driver?: string;
  latencyMs?: number;
  error?: string;
}> {
  const started = performance.now();
  try {
    const database = await getDatabase();
    await database.raw.query("select 1");
    return { status: "ok", driver: database.kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason stays in the server log: connection strings can appear in driver messages.
    console.error("database health check failed", error instanceof Error ? error.message : error);
    return { status: "error", error: "La base de datos no responde." };
  }
}
