// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PGlite.

import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open";
import "./load-env";
import { env } from "../lib/env";

const database = openDatabase({ url: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  const applied = await migrate(database);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await database.close();
}
