// The contacts API's shapes, shared by the route handlers and the client.
export type ContactSource = "hub" | "chatwoot" | "odoo";
export type ContactSort = "name" | "recent" | "created";

export type ContactRow = {
  id: string;
  name: string;
  /** Canonical 12345678-5; format with formatRut for display. */
  rut: string | null;
  emails: string[];
  /** E.164. */
  phones: string[];
  tags: string[];
  sources: ContactSource[];
  hasOpenConversation: boolean;
  unpaidInvoices: number;
  createdAt: string;
  updatedAt: string;
};

export type ContactListResponse = {
  data: ContactRow[];
  total: number;
  page: number;
  pageSize: number;
  /** When Chatwoot and Odoo were last read into the list; null before the first sync. */
  lastSyncedAt: string | null;
};

/** One upstream record behind a contact, and why it was linked. */
export type ContactSourceRecord = {
  id: string;
  source: "chatwoot" | "odoo";
  /** Chatwoot contact id or Odoo partner id, as text. */
  externalId: string;
  name: string;
  email: string | null;
  phone: string | null;
  rut: string | null;
  /** null: this record started the contact. */
  matchReason: { key: "rut" | "email" | "phone"; value: string } | null;
  detached: boolean;
  syncedAt: string;
};

export type ContactActivity = {
  id: number;
  action: string;
  actorName: string | null;
  details: Record<string, unknown>;
  createdAt: string;
};

export type ContactDetail = ContactRow & {
  notes: string;
  sourceRecords: ContactSourceRecord[];
  activity: ContactActivity[];
};

export type ContactWriteTargets = { chatwoot?: boolean; odoo?: boolean };

/** What create/edit send. Phones in any Chilean format, RUT in any format. */
export type ContactInput = {
  name: string;
  rut?: string | null;
  emails?: string[];
  phones?: string[];
  tags?: string[];
  notes?: string;
  writeTo?: ContactWriteTargets;
};

/** Result of a create/edit: the contact, plus per-service outcome of the optional write-through. */
export type ContactSaveResult = {
  contact: ContactDetail;
  /** A failure carries the error's Spanish message and its details (the reason the browser translates). */
  writeThrough: { service: "chatwoot" | "odoo"; ok: boolean; message?: string; details?: Record<string, unknown> }[];
};

export type ImportRowResult = {
  /** 1-based line in the file, counting the header as line 1. */
  line: number;
  name: string;
  rut: string | null;
  emails: string[];
  phones: string[];
  tags: string[];
  /** "create" a new contact or "update" the one matched by RUT, email or phone. */
  action: "create" | "update";
  /** Each problem in Spanish, for API clients; errorReasons names them in the same order. */
  errors: string[];
  errorReasons: string[];
};

export type ImportResponse = {
  rows: ImportRowResult[];
  valid: number;
  invalid: number;
  /** true only when the import was applied (dryRun false and no row had errors). */
  applied: boolean;
};

export type SyncResponse = {
  chatwoot: ServiceOutcome;
  odoo: ServiceOutcome;
  created: number;
  merged: number;
  syncedAt: string;
};

export type ContactTagCount = { tag: string; count: number };

/** How reading one service went in a sync; a failure carries the error's message and details. */
export type ServiceOutcome = {
  status: "ok" | "not_connected" | "failed";
  records: number;
  message?: string;
  details?: Record<string, unknown>;
};
