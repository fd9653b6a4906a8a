import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type Paths = paths;
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Trip = Json<paths['/v1/trips/{id}']['get']['responses'][200]>;
export type TripSummary = Json<paths['/v1/trips']['get']['responses'][200]>['trips'][number];
export type Plan = NonNullable<Trip['plan']>;
export type VersionList = Json<paths['/v1/trips/{id}/versions']['get']['responses'][200]>;
export type VersionDiff = Json<paths['/v1/trips/{id}/versions/{v}/diff']['get']['responses'][200]>;
export type WatchView = Json<paths['/v1/trips/{id}/watch']['get']['responses'][200]>;
export type WebhookView = Json<paths['/v1/webhook']['get']['responses'][200]>;
export type Deliveries = Json<paths['/v1/webhook/deliveries']['get']['responses'][200]>;
export type Places = Json<paths['/v1/trips/{id}/places']['get']['responses'][200]>;

/** An API error body as every route answers it. */
export interface ApiProblem {
  statusCode?: number;
  code?: string;
  message?: string;
}

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The typed client: every path, body and answer comes from the API's OpenAPI document. */
export function createApi(apiKey: string) {
  const auth: Middleware = {
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${apiKey}`);
      return request;
    },
  };
  const client = createClient<paths>({ baseUrl: window.location.origin });
  client.use(auth);
  return client;
}
export type Api = ReturnType<typeof createApi>;

/** The data of an openapi-fetch answer, or an ApiRequestError with the API's own message. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const problem = (result.error ?? {}) as ApiProblem;
    throw new ApiRequestError(
      result.response.status,
      problem.code ?? 'error',
      problem.message ?? `request failed (${result.response.status})`,
    );
  }
  return result.data;
}
