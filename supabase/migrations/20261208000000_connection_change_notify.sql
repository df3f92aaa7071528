-- Each app instance keeps the tenants' decrypted connections in memory, so a proxied request reads no
-- integration row (lib/integrations/store/connection-cache.ts). Any change to a saved connection,
-- made by any instance or by hand, NOTIFYs every instance on commit, and each drops that entry
-- before its next request. A statement trigger would not say which tenant changed; rows are few.
create or replace function app.notify_connection_change() returns trigger
language plpgsql
set search_path = public, pg_temp
as $$
declare r record;
begin
  if tg_op = 'DELETE' then r := old; else r := new; end if;
  perform pg_notify('hub_connections', json_build_object('tenantId', r.tenant_id, 'kind', r.kind)::text);
  -- An update that moves a row to another tenant or kind leaves the old entry stale as well.
  if tg_op = 'UPDATE' and (old.tenant_id, old.kind) is distinct from (new.tenant_id, new.kind) then
    perform pg_notify('hub_connections', json_build_object('tenantId', old.tenant_id, 'kind', old.kind)::text);
  end if;
  return null;
end
$$;

revoke execute on function app.notify_connection_change() from public;

create trigger tenant_integrations_notify
  after insert or delete on public.tenant_integrations
  for each row execute function app.notify_connection_change();

-- A change of status or check time alone leaves the connection as it was: only what a proxy uses counts.
create trigger tenant_integrations_notify_update
  after update on public.tenant_integrations
  for each row
  when ((old.tenant_id, old.kind, old.base_url, old.config, old.credentials_encrypted)
    is distinct from (new.tenant_id, new.kind, new.base_url, new.config, new.credentials_encrypted))
  execute function app.notify_connection_change();
