import type { OdooVersion } from "./odoo-records";

export type FieldType =
  | "char"
  | "text"
  | "integer"
  | "float"
  | "monetary"
  | "boolean"
  | "date"
  | "datetime"
  | "selection"
  | "many2one"
  | "one2many"
  | "many2many";

export interface FieldDef {
  type: FieldType;
  string: string;
  relation?: string;
  selection?: [string, string][];
  /** Versions that have the field; all when absent (NOTES.md lists the differences). */
  versions?: OdooVersion[];
  /** Key in the stored record when the field was renamed across versions. */
  source?: string;
  required?: boolean;
  readonly?: boolean;
}

export interface ModelDef {
  description: string;
  /** Default `_order`. */
  order: string;
  /** Field used for display_name and for `ilike` on many2one values. */
  recName: string;
  fields: Record<string, FieldDef>;
}

const common: Record<string, FieldDef> = {
  id: { type: "integer", string: "ID", readonly: true },
  display_name: { type: "char", string: "Display Name", readonly: true },
  create_date: { type: "datetime", string: "Created on", readonly: true },
  write_date: { type: "datetime", string: "Last Updated on", readonly: true },
};

const named = (description: string, extra: Record<string, FieldDef> = {}): ModelDef => ({
  description,
  order: "id",
  recName: "name",
  fields: { ...common, name: { type: "char", string: "Name", required: true }, ...extra },
});

const SALE_STATES: [string, string][] = [
  ["draft", "Quotation"],
  ["sent", "Quotation Sent"],
  ["sale", "Sales Order"],
  ["cancel", "Cancelled"],
];

const PAYMENT_STATES_17: [string, string][] = [
  ["not_paid", "Not Paid"],
  ["in_payment", "In Payment"],
  ["paid", "Paid"],
  ["partial", "Partially Paid"],
  ["reversed", "Reversed"],
  ["invoicing_legacy", "Invoicing App Legacy"],
];

