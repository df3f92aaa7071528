-- Roles and claim helpers. Supabase already has anon/authenticated/service_role; plain Postgres and
-- PGlite do not, so each is created only where missing.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

-- The connecting role must be able to switch to `authenticated` with SET LOCAL ROLE.
do $$
begin
  execute format('grant authenticated to %I', current_user);
exception when others then
  -- Superusers (PGlite, local Postgres) need no grant; some managed hosts refuse it harmlessly.
  null;
end
$$;

create schema if not exists app;
grant usage on schema app to authenticated, service_role;
grant usage on schema public to authenticated, service_role;

-- Claims are set per transaction by the Hub, the same way Supabase's PostgREST sets them.
create or replace function app.claims() returns jsonb
language sql stable
as $$
  select coalesce(nullif(current_setting('request.jwt.claims', true), '')::jsonb, '{}'::jsonb)
$$;

create or replace function app.user_id() returns text
language sql stable
as $$ select nullif(app.claims() ->> 'sub', '') $$;

create or replace function app.tenant_id() returns uuid
language sql stable
as $$ select nullif(app.claims() ->> 'tenant_id', '')::uuid $$;
