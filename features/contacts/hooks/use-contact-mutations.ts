"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ContactDetail, ContactInput } from "@/lib/contacts/contact-types";
import {
  type BulkTagInput,
  bulkTag,
  createContact,
  eraseContact,
  importCsv,
  syncContacts,
  unmergeSource,
  updateContact,
} from "../lib/api";
import { contactsKeys } from "../lib/contact-query-keys";

/** Every write can move a contact in or out of a filtered list or change the tag counts. */
function useRefreshLists(tenantId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: contactsKeys.lists(tenantId) });
    void queryClient.invalidateQueries({ queryKey: contactsKeys.tags(tenantId) });
  };
}

function useStoreDetail(tenantId: string) {
  const queryClient = useQueryClient();
  return (contact: ContactDetail) => queryClient.setQueryData(contactsKeys.detail(tenantId, contact.id), contact);
}

export function useCreateContact(tenantId: string) {
  const refresh = useRefreshLists(tenantId);
  const store = useStoreDetail(tenantId);
  return useMutation({
    mutationFn: (input: ContactInput) => createContact(tenantId, input),
    onSuccess: (r) => {
      store(r.contact);
      refresh();
    },
  });
}

export function useUpdateContact(tenantId: string, id: string) {
  const refresh = useRefreshLists(tenantId);
  const store = useStoreDetail(tenantId);
  return useMutation({
    mutationFn: (input: Partial<ContactInput>) => updateContact(tenantId, id, input),
    onSuccess: (r) => {
      store(r.contact);
      refresh();
    },
  });
}

export function useEraseContact(tenantId: string, id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshLists(tenantId);
  return useMutation({
    mutationFn: () => eraseContact(tenantId, id),
    onSuccess: () => {
      // Nothing of an erased person may linger in the cache either.
      queryClient.removeQueries({ queryKey: contactsKeys.detail(tenantId, id) });
      refresh();
    },
  });
}

export function useUnmerge(tenantId: string, id: string) {
  const refresh = useRefreshLists(tenantId);
  const store = useStoreDetail(tenantId);
  return useMutation({
    mutationFn: (sourceId: string) => unmergeSource(tenantId, id, sourceId),
    onSuccess: (r) => {
      store(r.contact);
      store(r.split);
      refresh();
    },
  });
}

export function useBulkTag(tenantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshLists(tenantId);
  return useMutation({
    mutationFn: (input: BulkTagInput) => bulkTag(tenantId, input),
    onSuccess: () => {
      refresh();
      void queryClient.invalidateQueries({ queryKey: [...contactsKeys.all(tenantId), "detail"] });
    },
  });
}

export function useImportCsv(tenantId: string) {
  const refresh = useRefreshLists(tenantId);
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) => importCsv(tenantId, csv, dryRun),
    onSuccess: (r) => {
      if (r.applied) refresh();
    },
  });
}

export function useSyncContacts(tenantId: string) {
  const refresh = useRefreshLists(tenantId);
  return useMutation({ mutationFn: () => syncContacts(tenantId), onSuccess: refresh });
}
