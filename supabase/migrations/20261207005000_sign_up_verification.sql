-- Local sign-up goes through the address. POST /api/auth/sign-up no longer creates the account: it
-- answers the same for a new and an existing email (no enumeration) and mails the address. A new
-- email gets a single-use, expiring link that creates the account; an existing one gets a notice
-- with a sign-in link and nothing else changes.

-- One pending sign-up per address (lower-cased): signing up again replaces it, so only the newest
-- link works. What the account will be made of (name, password hash, where to go afterwards) waits
-- here; the link carries the token and only its SHA-256 is stored. Using the link stamps
-- verified_at and drops the password hash. Like tenant_invitations it is reached only through the
-- privileged service connection (the person has no account yet): RLS forced and nothing granted.
create table public.pending_sign_ups (
  email text primary key check (email = lower(email)),
  name text not null,
  password_hash text,
  token_hash text not null unique,
  next_path text not null default '/onboarding',
  expires_at timestamptz not null,
  verified_at timestamptz,
  created_at timestamptz not null default now(),
  check (verified_at is not null or password_hash is not null)
);

alter table public.pending_sign_ups enable row level security;
alter table public.pending_sign_ups force row level security;
revoke all on public.pending_sign_ups from anon, authenticated;
grant all on public.pending_sign_ups to service_role;

-- The sign-up mails go through the outbox like every other message (one sender, its retries and
-- backoff, the webhook and development transports, /dev/outbox), but they belong to no tenant yet:
-- the person has no account, let alone a workspace. So tenant_id may be null, for those templates
-- only. RLS needs no change and fails closed: every outbox policy compares tenant_id with the
-- claimed tenant, and null equals nothing, so no member of any tenant sees these rows; only the
-- service connection (the sender, the back office's GET /api/auth/sign-up/outbox) reads them.
alter table public.outbox alter column tenant_id drop not null;
alter table public.outbox add constraint outbox_tenant_or_account_message check (
  tenant_id is not null or template in ('sign_up_verification', 'sign_up_existing_account')
);
create index outbox_account_recipient_idx on public.outbox (lower(recipient), created_at)
  where tenant_id is null;
