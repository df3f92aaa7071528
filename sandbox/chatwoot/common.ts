import { type Ctx, type Handler, json, type Reply } from "../http";
import type { CwConversation, CwUser } from "./chatwoot-records";

export type CwHandler = (ctx: Ctx, user: CwUser) => Reply | Promise<Reply>;

export const notFound = (): Reply => json(404, { error: "Resource could not be found" });

export function nowS(ctx: Ctx): number {
  return Math.floor(ctx.state.now() / 1000);
}

/** Chatwoot's token check (`api_access_token`, no Bearer) and account membership, then the handler. */
export function authed(handler: CwHandler, opts: { adminOnly?: boolean } = {}): Handler {
  return (ctx) => {
    const raw = ctx.headers.api_access_token;
    const token = Array.isArray(raw) ? raw[0] : raw;
    if (!token) return json(401, { errors: ["You need to sign in or sign up before continuing."] });
    const user = ctx.state.world.chatwoot.users.find((u) => u.token === token);
    if (!user) return json(401, { error: "Invalid Access Token" });
    if (ctx.params.account_id !== undefined && Number(ctx.params.account_id) !== ctx.state.world.chatwoot.accountId) {
      return notFound();
    }
    // Chatwoot renders Pundit's NotAuthorizedError as 401 (Api::BaseController#render_unauthorized).
    if (opts.adminOnly && user.role !== "administrator") {
      return json(401, { error: "You are not authorized to do this action" });
    }
    return handler(ctx, user);
  };
}

export function findConversation(ctx: Ctx): CwConversation | undefined {
  const id = Number(ctx.params.conversation_id);
  return ctx.state.world.chatwoot.conversations.find((c) => c.id === id);
}

export function withConversation(
  handler: (ctx: Ctx, user: CwUser, conv: CwConversation) => Reply | Promise<Reply>,
): Handler {
  return authed((ctx, user) => {
    const conv = findConversation(ctx);
    return conv ? handler(ctx, user, conv) : notFound();
  });
}

/** Query arrays arrive as `labels[]=a&labels[]=b` (Rails style) or repeated `labels=a`. */
export function queryList(q: URLSearchParams, name: string): string[] {
  return [...q.getAll(`${name}[]`), ...q.getAll(name)].flatMap((v) => v.split(",")).filter((v) => v !== "");
}
