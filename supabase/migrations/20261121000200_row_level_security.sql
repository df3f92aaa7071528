-- Row-level security. Each policy compares the row's tenant with the claimed tenant and derives the
-- caller's role from tenant_members (never from the claims), so forged claims gain nothing.
-- Helpers are wrapped as (select ...) in policies so Postgres evaluates them once per statement.

-- SECURITY DEFINER: reading tenant_members from inside a policy on tenant_members would recurse.
create or replace function app.member_role() returns text
language sql stable security definer
set search_path = public, pg_temp
as $$
  select m.role from public.tenant_members m
  where m.tenant_id = app.tenant_id() and m.user_id = app.user_id() and m.status = 'active'
$$;

create or replace function app.is_member(p_tenant uuid) returns boolean
language sql stable security definer
set search_path = public, pg_temp
as $$
  select exists (
    select 1 from public.tenant_members m
    where m.tenant_id = p_tenant and m.user_id = app.user_id() and m.status = 'active'
  )
$$;

-- True when the caller is an active member of the claimed tenant with one of the given roles.
create or replace function app.has_role(p_roles text[]) returns boolean
language sql stable
as $$ select coalesce(app.member_role() = any (p_roles), false) $$;

grant execute on all functions in schema app to authenticated, service_role;

-- Tenant-owned tables: RLS enabled and forced (the owner is bound too).
do $$
declare t text;
begin
  foreach t in array array[
    'tenants', 'tenant_members', 'tenant_products', 'tenant_domains', 'tenant_integrations',
    'provisioning_steps', 'api_keys', 'mcp_capabilities', 'activity_log', 'webhook_events', 'outbox'
  ] loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    execute format('grant select, insert, update, delete on public.%I to authenticated', t);
    execute format('grant all on public.%I to service_role', t);
  end loop;
end
$$;

-- Identity tables are reached only through the privileged service connection: no grants at all.
alter table public.users enable row level security;
alter table public.sessions enable row level security;
alter table public.rate_limit_counters enable row level security;
revoke all on public.users, public.sessions, public.rate_limit_counters from anon, authenticated;

-- tenants: members read their tenants (also for the tenant list, across tenants); admins update
-- the claimed one. Creation goes through create_tenant_minimal().
create policy tenants_select on public.tenants for select to authenticated
  using (app.is_member(id));
create policy tenants_update on public.tenants for update to authenticated
  using (id = (select app.tenant_id()) and (select app.has_role(array['admin'])))
  with check (id = (select app.tenant_id()));

-- tenant_members: members see the claimed tenant's members; a user always sees their own rows
-- (that is how the tenant switcher lists tenants). Only admins change memberships.
create policy tenant_members_select on public.tenant_members for select to authenticated
  using (
    (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff', 'viewer'])))
    or user_id = (select app.user_id())
  );
create policy tenant_members_insert on public.tenant_members for insert to authenticated
  with check (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin'])));
create policy tenant_members_update on public.tenant_members for update to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin'])))
  with check (tenant_id = (select app.tenant_id()));
create policy tenant_members_delete on public.tenant_members for delete to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin'])));

-- The common shape: members read, the given roles write, all within the claimed tenant.
create or replace function app.create_tenant_policies(p_table text, p_read text[], p_write text[])
returns void language plpgsql as $$
begin
  execute format(
    'create policy %1$s_select on public.%1$I for select to authenticated
       using (tenant_id = (select app.tenant_id()) and (select app.has_role(%2$L::text[])))',
    p_table, p_read);
  if p_write is null then
    return;
  end if;
  execute format(
    'create policy %1$s_insert on public.%1$I for insert to authenticated
       with check (tenant_id = (select app.tenant_id()) and (select app.has_role(%2$L::text[])))',
    p_table, p_write);
  execute format(
    'create policy %1$s_update on public.%1$I for update to authenticated
       using (tenant_id = (select app.tenant_id()) and (select app.has_role(%2$L::text[])))
       with check (tenant_id = (select app.tenant_id()))',
    p_table, p_write);
  execute format(
    'create policy %1$s_delete on public.%1$I for delete to authenticated
       using (tenant_id = (select app.tenant_id()) and (select app.has_role(%2$L::text[])))',
    p_table, p_write);
end
$$;

select app.create_tenant_policies('tenant_products', array['admin', 'staff', 'viewer'], array['admin']);
select app.create_tenant_policies('tenant_domains', array['admin', 'staff', 'viewer'], array['admin']);
select app.create_tenant_policies('tenant_integrations', array['admin', 'staff', 'viewer'], array['admin']);
select app.create_tenant_policies('provisioning_steps', array['admin', 'staff', 'viewer'], array['admin']);
select app.create_tenant_policies('api_keys', array['admin'], array['admin']);
select app.create_tenant_policies('mcp_capabilities', array['admin', 'staff', 'viewer'], array['admin']);
-- Written by service paths only (webhook ingest, the outbox sender): users read.
select app.create_tenant_policies('webhook_events', array['admin', 'staff', 'viewer'], null);
select app.create_tenant_policies('outbox', array['admin'], null);

-- activity_log is append-only for anyone who may write in the tenant.
create policy activity_log_select on public.activity_log for select to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff', 'viewer'])));
create policy activity_log_insert on public.activity_log for insert to authenticated
  with check (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff'])));

drop function app.create_tenant_policies(text, text[], text[]);
