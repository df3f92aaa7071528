// The thread's rows: a day separator (Santiago calendar day) before the first message of each day,
// then the messages, with the sends still waiting on the server after the last one.
import { santiagoDay } from "@/lib/format";
import type { Message } from "@/lib/integrations/chatwoot/chatwoot-models";
import type { OutboxEntry } from "./send-machine";

export type ThreadRow =
  | { kind: "day"; key: string; day: string }
  | { kind: "message"; key: string; message: Message }
  | { kind: "outbox"; key: string; entry: OutboxEntry };

export function buildThreadRows(messages: Message[], pending: OutboxEntry[], now = new Date()): ThreadRow[] {
  const rows: ThreadRow[] = [];
  let lastDay: string | null = null;
  const dayRow = (iso: string | null) => {
    const day = santiagoDay(iso ?? now);
    if (day !== lastDay) {
      rows.push({ kind: "day", key: `day:${day}`, day });
      lastDay = day;
    }
  };
  for (const message of messages) {
    dayRow(message.createdAt);
    rows.push({ kind: "message", key: `m:${message.id}`, message });
  }
  for (const entry of pending) {
    dayRow(entry.createdAt);
    rows.push({ kind: "outbox", key: `o:${entry.echoId}`, entry });
  }
  return rows;
}
