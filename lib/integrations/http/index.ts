export { type HttpMethod, type UpstreamRequest, upstreamRequest, upstreamText } from "./request";
export { backoffDelay, parseRetryAfter } from "./retry";
