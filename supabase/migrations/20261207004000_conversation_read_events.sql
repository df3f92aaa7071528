-- Marking a conversation read in Chatwoot (update_last_seen) sends no webhook, so the Hub records the
-- change as an event of its own: the insert fires webhook_events_notify, and every open stream of the
-- tenant, on every instance, clears that conversation's unread badge. Members who may write (staff,
-- admins; a viewer reading must not change the agent's last seen) insert exactly that event, for their
-- own tenant and its own integration. Every other event stays written by service paths only.
create policy webhook_events_insert_conversation_read on public.webhook_events for insert to authenticated
  with check (
    tenant_id = (select app.tenant_id())
    and (select app.has_role(array['admin', 'staff']))
    and event = 'hub_conversation_read'
    and exists (
      select 1 from public.tenant_integrations i
      where i.id = integration_id and i.tenant_id = webhook_events.tenant_id and i.kind = 'chatwoot'
    )
  );
