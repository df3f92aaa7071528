import { type ConnectionInput, connectionInputSchemas, type IntegrationKind } from "./connection-schemas";

/** Validates a body against the schema of the service named in the path. */
export function parseConnectionInput<K extends IntegrationKind>(kind: K, body: unknown): ConnectionInput[K] {
  return connectionInputSchemas[kind].parse(body) as ConnectionInput[K];
}
