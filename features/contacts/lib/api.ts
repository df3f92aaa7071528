// The contacts tab's API paths and calls, one place for the browser code (app/api/contacts/…).
import { fetchJson } from "@/lib/browser/fetch-json";
import type {
  ContactDetail,
  ContactInput,
  ContactListResponse,
  ContactSaveResult,
  ContactTagCount,
  ImportResponse,
  SyncResponse,
} from "@/lib/contacts/contact-types";

export type EraseResult = { erased: true; remains: { chatwoot: string[]; odoo: string[] } };
export type UnmergeResult = { contact: ContactDetail; split: ContactDetail };
export type BulkTagInput = { contactIds: string[]; add?: string[]; remove?: string[] };
export type CsvSeparator = "semicolon" | "comma";

export const contactsApi = (tenantId: string) => {
  const base = `/api/contacts/${encodeURIComponent(tenantId)}`;
  const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
  return {
    list: (query: URLSearchParams) => `${base}${query.size ? `?${query}` : ""}`,
    create: () => base,
    contact: one,
    dataExport: (id: string) => `${one(id)}/data-export`,
    unmerge: (id: string) => `${one(id)}/unmerge`,
    tags: () => `${base}/tags`,
    export: (query: URLSearchParams, separator: CsvSeparator) => {
      const q = new URLSearchParams(query);
      q.set("separator", separator);
      return `${base}/export?${q}`;
    },
    import: () => `${base}/import`,
    sync: () => `${base}/sync`,
  };
};

export const fetchContacts = (tenantId: string, query: URLSearchParams, signal?: AbortSignal) =>
  fetchJson<ContactListResponse>(contactsApi(tenantId).list(query), { signal });

export const fetchContact = async (tenantId: string, id: string, signal?: AbortSignal) =>
  (await fetchJson<{ contact: ContactDetail }>(contactsApi(tenantId).contact(id), { signal })).contact;

export const fetchContactTags = async (tenantId: string, signal?: AbortSignal) =>
  (await fetchJson<{ data: ContactTagCount[] }>(contactsApi(tenantId).tags(), { signal })).data;

export const createContact = (tenantId: string, input: ContactInput) =>
  fetchJson<ContactSaveResult>(contactsApi(tenantId).create(), { method: "POST", json: input });

export const updateContact = (tenantId: string, id: string, input: Partial<ContactInput>) =>
  fetchJson<ContactSaveResult>(contactsApi(tenantId).contact(id), { method: "PATCH", json: input });

export const eraseContact = (tenantId: string, id: string) =>
  fetchJson<EraseResult>(contactsApi(tenantId).contact(id), { method: "DELETE" });

export const unmergeSource = (tenantId: string, id: string, sourceId: string) =>
  fetchJson<UnmergeResult>(contactsApi(tenantId).unmerge(id), { method: "POST", json: { sourceId } });

export const bulkTag = (tenantId: string, input: BulkTagInput) =>
  fetchJson<{ updated: number }>(contactsApi(tenantId).tags(), { method: "POST", json: input });

export const importCsv = (tenantId: string, csv: string, dryRun: boolean) =>
  fetchJson<ImportResponse>(contactsApi(tenantId).import(), { method: "POST", json: { csv, dryRun } });

export const syncContacts = (tenantId: string) =>
  fetchJson<SyncResponse>(contactsApi(tenantId).sync(), { method: "POST" });
