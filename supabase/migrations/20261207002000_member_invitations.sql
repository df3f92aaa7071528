-- Invitation links. An invitation (a tenant_members row with status 'invited') is accepted only by
-- someone who proves the address: the single-use, expiring link sent to it, opened while signed in
-- with an account of that email. Matching the email at sign-in is gone: an unverified account that
-- merely claims the address never inherits a role.

-- One live link per invitation: the token's SHA-256 only (the link carries the token), when it
-- expires and when it was used. Deleting the invitation (cancelled, or the tenant's 24-hour sweep)
-- deletes its link. Like tenant_signups it is reached only through the privileged service
-- connection (accepting happens before the person is a member): RLS forced and nothing granted.
create table public.tenant_invitations (
  member_id uuid primary key references public.tenant_members (id) on delete cascade,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  token_hash text not null unique,
  expires_at timestamptz not null,
  accepted_at timestamptz,
  created_at timestamptz not null default now()
);
create index tenant_invitations_tenant_idx on public.tenant_invitations (tenant_id);

alter table public.tenant_invitations enable row level security;
alter table public.tenant_invitations force row level security;
revoke all on public.tenant_invitations from anon, authenticated;
grant all on public.tenant_invitations to service_role;

-- Issues (or re-issues) the link of a pending invitation and queues it by email, in the caller's
-- transaction, so the invitation and its message commit together. An admin calls it inside
-- withTenant() for their claimed tenant; the service path (tenant registration, no claims) for the
-- tenant it names. SECURITY DEFINER because neither table is writable by authenticated.
create or replace function app.issue_member_invitation(
  p_tenant uuid,
  p_member uuid,
  p_token_hash text,
  p_expires_at timestamptz,
  p_link text
) returns void
language plpgsql security definer
set search_path = public, pg_temp
as $$
declare
  v_email text;
  v_role text;
  v_legal_name text;
begin
  -- As in create_tenant_minimal: the session's role or the claims saying "authenticated" is a user call.
  if app.claims() ->> 'role' = 'authenticated' or current_setting('role', true) = 'authenticated' then
    if p_tenant is distinct from app.tenant_id() or not app.has_role(array['admin']) then
      raise exception 'only an admin of the claimed tenant invites' using errcode = '42501';
    end if;
  end if;
  select m.email, m.role, t.legal_name into v_email, v_role, v_legal_name
  from public.tenant_members m join public.tenants t on t.id = m.tenant_id
  where m.id = p_member and m.tenant_id = p_tenant and m.status = 'invited';
  if not found then
    raise exception 'no pending invitation % in tenant %', p_member, p_tenant using errcode = '42501';
  end if;

  insert into public.tenant_invitations (member_id, tenant_id, token_hash, expires_at)
  values (p_member, p_tenant, p_token_hash, p_expires_at)
  on conflict (member_id) do update
    set token_hash = excluded.token_hash, expires_at = excluded.expires_at, accepted_at = null, created_at = now();
  insert into public.outbox (tenant_id, channel, recipient, template, payload)
  values (p_tenant, 'email', v_email, 'member_invitation',
          jsonb_build_object('link', p_link, 'legalName', v_legal_name, 'role', v_role));
end
$$;

revoke all on function app.issue_member_invitation(uuid, uuid, text, timestamptz, text) from public;
grant execute on function app.issue_member_invitation(uuid, uuid, text, timestamptz, text) to authenticated, service_role;
