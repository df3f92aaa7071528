import { Router } from "../http";
import { contactRoutes } from "./contacts";
import { conversationRoutes } from "./conversations";
import { messageRoutes } from "./messages";
import { referenceRoutes } from "./reference";
import { reportRoutes } from "./reports";
import { webhookRoutes } from "./webhooks";

export const chatwootRouter = new Router([
  ...referenceRoutes,
  ...conversationRoutes,
  ...messageRoutes,
  ...contactRoutes,
  ...reportRoutes,
  ...webhookRoutes,
]);
