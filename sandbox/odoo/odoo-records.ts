/** Odoo records keyed by model. Many2one values are stored as ids, x2many as id arrays. */
export type OdooValue = string | number | boolean | null | number[];
export type OdooRecord = { id: number } & Record<string, OdooValue>;

export type OdooVersion = 17 | 18 | 19;

export interface OdooData {
  /** model name → records in id order. */
  records: Record<string, OdooRecord[]>;
}
