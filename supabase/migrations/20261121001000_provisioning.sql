-- Self-service signup and provisioning: pending confirmations, the provisioning lease, idempotent
-- back-office requests, Enterprise leads, and what the outbox sender and the steps need.
-- The new tables are reached only through the privileged service connection (signup, confirmation,
-- the provisioner, the service-key API): like users and sessions they get RLS and no grants at all.

-- One pending signup per tenant: the confirmation token (its SHA-256 only), what the wizard asked
-- that the tenants table does not hold, and the password hash until the account is created at
-- confirmation (then cleared).
create table public.tenant_signups (
  tenant_id uuid primary key references public.tenants (id) on delete cascade,
  token_hash text not null unique,
  contact_name text not null default '',
  business_activity text not null default '',
  password_hash text,
  expires_at timestamptz not null,
  confirmed_at timestamptz,
  created_at timestamptz not null default now()
);

-- One provisioning run per tenant. The lease (holder + expiry) keeps two app instances from running
-- the same tenant at once without holding a transaction or a session-level advisory lock open across
-- upstream calls (neither survives Supabase's transaction pooler nor PGlite's single connection).
create table public.provisioning_runs (
  tenant_id uuid primary key references public.tenants (id) on delete cascade,
  -- The Hub's public origin when provisioning was requested: webhook URLs and links are built from it
  -- even when a background job resumes the run.
  origin text not null,
  lease_holder text,
  lease_expires_at timestamptz,
  requested_at timestamptz not null default now(),
  finished_at timestamptz
);
create index provisioning_runs_open_idx on public.provisioning_runs (lease_expires_at) where finished_at is null;

-- Idempotency-Key replays for POST /api/tenants, per caller (the service key or a user id).
create table public.idempotency_keys (
  caller text not null,
  key text not null,
  request_hash text not null,
  status_code integer,
  response jsonb,
  created_at timestamptz not null default now(),
  primary key (caller, key)
);

-- "Enterprise → contact us" requests from the wizard, for the sales team.
create table public.sales_leads (
  id uuid primary key default gen_random_uuid(),
  company text not null,
  contact_name text not null,
  email text not null,
  phone text,
  message text not null default '',
  created_at timestamptz not null default now()
);

do $$
declare t text;
begin
  foreach t in array array['tenant_signups', 'provisioning_runs', 'idempotency_keys', 'sales_leads'] loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    execute format('revoke all on public.%I from anon, authenticated', t);
    execute format('grant all on public.%I to service_role', t);
  end loop;
end
$$;

-- What each step left behind (the n8n workflow id, "connect later"), shown on the progress page.
alter table public.provisioning_steps add column result jsonb not null default '{}'::jsonb;

-- The sender claims a row by pushing next_attempt_at forward, so instances never send one row twice
-- at the same time, and a failed delivery waits before its next attempt.
alter table public.outbox add column next_attempt_at timestamptz not null default now();
drop index public.outbox_pending_idx;
create index outbox_pending_idx on public.outbox (next_attempt_at) where status = 'pending';

-- The 24-hour sweep finds unconfirmed signups by age.
create index tenants_preparing_created_idx on public.tenants (created_at) where status = 'preparing';

-- A cancelled tenant no longer holds its RUT: the same company may sign up again.
alter table public.tenants drop constraint tenants_rut_key;
create unique index tenants_rut_key on public.tenants (rut) where status <> 'cancelled';
