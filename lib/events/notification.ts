// What the NOTIFY trigger sends on the hub_events channel (migration 20261121000500): ids only,
// well under NOTIFY's 8000-byte limit; streams read the row itself.
import { z } from "zod";

export const HUB_EVENTS_CHANNEL = "hub_events";

const notificationSchema = z.object({ tenantId: z.string().uuid(), eventId: z.coerce.number().int().positive() });

export type HubNotification = z.infer<typeof notificationSchema>;

export function parseNotification(payload: string): HubNotification | null {
  try {
    const parsed = notificationSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
