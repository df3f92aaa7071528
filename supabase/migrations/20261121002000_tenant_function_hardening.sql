-- create_tenant_minimal: tell a user call from a service call by the session's role as well as the
-- claims, and keep users to the plans they may choose for themselves.
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
  -- Inside SECURITY DEFINER current_user is the owner; the caller's role is still in the `role`
  -- setting (SET ROLE) and in the claims. Either one saying "authenticated" means a user call.
  if (app.claims() ->> 'role' = 'authenticated' or current_setting('role', true) = 'authenticated')
     and v_user is null then
    raise exception 'create_tenant_minimal needs a signed-in user' using errcode = '42501';
  end if;
  -- A user creates only an active workspace for themself; other states are for service paths.
  if v_user is not null and p_status <> 'active' then
    raise exception 'users create active tenants only' using errcode = '42501';
  end if;
  -- Paid plans are set by the back office (service paths), not picked by a user for themself.
  if v_user is not null and p_plan not in ('free', 'basic') then
    raise exception 'users create free or basic tenants only' using errcode = '42501';
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

-- v_tenant_overview under RLS only sees the claimed tenant's rows in the tables it counts, so for
-- any other tenant a member belongs to it would show wrong figures. Users get their claimed tenant
-- only; service paths (no RLS) still see every tenant.
create or replace view public.v_tenant_overview with (security_invoker = true) as
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
from public.tenants t
where current_setting('role', true) is distinct from 'authenticated' or t.id = app.tenant_id();
