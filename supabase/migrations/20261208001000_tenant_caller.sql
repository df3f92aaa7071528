-- Every tenant request starts here: who is calling (a live session, or a user Clerk has verified),
-- their active membership in the tenant of the path, and, for routes that call an upstream, one hit
-- on each of the proxy's rate-limit keys. One call, one round trip; plpgsql keeps its plans per
-- connection, which a statement sent with prepare:false (for Supabase's pooler) would plan each time.
-- Hits are counted for members only, so no outsider spends a tenant's budget. Only the privileged
-- connection calls it: sessions and counters are reached by no other role.
create or replace function app.tenant_caller(
  p_session_hash text,
  p_user_id text,
  p_tenant uuid,
  p_count boolean,
  p_window timestamptz,
  p_tenant_key_prefix text,
  p_user_key_prefix text
) returns table (
  user_id text, email text, name text,
  tenant_id uuid, slug text, legal_name text, plan text, status text, role text,
  tenant_hits integer, user_hits integer
)
language plpgsql
set search_path = public, pg_temp
as $$
declare
  v_user record;
  v_member record;
  v_tenant_key text;
  v_user_key text;
begin
  if p_session_hash is not null then
    select u.id, u.email, u.name into v_user
    from sessions s join users u on u.id = s.user_id
    where s.id = p_session_hash and s.revoked_at is null and s.expires_at > now();
  else
    select u.id, u.email, u.name into v_user from users u where u.id = p_user_id;
  end if;
  if v_user.id is null then
    return;
  end if;
  user_id := v_user.id;
  email := v_user.email;
  name := v_user.name;

  select t.id, t.slug, t.legal_name, t.plan, t.status, m.role into v_member
  from tenant_members m join tenants t on t.id = m.tenant_id
  where m.user_id = v_user.id and m.tenant_id = p_tenant and m.status = 'active';
  if v_member.id is null then
    return next;
    return;
  end if;
  tenant_id := v_member.id;
  slug := v_member.slug;
  legal_name := v_member.legal_name;
  plan := v_member.plan;
  status := v_member.status;
  role := v_member.role;

  if p_count then
    v_tenant_key := p_tenant_key_prefix || v_member.id::text;
    v_user_key := p_user_key_prefix || v_user.id;
    -- Old windows are dead weight: each key trims its own past rows, so no job is needed.
    delete from rate_limit_counters c
    where c.key in (v_tenant_key, v_user_key) and c.window_start < p_window;
    with counted as (
      insert into rate_limit_counters as c (key, window_start, count)
      values (v_tenant_key, p_window, 1), (v_user_key, p_window, 1)
      on conflict (key, window_start) do update set count = c.count + 1
      returning c.key, c.count
    )
    select max(counted.count) filter (where counted.key = v_tenant_key),
           max(counted.count) filter (where counted.key = v_user_key)
    into tenant_hits, user_hits
    from counted;
  end if;
  return next;
end
$$;

revoke execute on function app.tenant_caller(text, text, uuid, boolean, timestamptz, text, text)
  from public, anon, authenticated;
