-- Live updates: every stored webhook event wakes the open event streams of every app instance.
-- A row trigger NOTIFYs inside the inserting transaction, so the notification goes out on commit and
-- never for a duplicate (ON CONFLICT DO NOTHING inserts no row, so no row trigger fires). The payload
-- stays tiny (NOTIFY caps it at 8000 bytes): streams read the row itself, under RLS.
create or replace function app.notify_webhook_event() returns trigger
language plpgsql
set search_path = public, pg_temp
as $$
begin
  perform pg_notify('hub_events', json_build_object('tenantId', new.tenant_id, 'eventId', new.id)::text);
  return null;
end
$$;

-- Only the trigger calls it; triggers fire without the EXECUTE privilege.
revoke execute on function app.notify_webhook_event() from public;

create trigger webhook_events_notify
  after insert on public.webhook_events
  for each row execute function app.notify_webhook_event();

-- Stream resume reads "this tenant's events after id N" in id order.
create index webhook_events_tenant_id_idx on public.webhook_events (tenant_id, id);
