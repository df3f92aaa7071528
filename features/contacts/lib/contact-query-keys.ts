import type { ContactQuery } from "./filters";

export const contactsKeys = {
  all: (tenantId: string) => ["contacts", tenantId] as const,
  lists: (tenantId: string) => [...contactsKeys.all(tenantId), "list"] as const,
  list: (tenantId: string, q: ContactQuery) => [...contactsKeys.lists(tenantId), q] as const,
  tags: (tenantId: string) => [...contactsKeys.all(tenantId), "tags"] as const,
  detail: (tenantId: string, id: string) => [...contactsKeys.all(tenantId), "detail", id] as const,
};
