import "server-only";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { MessagesSquare } from "lucide-react";
import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/shell/tab-placeholder";
import { getI18n } from "@/lib/i18n/server";
import { integrationStatuses } from "@/lib/integrations/integration-status";
import { chatwootFor } from "@/lib/proxy/clients";
import { getPageTenant } from "@/lib/tenancy/page-tenant";
import { MessagesScreen } from "../components/messages-screen";
import { messagesKeys } from "../lib/conversation-query-keys";
import { parseFilters } from "../lib/filters";
import { MESSAGE_PAGE } from "../lib/message-window";

// Past this, the page renders without its data and the browser fetches it: a slow Chatwoot must not
// hold the whole page.
const PREFETCH_BUDGET_MS = 1_500;

async function within<T>(ms: number, work: Promise<T>): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work.catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const messagesMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t("nav.messages") });

/**
 * /{slug}/messages and /{slug}/messages/{id}: the inbox when Chatwoot is connected (with the first
 * page of the list — and the open thread — already in the cache), else what to connect.
 */
export async function MessagesPage(props: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  conversationId: number | null;
}) {
  const { tenant, identity } = await getPageTenant((await props.params).tenant);
  const ctx = { userId: identity.userId, email: identity.email, tenantId: tenant.id, role: tenant.role };
  const statuses = await integrationStatuses(ctx);
  const chatwoot = statuses.chatwoot.status;
  if (chatwoot === "not_connected" || chatwoot === "failing") {
    return (
      <TabPlaceholder
        params={props.params}
        title="nav.messages"
        emptyTitle="empty.messagesTitle"
        emptyBody="empty.messagesBody"
        services={["chatwoot"]}
        icon={MessagesSquare}
      />
    );
  }

  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(await props.searchParams)) if (typeof v === "string") search.set(k, v);
  const filters = parseFilters(search);
  const queryClient = new QueryClient();
  const id = props.conversationId;
  await within(
    PREFETCH_BUDGET_MS,
    (async () => {
      const client = await chatwootFor(ctx);
      const [page, conversation, messages] = await Promise.all([
        client.listConversations({
          status: filters.status,
          assigneeType: filters.assignee,
          inboxId: filters.inboxId ?? undefined,
          labels: filters.label ? [filters.label] : undefined,
          q: filters.q.trim() || undefined,
          page: 1,
        }),
        id === null ? null : client.getConversation(id).catch(() => null),
        id === null ? null : client.listMessages(id).catch(() => null),
      ]);
      queryClient.setQueryData(messagesKeys.list(tenant.id, filters), { pages: [page] });
      if (id !== null && conversation) queryClient.setQueryData(messagesKeys.detail(tenant.id, id), conversation);
      if (id !== null && messages) {
        queryClient.setQueryData(messagesKeys.messages(tenant.id, id), {
          messages: [...messages].sort((a, b) => a.id - b.id),
          hasOlder: messages.length >= MESSAGE_PAGE,
        });
      }
    })(),
  );

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <MessagesScreen
        tenant={{ id: tenant.id, slug: tenant.slug, role: tenant.role }}
        odooConnected={statuses.odoo.status === "connected" || statuses.odoo.status === "unchecked"}
      />
    </HydrationBoundary>
  );
}
