import { Router } from "../http";
import { executionRoutes } from "./executions";
import { workflowRoutes } from "./workflows";

export { n8nWebhook } from "./webhook";

export const n8nRouter = new Router([...workflowRoutes, ...executionRoutes]);
