import type { World } from "../state";
import { seedChatwoot } from "./chatwoot";
import { makeCustomers } from "./customers";
import { seedN8n } from "./n8n";
import { seedOdoo } from "./odoo";
import { Rng } from "./random";

export const DEFAULT_CONVERSATIONS = 120;
const SEED = 20_260_301;

/**
 * The whole fixture from one seed. Each service draws from its own stream so adding data to one does
 * not reshuffle the others. `scale` is the number of conversations; other volumes grow with it.
 */
export function createWorld(nowMs: number, scale = DEFAULT_CONVERSATIONS): World {
  const conversations = Math.max(10, Math.round(scale));
  const factor = Math.max(1, conversations / DEFAULT_CONVERSATIONS);
  const customers = makeCustomers(new Rng(SEED), Math.round(200 * factor));
  return {
    seededAt: nowMs,
    chatwoot: seedChatwoot(new Rng(SEED + 1), customers, nowMs, conversations),
    odoo: seedOdoo(new Rng(SEED + 2), customers, nowMs, factor),
    n8n: seedN8n(new Rng(SEED + 3), nowMs, factor),
  };
}
