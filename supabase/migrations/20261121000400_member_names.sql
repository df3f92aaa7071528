-- users is closed to `authenticated`; members still need to see each other's names. This exposes only
-- (user_id, name) and only for members of the claimed tenant, to a caller who is a member of it.
create or replace function app.member_names() returns table (user_id text, name text)
language sql stable security definer
set search_path = public, pg_temp
as $$
  select u.id, u.name
  from public.tenant_members m
  join public.users u on u.id = m.user_id
  where m.tenant_id = app.tenant_id() and app.member_role() is not null
$$;

grant execute on function app.member_names() to authenticated;
