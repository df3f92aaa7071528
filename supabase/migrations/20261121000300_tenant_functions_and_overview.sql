-- Trials for the three products every tenant gets. Idempotent: re-running keeps existing rows.
create or replace function public.activate_default_products_for_tenant(p_tenant uuid, p_trial_days integer default 14)
returns void
language sql security definer
set search_path = public, pg_temp
as $$
  insert into public.tenant_products (tenant_id, product, status, trial_ends_at)
  select p_tenant, product, 'trial', now() + make_interval(days => p_trial_days)
  from unnest(array['chat', 'erp', 'automation']) as product
  on conflict (tenant_id, product) do nothing
$$;

-- Creates a tenant, its first admin and its trials in one step. Called by a signed-in user (who
-- becomes the active admin) or by a service path (the given email gets an invited admin membership).
create or replace function public.create_tenant_minimal(
  p_slug text,
  p_legal_name text,
  p_email text,
  p_rut text default null,
  p_phone text default null,
  p_plan text default 'free',
  p_status text default 'active'
) returns uuid
language plpgsql security definer
set search_path = public, pg_temp
as $$
declare
  v_tenant uuid;
  v_user text := app.user_id();
begin
  -- Inside SECURITY DEFINER current_user is the owner, so the caller's kind comes from the claims.
  if app.claims() ->> 'role' = 'authenticated' and v_user is null then
    raise exception 'create_tenant_minimal needs a signed-in user' using errcode = '42501';
  end if;
  -- A user creates only an active workspace for themself; other states are for service paths.
  if v_user is not null and p_status <> 'active' then
    raise exception 'users create active tenants only' using errcode = '42501';
  end if;

  insert into public.tenants (slug, legal_name, email, rut, phone, plan, status)
  values (p_slug, p_legal_name, lower(p_email), p_rut, p_phone, p_plan, p_status)
  returning id into v_tenant;

  if v_user is not null then
    insert into public.tenant_members (tenant_id, user_id, email, role, status)
    values (v_tenant, v_user, lower(p_email), 'admin', 'active');
  else
    insert into public.tenant_members (tenant_id, email, role, status)
    values (v_tenant, lower(p_email), 'admin', 'invited');
  end if;

  perform public.activate_default_products_for_tenant(v_tenant);
  return v_tenant;
end
$$;

revoke all on function public.create_tenant_minimal(text, text, text, text, text, text, text) from public;
revoke all on function public.activate_default_products_for_tenant(uuid, integer) from public;
grant execute on function public.create_tenant_minimal(text, text, text, text, text, text, text)
  to authenticated, service_role;
grant execute on function public.activate_default_products_for_tenant(uuid, integer) to service_role;

-- One row per tenant for dashboards and the back office. security_invoker keeps RLS in force.
create view public.v_tenant_overview with (security_invoker = true) as
select
  t.id as tenant_id,
  t.slug,
  t.legal_name,
  t.plan,
  t.status,
  t.created_at,
  (select count(*) from public.tenant_members m where m.tenant_id = t.id and m.status = 'active')
    as active_members,
  (select count(*) from public.tenant_members m where m.tenant_id = t.id and m.status = 'invited')
    as pending_invitations,
  (select coalesce(array_agg(p.product order by p.product), '{}') from public.tenant_products p
    where p.tenant_id = t.id and p.status in ('trial', 'active')) as products,
  (select coalesce(array_agg(i.kind order by i.kind), '{}') from public.tenant_integrations i
    where i.tenant_id = t.id and i.status = 'connected') as connected_integrations
from public.tenants t;

grant select on public.v_tenant_overview to authenticated, service_role;
