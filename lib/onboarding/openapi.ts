// The tenant API (the SmarterOS back-office contract) as OpenAPI 3.1, generated from the same zod
// schemas the handlers parse with, so the document cannot drift from what the API accepts.
import { errorStatus } from "@/lib/errors";
import { provisioningStatusSchema } from "@/lib/provisioning/status-schema";
import { z } from "@/lib/validation";
import {
  provisionBodySchema,
  provisionResponseSchema,
  registeredTenantSchema,
  tenantListQuerySchema,
  tenantPageSchema,
} from "./api-schemas";
import { tenantRegistrationSchema } from "./registration-input";

type JsonSchema = Record<string, unknown>;

const input = (schema: z.ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
};
const output = (schema: z.ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as JsonSchema;
  return rest;
};

const errorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

const json = (schema: JsonSchema) => ({ content: { "application/json": { schema } } });
const error = (description: string) => ({ description, ...json({ $ref: "#/components/schemas/Error" }) });
const tenantIdParam = { name: "tenantId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const security = [{ serviceKey: [] }, { session: [] }];

export function tenantApiDocument(serverUrl?: string) {
  const query = input(tenantListQuerySchema) as { properties: Record<string, JsonSchema> };
  return {
    openapi: "3.1.0",
    info: {
      title: "SmarterOS Hub – Tenant API",
      version: "1.0.0",
      description:
        "Back-office contract for creating and provisioning tenants. Authenticate with `Authorization: Bearer <SMARTEROS_SERVICE_KEY>` or a user's session cookie. Errors always have the shape of `Error`.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: {
        serviceKey: { type: "http", scheme: "bearer", description: "SMARTEROS_SERVICE_KEY" },
        session: { type: "apiKey", in: "cookie", name: "hub_session" },
      },
      schemas: {
        Error: output(errorBody),
        TenantRegistration: input(tenantRegistrationSchema),
        RegisteredTenant: output(registeredTenantSchema),
        TenantPage: output(tenantPageSchema),
        ProvisionRequest: input(provisionBodySchema),
        ProvisionResponse: output(provisionResponseSchema),
        ProvisioningStatus: output(provisioningStatusSchema),
      },
    },
    paths: {
      "/api/health": {
        get: {
          summary: "App, database and schema status (newest migration applied and shipped)",
          security: [],
          responses: {
            "200": { description: "Both answer and the schema is current" },
            "503": { description: "The database does not answer, or lacks a shipped migration" },
          },
        },
      },
      "/api/tenants": {
        get: {
          summary: "Tenants: all of them (service key, paginated) or the signed-in user's",
          security,
          parameters: Object.entries(query.properties).map(([name, schema]) => ({ name, in: "query", schema })),
          responses: {
            "200": { description: "A page of tenants", ...json({ $ref: "#/components/schemas/TenantPage" }) },
            "400": error("Bad pagination parameters"),
            "401": error("No session and no (or a wrong) service key"),
          },
        },
        post: {
          summary: "Create a tenant in `preparing`; a confirmation link is sent to its email and WhatsApp",
          security,
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description: "Retries with the same key and body return the first response (Idempotent-Replayed: true).",
              schema: { type: "string", maxLength: 255 },
            },
          ],
          requestBody: { required: true, ...json({ $ref: "#/components/schemas/TenantRegistration" }) },
          responses: {
            "201": { description: "Created", ...json({ $ref: "#/components/schemas/RegisteredTenant" }) },
            "400": error("Invalid fields: details.fieldErrors names each one"),
            "401": error("No session and no (or a wrong) service key"),
            "409": error("The RUT or the slug is already registered (or the same Idempotency-Key is in flight)"),
            "422": error("The Idempotency-Key was used with a different body"),
          },
        },
      },
      "/api/tenants/{tenantId}/provision": {
        post: {
          summary: "Start or retry provisioning (service key, the tenant's admin, or the confirmation token)",
          security: [...security, {}],
          parameters: [tenantIdParam],
          requestBody: { required: false, ...json({ $ref: "#/components/schemas/ProvisionRequest" }) },
          responses: {
            "202": {
              description: "Accepted; poll the status",
              ...json({ $ref: "#/components/schemas/ProvisionResponse" }),
            },
            "401": error("No credentials"),
            "404": error("No such tenant (also: not yours, or an invalid token)"),
            "409": error("The tenant was cancelled or suspended, or the link expired"),
          },
        },
      },
      "/api/tenants/{tenantId}/status": {
        get: {
          summary: "Status, provisioning steps and progress",
          security,
          parameters: [tenantIdParam],
          responses: {
            "200": { description: "Current state", ...json({ $ref: "#/components/schemas/ProvisioningStatus" }) },
            "401": error("No credentials"),
            "404": error("No such tenant, or not one of the user's"),
          },
        },
      },
    },
  };
}
