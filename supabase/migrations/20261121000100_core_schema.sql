-- Tenants and everything they own. Every tenant-owned table has tenant_id and an index that leads with it.

create table public.tenants (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$'),
  rut text unique,
  legal_name text not null check (length(legal_name) between 2 and 120),
  email text,
  phone text,
  plan text not null default 'free' check (plan in ('free', 'basic', 'pro', 'enterprise')),
  status text not null default 'active'
    check (status in ('preparing', 'provisioning', 'active', 'suspended', 'cancelled')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Local-auth identities. With Clerk, a row is kept per Clerk user (no password) so memberships join.
create table public.users (
  id text primary key,
  email text not null,
  name text not null default '',
  password_hash text,
  created_at timestamptz not null default now()
);
create unique index users_email_key on public.users (lower(email));

create table public.sessions (
  id text primary key, -- sha256 of the cookie token; the token itself is never stored
  user_id text not null references public.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  user_agent text,
  ip text
);
create index sessions_user_idx on public.sessions (user_id);

-- Fixed-window counters shared by every app instance (sign-in throttling, API rate limits).
create table public.rate_limit_counters (
  key text not null,
  window_start timestamptz not null,
  count integer not null default 0,
  primary key (key, window_start)
);

create table public.tenant_members (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  user_id text references public.users (id) on delete cascade,
  email text not null,
  role text not null check (role in ('admin', 'staff', 'viewer')),
  status text not null default 'active' check (status in ('invited', 'active')),
  invited_by text,
  created_at timestamptz not null default now(),
  check (status = 'invited' or user_id is not null)
);
create unique index tenant_members_tenant_email_key on public.tenant_members (tenant_id, lower(email));
create unique index tenant_members_tenant_user_key on public.tenant_members (tenant_id, user_id);
create index tenant_members_user_idx on public.tenant_members (user_id);
create index tenant_members_email_idx on public.tenant_members (lower(email)) where status = 'invited';

create table public.tenant_products (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  product text not null check (product in ('chat', 'erp', 'automation')),
  status text not null default 'trial' check (status in ('trial', 'active', 'inactive')),
  trial_ends_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, product)
);

create table public.tenant_domains (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  domain text not null unique,
  kind text not null default 'subdomain' check (kind in ('subdomain', 'custom')),
  verified_at timestamptz,
  created_at timestamptz not null default now()
);
create index tenant_domains_tenant_idx on public.tenant_domains (tenant_id);

create table public.tenant_integrations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  kind text not null check (kind in ('chatwoot', 'odoo', 'n8n')),
  base_url text not null,
  config jsonb not null default '{}'::jsonb,
  credentials_encrypted text,
  key_id text,
  webhook_secret_encrypted text,
  status text not null default 'unchecked' check (status in ('unchecked', 'connected', 'failing')),
  last_checked_at timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, kind)
);

create table public.provisioning_steps (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  step text not null,
  position integer not null,
  status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
  attempts integer not null default 0,
  last_error text,
  started_at timestamptz,
  finished_at timestamptz,
  primary key (tenant_id, step)
);

create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  name text not null,
  prefix text not null,
  key_hash text not null unique,
  scopes text[] not null default '{}',
  created_by text,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_keys_tenant_idx on public.api_keys (tenant_id);

create table public.mcp_capabilities (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  name text not null,
  enabled boolean not null default false,
  config jsonb not null default '{}'::jsonb,
  unique (tenant_id, name)
);

create table public.activity_log (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  actor_user_id text,
  action text not null,
  target text,
  details jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
create index activity_log_tenant_created_idx on public.activity_log (tenant_id, created_at desc);

create table public.webhook_events (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  integration_id uuid not null references public.tenant_integrations (id) on delete cascade,
  delivery_key text not null,
  event text not null,
  payload jsonb not null,
  received_at timestamptz not null default now(),
  unique (tenant_id, delivery_key)
);
create index webhook_events_tenant_received_idx on public.webhook_events (tenant_id, received_at desc);

create table public.outbox (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  channel text not null check (channel in ('email', 'whatsapp')),
  recipient text not null,
  template text not null,
  payload jsonb not null default '{}'::jsonb,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbox_tenant_idx on public.outbox (tenant_id, created_at desc);
create index outbox_pending_idx on public.outbox (created_at) where status = 'pending';
