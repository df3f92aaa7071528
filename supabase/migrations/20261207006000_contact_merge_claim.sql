-- A Chatwoot contact webhook, once its signature has tied it to a tenant, merges the contact under
-- RLS like every other write: the server claims the tenant and names itself with a `service` claim
-- (set only by the Hub's own runWithClaims, never taken from a client), and these policies admit that
-- claim for the tenant's contacts and their source links, and for nothing else.
create or replace function app.service_actor() returns text
language sql stable
as $$ select nullif(app.claims() ->> 'service', '') $$;

grant execute on function app.service_actor() to authenticated, service_role;

create policy contacts_merge_select on public.contacts for select to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.service_actor()) = 'contact_merge');
create policy contacts_merge_insert on public.contacts for insert to authenticated
  with check (tenant_id = (select app.tenant_id()) and (select app.service_actor()) = 'contact_merge');
create policy contacts_merge_update on public.contacts for update to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.service_actor()) = 'contact_merge')
  with check (tenant_id = (select app.tenant_id()));

create policy contact_sources_merge_select on public.contact_sources for select to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.service_actor()) = 'contact_merge');
create policy contact_sources_merge_insert on public.contact_sources for insert to authenticated
  with check (tenant_id = (select app.tenant_id()) and (select app.service_actor()) = 'contact_merge');
create policy contact_sources_merge_update on public.contact_sources for update to authenticated
  using (tenant_id = (select app.tenant_id()) and (select app.service_actor()) = 'contact_merge')
  with check (tenant_id = (select app.tenant_id()));
