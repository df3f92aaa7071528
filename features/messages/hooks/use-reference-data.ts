"use client";
// Inboxes (with WhatsApp templates), labels, agents, canned responses and the token's own user:
// small, rarely changing lists, cached for five minutes and shared by every part of the screen.
import { useQuery } from "@tanstack/react-query";
import { fetchAgents, fetchCanned, fetchInboxes, fetchLabels, fetchProfile } from "../lib/api";
import { messagesKeys } from "../lib/conversation-query-keys";

const FIVE_MINUTES = 5 * 60_000;

export function useInboxes(tenantId: string) {
  return useQuery({
    queryKey: messagesKeys.reference(tenantId, "inboxes"),
    queryFn: ({ signal }) => fetchInboxes(tenantId, signal),
    staleTime: FIVE_MINUTES,
  });
}

export function useLabels(tenantId: string) {
  return useQuery({
    queryKey: messagesKeys.reference(tenantId, "labels"),
    queryFn: ({ signal }) => fetchLabels(tenantId, signal),
    staleTime: FIVE_MINUTES,
  });
}

export function useAgents(tenantId: string, enabled = true) {
  return useQuery({
    queryKey: messagesKeys.reference(tenantId, "agents"),
    queryFn: ({ signal }) => fetchAgents(tenantId, signal),
    staleTime: FIVE_MINUTES,
    enabled,
  });
}

export function useCanned(tenantId: string, enabled = true) {
  return useQuery({
    queryKey: messagesKeys.reference(tenantId, "canned"),
    queryFn: ({ signal }) => fetchCanned(tenantId, signal),
    staleTime: FIVE_MINUTES,
    enabled,
  });
}

/** The Chatwoot user behind the connection's token: who "mías" and "asignar a mí" mean. */
export function useChatwootMe(tenantId: string) {
  const query = useQuery({
    queryKey: messagesKeys.reference(tenantId, "profile"),
    queryFn: ({ signal }) => fetchProfile(tenantId, signal),
    staleTime: 30 * 60_000,
    retry: false,
  });
  return query.data ?? null;
}
