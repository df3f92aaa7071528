import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import YAML from "yaml";
import { templateKey } from "../routes";

/** `../shared/contracts` beside the project root, unless CONTRACTS_DIR points elsewhere. */
export function contractsDir(): string {
  return process.env.CONTRACTS_DIR ?? path.resolve(process.cwd(), "../shared/contracts");
}

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is arbitrary JSON
type Doc = Record<string, any>;

export function loadChatwootSpec(): Doc {
  return JSON.parse(readFileSync(path.join(contractsDir(), "chatwoot/swagger.json"), "utf8"));
}

export function loadN8nSpec(): Doc {
  return YAML.parse(readFileSync(path.join(contractsDir(), "n8n/openapi.yml"), "utf8"));
}

const METHODS = ["get", "post", "put", "patch", "delete"];

function pointer(...parts: string[]): string {
  return parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

export interface ValidationResult {
  ok: boolean;
  reason?: string;
}

/**
 * Validates bodies against an OpenAPI document as it is: the whole document is registered with Ajv and
 * each response schema is compiled by JSON pointer, so `#/components/...` references resolve in place.
 */
export class SpecValidator {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ReturnType<Ajv["compile"]>>();
  private readonly byTemplate = new Map<string, string>();

  constructor(
    readonly doc: Doc,
    private readonly id: string,
    dialect: "3.0" | "3.1",
    private readonly basePath = "",
  ) {
    const options = {
      strict: false,
      allErrors: true,
      validateSchema: false,
      formats: { jsonString: true, binary: true },
    } as const;
    this.ajv = dialect === "3.1" ? new Ajv2020(options) : new Ajv(options);
    addFormats(this.ajv);
    this.ajv.addSchema(doc, id);
    for (const p of Object.keys(doc.paths)) this.byTemplate.set(templateKey(p), p);
  }

  /** The spec's own spelling of a path template, whatever the parameter names. */
  specPath(template: string): string | undefined {
    return this.byTemplate.get(
      templateKey(template.startsWith(this.basePath) ? template.slice(this.basePath.length) : template),
    );
  }

  hasOperation(method: string, template: string): boolean {
    const p = this.specPath(template);
    return p !== undefined && this.doc.paths[p][method.toLowerCase()] !== undefined;
  }

  responseStatuses(method: string, template: string): string[] {
    const p = this.specPath(template);
    return p ? Object.keys(this.doc.paths[p][method.toLowerCase()]?.responses ?? {}) : [];
  }

  /** Validates against an arbitrary schema fragment of the document (e.g. `#/components/schemas/webhook`). */
  validateRef(ref: string, body: unknown): ValidationResult {
    return this.run(`${this.id}${ref}`, body);
  }

  validate(method: string, template: string, status: number, body: unknown): ValidationResult {
    const p = this.specPath(template);
    const m = method.toLowerCase();
    if (!p || !this.doc.paths[p][m]) return { ok: false, reason: `${method} ${template} is not in the spec` };
    const responses = this.doc.paths[p][m].responses ?? {};
    const key = String(status) in responses ? String(status) : "default" in responses ? "default" : undefined;
    if (!key)
      return {
        ok: false,
        reason: `status ${status} is not documented for ${method} ${p} (documented: ${Object.keys(responses).join(", ")})`,
      };
    // A response may itself be a reference (`$ref: '#/components/responses/NotFound'`).
    let at = `#/${pointer("paths", p, m, "responses", key)}`;
    let node = responses[key];
    for (let hops = 0; node?.$ref && hops < 5; hops++) {
      at = node.$ref as string;
      node = at
        .replace(/^#\//, "")
        .split("/")
        .reduce((o: Doc, k: string) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], this.doc);
    }
    if (!node?.content?.["application/json"]?.schema) return { ok: true };
    return this.run(`${this.id}${at}/content/application~1json/schema`, body);
  }

  private run(ref: string, body: unknown): ValidationResult {
    let fn = this.cache.get(ref);
    if (!fn) {
      fn = this.ajv.compile({ $ref: ref });
      this.cache.set(ref, fn);
    }
    if (fn(body)) return { ok: true };
    return { ok: false, reason: this.ajv.errorsText(fn.errors, { separator: "\n" }) };
  }
}

export function operationCount(doc: Doc): number {
  return Object.values(doc.paths).reduce((n: number, ops) => n + METHODS.filter((m) => (ops as Doc)[m]).length, 0);
}
