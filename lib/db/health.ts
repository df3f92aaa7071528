import "server-only";
import { getDatabase } from "./client";
import { readSchemaVersion } from "./schema-version";

export type SchemaHealth = {
  status: "current" | "behind";
  applied: string | null;
  shipped: string | null;
  /** How many shipped migrations the database lacks. */
  pending: number;
  message?: string;
};

export async function databaseHealth(): Promise<{
  status: "ok" | "error";
  driver?: string;
  latencyMs?: number;
  schema?: SchemaHealth;
  error?: string;
}> {
  const started = performance.now();
  try {
    const database = await getDatabase();
    await database.raw.query("select 1");
    const latencyMs = Math.round(performance.now() - started);
    const version = await readSchemaVersion(database);
    // A database that lacks a shipped migration answers every query of the code that needs it with an
    // error: the instance is not ready, whatever `select 1` says.
    const behind = version.pending.length > 0;
    const schema: SchemaHealth = {
      status: behind ? "behind" : "current",
      applied: version.applied,
      shipped: version.shipped,
      pending: version.pending.length,
      ...(behind
        ? {
            message: `Faltan ${version.pending.length} migraciones en la base de datos. Ejecuta \`npm run db:migrate\`. / The database lacks ${version.pending.length} migrations: run \`npm run db:migrate\`.`,
          }
        : {}),
    };
    return { status: "ok", driver: database.kind, latencyMs, schema };
  } catch (error) {
    // The reason stays in the server log: connection strings can appear in driver messages.
    console.error("database health check failed", error instanceof Error ? error.message : error);
    return { status: "error", error: "La base de datos no responde." };
  }
}
