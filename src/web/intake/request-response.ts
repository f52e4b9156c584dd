import type { RequestStatus, RequestSummary } from '../../client/ordo-client.ts';

/**
 * `GET /requests/:key` answers triagers with the whole request and its status page, and the
 * requester with the status page alone (the client types only the first): this reads either.
 */
export type RequestResponse = (RequestSummary & { status?: RequestStatus }) | RequestStatus;

export function statusFromResponse(response: RequestResponse): RequestStatus {
  if ('messages' in response) return response;
  if (!response.status) throw new Error(`${response.key}: the API sent no status`);
  return response.status;
}

/** Whether the response is a triager's (the whole request), as opposed to the requester's own view. */
export const isTriagerView = (
  response: RequestResponse,
): response is RequestSummary & { status: RequestStatus } =>
  !('messages' in response) && response.status !== undefined;
