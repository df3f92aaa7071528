import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Reads app/api/**/route.ts with the TypeScript parser: each exported HTTP method and the config it
// passes to apiRoute(), so the route inventory can compare the code with e2e/support/route-matrix.ts.

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export type RouteSource = {
  key: string;
  file: string;
  /** null when the handler is not `apiRoute({ ... }, handler)` with an object literal. */
  config: { auth?: string; role?: string; keys: string[] } | null;
};

export function routeFiles(apiDir: string): string[] {
  return readdirSync(apiDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === "route.ts")
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** "app/api/tenants/[tenantId]/members/route.ts" → "/api/tenants/[tenantId]/members". */
export function routePath(file: string, appDir: string): string {
  return `/${path.relative(appDir, path.dirname(file)).split(path.sep).join("/")}`;
}

export function readRouteSources(appDir: string): RouteSource[] {
  return routeFiles(path.join(appDir, "api")).flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const urlPath = routePath(file, appDir);
    return exportedHandlers(source).map(({ method, init }) => ({
      key: `${method} ${urlPath}`,
      file: path.relative(path.dirname(appDir), file),
      config: apiRouteConfig(init),
    }));
  });
}

function exportedHandlers(source: ts.SourceFile): { method: string; init: ts.Node | undefined }[] {
  const found: { method: string; init: ts.Node | undefined }[] = [];
  const isMethod = (name: string) => (httpMethods as readonly string[]).includes(name);
  for (const statement of source.statements) {
    const exported = ts.getModifiers(statement as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && isMethod(decl.name.text)) {
          found.push({ method: decl.name.text, init: decl.initializer });
        }
      }
    } else if (exported && ts.isFunctionDeclaration(statement) && statement.name && isMethod(statement.name.text)) {
      // A plain function skips the wrapper: reported as a handler without an apiRoute config.
      found.push({ method: statement.name.text, init: statement });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const spec of statement.exportClause.elements) {
        if (isMethod(spec.name.text)) found.push({ method: spec.name.text, init: undefined });
      }
    }
  }
  return found;
}

function apiRouteConfig(init: ts.Node | undefined): RouteSource["config"] {
  if (!init || !ts.isCallExpression(init)) return null;
  if (!ts.isIdentifier(init.expression) || init.expression.text !== "apiRoute") return null;
  const [config] = init.arguments;
  if (!config || !ts.isObjectLiteralExpression(config)) return null;
  const result: { auth?: string; role?: string; keys: string[] } = { keys: [] };
  for (const prop of config.properties) {
    if (ts.isSpreadAssignment(prop)) return null;
    const name = prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : null;
    if (!name) return null;
    result.keys.push(name);
    if ((name === "auth" || name === "role") && ts.isPropertyAssignment(prop)) {
      if (!ts.isStringLiteral(prop.initializer)) return null;
      result[name] = prop.initializer.text;
    }
  }
  return result;
}
