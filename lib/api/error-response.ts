import type { ApiError } from "@/lib/errors";

export function errorResponse(error: ApiError): Response {
  return Response.json(error.toBody(), { status: error.status, headers: error.headers });
}
