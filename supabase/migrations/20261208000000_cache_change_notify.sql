-- Each app instance keeps, in memory, the tenants' decrypted connections and the memberships it has
-- confirmed under RLS (lib/events/notified-cache.ts). Any change to one, made by any instance or by
-- hand, NOTIFYs every instance on `hub_cache` on commit with the entry's key, and each drops it before
-- its next request. The keys are built as connectionKey and membershipKey build them in TypeScript.

create or replace function app.notify_connection_change() returns trigger
language plpgsql
set search_path = public, pg_temp
as $$
begin
  if tg_op <> 'INSERT' then
    perform pg_notify('hub_cache', json_build_object('key', 'connection:' || old.tenant_id || ':' || old.kind)::text);
  end if;
  if tg_op <> 'DELETE' then
    perform pg_notify('hub_cache', json_build_object('key', 'connection:' || new.tenant_id || ':' || new.kind)::text);
  end if;
  return null;
end
$$;

create or replace function app.notify_membership_change() returns trigger
language plpgsql
set search_path = public, pg_temp
as $$
begin
  -- An invitation not yet accepted has no user, and no entry.
  if tg_op <> 'INSERT' and old.user_id is not null then
    perform pg_notify('hub_cache', json_build_object('key', 'membership:' || old.tenant_id || ':' || old.user_id)::text);
  end if;
  if tg_op <> 'DELETE' and new.user_id is not null then
    perform pg_notify('hub_cache', json_build_object('key', 'membership:' || new.tenant_id || ':' || new.user_id)::text);
  end if;
  return null;
end
$$;

-- Only the triggers call them; triggers fire without the EXECUTE privilege.
revoke execute on function app.notify_connection_change() from public, anon, authenticated;
revoke execute on function app.notify_membership_change() from public, anon, authenticated;

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

create trigger tenant_members_notify
  after insert or delete on public.tenant_members
  for each row execute function app.notify_membership_change();

create trigger tenant_members_notify_update
  after update on public.tenant_members
  for each row
  when ((old.tenant_id, old.user_id, old.role, old.status)
    is distinct from (new.tenant_id, new.user_id, new.role, new.status))
  execute function app.notify_membership_change();
