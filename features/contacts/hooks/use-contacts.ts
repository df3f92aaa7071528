"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchContact, fetchContacts, fetchContactTags } from "../lib/api";
import { contactsKeys } from "../lib/contact-query-keys";
import type { ContactQuery } from "../lib/filters";

/** One page of 50; the previous page stays on screen while the next loads, so paging does not flash. */
export function useContacts(tenantId: string, q: ContactQuery) {
  return useQuery({
    queryKey: contactsKeys.list(tenantId, q),
    queryFn: ({ signal }) => fetchContacts(tenantId, new URLSearchParams(q), signal),
    placeholderData: keepPreviousData,
  });
}

export function useContactTags(tenantId: string) {
  return useQuery({
    queryKey: contactsKeys.tags(tenantId),
    queryFn: ({ signal }) => fetchContactTags(tenantId, signal),
    staleTime: 60_000,
  });
}

export function useContact(tenantId: string, id: string) {
  return useQuery({
    queryKey: contactsKeys.detail(tenantId, id),
    queryFn: ({ signal }) => fetchContact(tenantId, id, signal),
    // A missing contact stays missing: no retries on 404.
    retry: (count, error) => count < 2 && !(error instanceof Error && "status" in error && error.status === 404),
  });
}