export const MODELS: Record<string, ModelDef> = {
  "res.partner": {
    description: "Contact",
    order: "complete_name, id desc",
    recName: "name",
    fields: {
      ...common,
      name: { type: "char", string: "Name" },
      complete_name: { type: "char", string: "Complete Name", readonly: true },
      email: { type: "char", string: "Email" },
      phone: { type: "char", string: "Phone" },
      mobile: { type: "char", string: "Mobile", versions: [17, 18] },
      vat: { type: "char", string: "Tax ID" },
      is_company: { type: "boolean", string: "Is a Company" },
      customer_rank: { type: "integer", string: "Customer Rank" },
      city: { type: "char", string: "City" },
      street: { type: "char", string: "Street" },
      country_id: { type: "many2one", string: "Country", relation: "res.country" },
      l10n_latam_identification_type_id: {
        type: "many2one",
        string: "Identification Type",
        relation: "l10n_latam.identification.type",
      },
      l10n_cl_sii_taxpayer_type: {
        type: "selection",
        string: "Taxpayer Type",
        selection: [
          ["1", "VAT Affected (1st Category)"],
          ["2", "Fees Receipt Issuer (2nd category)"],
          ["3", "End Consumer"],
          ["4", "Foreigner"],
        ],
      },
      active: { type: "boolean", string: "Active" },
    },
  },
  "product.product": {
    description: "Product Variant",
    order: "default_code, name, id",
    recName: "name",
    fields: {
      ...common,
      name: { type: "char", string: "Name", required: true },
      default_code: { type: "char", string: "Internal Reference" },
      list_price: { type: "float", string: "Sales Price" },
      standard_price: { type: "float", string: "Cost" },
      sale_ok: { type: "boolean", string: "Can be Sold" },
      qty_available: { type: "float", string: "Quantity On Hand", readonly: true },
      categ_id: { type: "many2one", string: "Product Category", relation: "product.category" },
      type: {
        type: "selection",
        string: "Product Type",
        versions: [18, 19],
        selection: [
          ["consu", "Goods"],
          ["service", "Service"],
          ["combo", "Combo"],
        ],
      },
      is_storable: { type: "boolean", string: "Track Inventory", versions: [18, 19] },
      detailed_type: {
        type: "selection",
        string: "Product Type",
        versions: [17],
        selection: [
          ["consu", "Consumable"],
          ["service", "Service"],
          ["product", "Storable Product"],
        ],
      },
      active: { type: "boolean", string: "Active" },
    },
  },
  "sale.order": {
    description: "Sales Order",
    order: "date_order desc, id desc",
    recName: "name",
    fields: {
      ...common,
      name: { type: "char", string: "Order Reference" },
      partner_id: { type: "many2one", string: "Customer", relation: "res.partner", required: true },
      date_order: { type: "datetime", string: "Order Date" },
      amount_untaxed: { type: "monetary", string: "Untaxed Amount" },
      amount_tax: { type: "monetary", string: "Taxes" },
      amount_total: { type: "monetary", string: "Total" },
      currency_id: { type: "many2one", string: "Currency", relation: "res.currency" },
      state: { type: "selection", string: "Status", selection: SALE_STATES },
      locked: { type: "boolean", string: "Locked" },
      invoice_status: {
        type: "selection",
        string: "Invoice Status",
        selection: [
          ["upselling", "Upselling Opportunity"],
          ["invoiced", "Fully Invoiced"],
          ["to invoice", "To Invoice"],
          ["no", "Nothing to Invoice"],
        ],
      },
      user_id: { type: "many2one", string: "Salesperson", relation: "res.users" },
      order_line: { type: "one2many", string: "Order Lines", relation: "sale.order.line" },
    },
  },
  "sale.order.line": {
    description: "Sales Order Line",
    order: "order_id, sequence, id",
    recName: "name",
    fields: {
      ...common,
      name: { type: "text", string: "Description" },
      sequence: { type: "integer", string: "Sequence" },
      order_id: { type: "many2one", string: "Order Reference", relation: "sale.order" },
      product_id: { type: "many2one", string: "Product", relation: "product.product" },
      product_uom_qty: { type: "float", string: "Quantity" },
      price_unit: { type: "float", string: "Unit Price" },
      price_subtotal: { type: "monetary", string: "Subtotal" },
      price_total: { type: "monetary", string: "Total" },
      product_uom: {
        type: "many2one",
        string: "Unit of Measure",
        relation: "uom.uom",
        versions: [17, 18],
        source: "uom",
      },
      product_uom_id: { type: "many2one", string: "Unit", relation: "uom.uom", versions: [19], source: "uom" },
      tax_id: { type: "many2many", string: "Taxes", relation: "account.tax", versions: [17, 18], source: "taxes" },
      tax_ids: { type: "many2many", string: "Taxes", relation: "account.tax", versions: [19], source: "taxes" },
    },
  },
  "account.move": {
    description: "Journal Entry",
    order: "date desc, name desc, id desc",
    recName: "name",
    fields: {
      ...common,
      name: { type: "char", string: "Number" },
      move_type: {
        type: "selection",
        string: "Type",
        selection: [
          ["entry", "Journal Entry"],
          ["out_invoice", "Customer Invoice"],
          ["out_refund", "Customer Credit Note"],
          ["in_invoice", "Vendor Bill"],
          ["in_refund", "Vendor Credit Note"],
        ],
      },
      state: {
        type: "selection",
        string: "Status",
        selection: [
          ["draft", "Draft"],
          ["posted", "Posted"],
          ["cancel", "Cancelled"],
        ],
      },
      payment_state: { type: "selection", string: "Payment Status", selection: PAYMENT_STATES_17 },
      date: { type: "date", string: "Date" },
      invoice_date: { type: "date", string: "Invoice/Bill Date" },
      invoice_date_due: { type: "date", string: "Due Date" },
      partner_id: { type: "many2one", string: "Partner", relation: "res.partner" },
      amount_untaxed: { type: "monetary", string: "Untaxed Amount" },
      amount_tax: { type: "monetary", string: "Tax" },
      amount_total: { type: "monetary", string: "Total" },
      amount_residual: { type: "monetary", string: "Amount Due" },
      currency_id: { type: "many2one", string: "Currency", relation: "res.currency" },
      invoice_origin: { type: "char", string: "Origin" },
      l10n_latam_document_type_id: { type: "many2one", string: "Document Type", relation: "l10n_latam.document.type" },
      l10n_latam_document_number: { type: "char", string: "Document Number" },
    },
  },
  "res.currency": named("Currency", {
    symbol: { type: "char", string: "Symbol" },
    decimal_places: { type: "integer", string: "Decimal Places" },
  }),
  "res.users": named("User", { login: { type: "char", string: "Login" } }),
  "res.country": named("Country", { code: { type: "char", string: "Country Code" } }),
  "product.category": named("Product Category"),
  "uom.uom": named("Product Unit of Measure"),
  "account.tax": named("Tax", { amount: { type: "float", string: "Amount" } }),
  "l10n_latam.document.type": named("Latam Document Type", { code: { type: "char", string: "Code" } }),
  "l10n_latam.identification.type": named("Identification Types"),
};

/** Models that exist in a real Odoo but the demo user may not read: they answer AccessError. */
export const FORBIDDEN_MODELS: Record<string, string> = {
  "hr.employee": "Employee",
  "account.payment": "Payments",
  "res.users.apikeys": "Users API Keys",
};

/** The payment_state selection grew `blocked` in 18 (NOTES.md). */
export function selectionFor(def: FieldDef, field: string, version: OdooVersion): [string, string][] | undefined {
  if (field === "payment_state" && version >= 18) return [...PAYMENT_STATES_17, ["blocked", "Blocked"]];
  return def.selection;
}

export function fieldsFor(model: string, version: OdooVersion): Record<string, FieldDef> | undefined {
  const def = MODELS[model];
  if (!def) return undefined;
  const out: Record<string, FieldDef> = {};
  for (const [name, f] of Object.entries(def.fields)) {
    if (!f.versions || f.versions.includes(version)) out[name] = f;
  }
  return out;
}
