-- Contactos: one row per customer, merged from the Hub's own records, Chatwoot contacts and Odoo
-- partners. contact_sources keeps each upstream record and why it was linked, so a merge can be
-- explained and undone.

create schema if not exists extensions;
create extension if not exists pg_trgm with schema extensions;
-- Lets one GIN index hold (tenant_id, search): a tenant's search never scans other tenants' trigrams.
create extension if not exists btree_gin with schema extensions;

create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  name text not null default '',
  -- Canonical RUT (12345678-5), E.164 phones and lower-cased emails: what matching compares.
  rut text,
  emails text[] not null default '{}',
  phones text[] not null default '{}',
  tags text[] not null default '{}',
  notes text not null default '',
  -- Where the person exists: 'hub' (created here), 'chatwoot', 'odoo'. Kept in step with contact_sources.
  sources text[] not null default '{}',
  has_open_conversation boolean not null default false,
  unpaid_invoices integer not null default 0,
  -- Lower-cased, accent-free text of every searchable field, digits of RUT and phones included.
  search text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index contacts_tenant_name_idx on public.contacts (tenant_id, lower(name), id);
create index contacts_tenant_updated_idx on public.contacts (tenant_id, updated_at desc, id);
create index contacts_tenant_created_idx on public.contacts (tenant_id, created_at desc, id);
create index contacts_search_idx on public.contacts
  using gin (tenant_id, search extensions.gin_trgm_ops);
create index contacts_tags_idx on public.contacts using gin (tenant_id, tags);
create index contacts_tenant_rut_idx on public.contacts (tenant_id, rut) where rut is not null;
create index contacts_phones_idx on public.contacts using gin (tenant_id, phones);
create index contacts_emails_idx on public.contacts using gin (tenant_id, emails);

create or replace function app.contact_search_text(p_name text, p_rut text, p_emails text[], p_phones text[])
returns text language sql immutable
as $$
  select translate(
    lower(concat_ws(' ',
      p_name,
      p_rut,
      replace(p_rut, '-', ''),
      array_to_string(p_emails, ' '),
      replace(array_to_string(p_phones, ' '), '+', '')
    )),
    'áàäâéèëêíìïîóòöôúùüûñç',
    'aaaaeeeeiiiioooouuuunc'
  )
$$;

create or replace function app.contacts_before_write() returns trigger
language plpgsql as $$
begin
  new.search := app.contact_search_text(new.name, new.rut, new.emails, new.phones);
  new.updated_at := now();
  return new;
end
$$;

create trigger contacts_before_write before insert or update on public.contacts
  for each row execute function app.contacts_before_write();

create table public.contact_sources (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  contact_id uuid not null references public.contacts (id) on delete cascade,
  source text not null check (source in ('chatwoot', 'odoo')),
  external_id text not null,
  name text not null default '',
  email text,
  phone text,
  rut text,
  -- Why this record joined its contact: {"key": "rut"|"email"|"phone", "value": ...}; null when it
  -- started the contact.
  match_reason jsonb,
  -- Split off by a person: sync keeps it in its own contact instead of matching it again.
  detached boolean not null default false,
  synced_at timestamptz not null default now(),
  unique (tenant_id, source, external_id)
);
create index contact_sources_contact_idx on public.contact_sources (contact_id);

alter table public.contacts enable row level security;
alter table public.contacts force row level security;
alter table public.contact_sources enable row level security;
alter table public.contact_sources force row level security;
grant select, insert, update, delete on public.contacts, public.contact_sources to authenticated;
grant all on public.contacts, public.contact_sources to service_role;

-- Everyone in the tenant reads; staff and admins edit; only admins erase (a data-subject request).
create policy contacts_select on public.contacts for select to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff', 'viewer'])));
create policy contacts_insert on public.contacts for insert to authenticated
  with check (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff'])));
create policy contacts_update on public.contacts for update to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff'])))
  with check (tenant_id = (select app.tenant_id()));
create policy contacts_delete on public.contacts for delete to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin'])));

create policy contact_sources_select on public.contact_sources for select to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff', 'viewer'])));
create policy contact_sources_insert on public.contact_sources for insert to authenticated
  with check (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff'])));
create policy contact_sources_update on public.contact_sources for update to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin', 'staff'])))
  with check (tenant_id = (select app.tenant_id()));
create policy contact_sources_delete on public.contact_sources for delete to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.has_role(array['admin'])));

-- Erasing a person (a data-subject request) also removes the activity entries about them, which the
-- append-only activity_log refuses to every user: this function is the one way, for admins only.
create or replace function app.erase_contact(p_contact uuid) returns boolean
language plpgsql security definer
set search_path = public, pg_temp
as $$
declare erased integer;
begin
  if not app.has_role(array['admin']) then
    raise exception 'only admins erase contacts' using errcode = '42501';
  end if;
  delete from public.activity_log where tenant_id = app.tenant_id() and target = 'contact:' || p_contact::text;
  delete from public.contacts where tenant_id = app.tenant_id() and id = p_contact;
  get diagnostics erased = row_count;
  return erased > 0;
end
$$;
revoke all on function app.erase_contact(uuid) from public;
grant execute on function app.erase_contact(uuid) to authenticated;
