import { json, type Route } from "../http";
import { authed, notFound } from "./common";
import { inboxJson, profileJson, userJson } from "./serialize";

export const referenceRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/v1/profile",
    handler: authed((ctx, user) => json(200, profileJson(user, ctx.state.world.chatwoot))),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/agents",
    handler: authed((ctx) => {
      const data = ctx.state.world.chatwoot;
      return json(
        200,
        data.users.map((u) => userJson(u, data)),
      );
    }),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/inboxes",
    handler: authed((ctx) => json(200, { payload: ctx.state.world.chatwoot.inboxes.map(inboxJson) })),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/inboxes/{id}",
    handler: authed((ctx) => {
      const inbox = ctx.state.world.chatwoot.inboxes.find((i) => i.id === Number(ctx.params.id));
      return inbox ? json(200, inboxJson(inbox)) : notFound();
    }),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/canned_responses",
    handler: authed((ctx) => {
      const data = ctx.state.world.chatwoot;
      const search = (ctx.query.get("search") ?? "").toLowerCase();
      return json(
        200,
        data.canned
          .filter(
            (c) => !search || c.shortCode.toLowerCase().includes(search) || c.content.toLowerCase().includes(search),
          )
          .map((c) => ({ id: c.id, account_id: data.accountId, short_code: c.shortCode, content: c.content })),
      );
    }),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/labels",
    handler: authed((ctx) =>
      json(200, {
        payload: ctx.state.world.chatwoot.labels.map((l) => ({
          id: l.id,
          title: l.title,
          description: l.description,
          color: l.color,
          show_on_sidebar: true,
        })),
      }),
    ),
  },
];
