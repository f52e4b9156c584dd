import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorCodes } from '../app/errors.ts';

/**
 * What every route promises beyond its input: its operation's name, each status it can answer and
 * the shape of each answer. Routes declare their success responses; the errors that follow from
 * what a route is (it reads a body, it needs a sign-in, it names a thing in its path, it writes)
 * are added here, so that no route can forget one and the document stays true.
 */

/** Every error, whatever its status. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum([...(Object.keys(errorCodes) as (keyof typeof errorCodes)[]), 'internal']),
      message: z.string().describe('What went wrong, in words a person can act on'),
      details: z
        .unknown()
        .describe(
          'For invalid input, a list of `{ field, in, message }`; for a version conflict, `{ current }` ' +
            '(the item as it is now); for a rate limit, `{ retryAfterSeconds }`',
        ),
    }),
  })
  .meta({ id: 'Error', description: 'An error: its code, a message naming the problem, and details' });

const errorMeanings = {
  400: 'The input is not valid: the error names each field and what is wrong with it',
  401: 'Not signed in, or the session or token has ended',
  403: 'Signed in, but not allowed to do this (or a cross-site request)',
  404: 'What the path names does not exist, or is not visible to you',
  409: 'It conflicts with the current state: a stale version, an archived product, a duplicate, a concurrent change',
  410: 'The link has expired or was used',
  413: 'The body is larger than 1 MB (50 MB for an import)',
  415: 'The body is not JSON',
  429: 'Too many attempts: try again after `retry-after` seconds',
} as const;

export type ErrorStatus = keyof typeof errorMeanings;

/** The error responses a route answers beyond those its nature implies (a rate limit, an expired link). */
export function errorResponses<Status extends ErrorStatus>(
  ...statuses: Status[]
): Record<Status, typeof errorSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorSchema])) as Record<
    Status,
    typeof errorSchema
  >;
}

/** A page of a list: `next` is the cursor of the following page, null on the last. */
export function pageOf<Entry extends z.ZodType>(entry: Entry) {
  return z.object({
    data: z.array(entry),
    next: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}

/** A list answered whole (short by nature: the sprints of a product, the members of one). */
export function listOf<Entry extends z.ZodType>(entry: Entry) {
  return z.object({ data: z.array(entry) });
}

/** No body: the status says it all. */
export const noContent = z.null().describe('Done; nothing to return');

/** A redirect: the `location` header says where. */
export const redirect = (description: string) => z.null().describe(description);

/** A body that is not JSON (text, a stream, a file): `mediaType` names it (or each it can be) in the document. */
export function nonJson(mediaType: string | string[], description: string) {
  return z.unknown().meta({ description, 'x-media-type': mediaType });
}

/** A media type's body in the document: text, JSON of any shape, or bytes. */
const bodyOf = (mediaType: string) =>
  mediaType.startsWith('text/')
    ? { type: 'string' }
    : mediaType === 'application/json'
      ? {}
      : { type: 'string', format: 'binary' };

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The errors a route can answer by what it is, whatever its operation does. */
function impliedErrors(route: RouteOptions): ErrorStatus[] {
  const methods = [route.method].flat();
  const action = route.config?.action;
  const writes = methods.some((method) => writeMethods.has(method));
  const statuses = new Set<ErrorStatus>();
  if (route.schema?.params || route.schema?.querystring || writes) statuses.add(400);
  if (action !== null && action !== undefined) statuses.add(401);
  if ((action !== null && action !== 'self') || writes) statuses.add(403);
  if (route.schema?.params) statuses.add(404);
  if (writes) {
    statuses.add(409);
    statuses.add(413);
    statuses.add(415);
  }
  return [...statuses];
}

/**
 * Called for each `/api` route as it is added: it must name its operation and declare its
 * responses; the implied errors join them.
 */
export function completeContract(route: RouteOptions): void {
  const schema = route.schema;
  if (schema?.hide) return;
  const where = `${route.method} ${route.url}`;
  if (!schema?.operationId) throw new Error(`${where} must name its operation (schema.operationId)`);
  if (!schema.response) throw new Error(`${where} must declare its responses (schema.response)`);
  schema.response = { ...errorResponses(...impliedErrors(route)), ...(schema.response as object) };
  // Open to anyone: the document says no credential is needed.
  if (route.config?.action === null) schema.security = [];
}

type JsonSchema = Record<string, unknown>;

/**
 * Turns the zod schemas into the document (fastify-type-provider-zod), then words each response:
 * an error by its status, a success by the operation's summary, a body that is not JSON by its
 * media type.
 */
export const describeRoute: typeof jsonSchemaTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const responses = (transformed.schema as { response?: Record<string, JsonSchema> } | undefined)?.response;
  const summary = (input.schema as { summary?: string } | undefined)?.summary;
  if (!responses) return transformed;
  for (const [status, schema] of Object.entries(responses)) {
    const mediaType = schema['x-media-type'];
    const description =
      errorMeanings[Number(status) as ErrorStatus] ?? (schema.description as string) ?? summary ?? 'Done';
    if (typeof mediaType === 'string' || Array.isArray(mediaType)) {
      const content = Object.fromEntries([mediaType].flat().map((type) => [type, { schema: bodyOf(type) }]));
      responses[status] = { description, content };
    } else {
      responses[status] = { ...schema, description };
    }
  }
  return transformed;
};

/**
 * In tests, a response whose status the route did not declare becomes a 500 naming the route and
 * the status, so a gap between the document and the server fails the test that found it. (A body
 * that does not match its declared schema fails already: the serializer parses it with zod.)
 */
export function refuseUndeclaredResponses(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const declared = request.routeOptions.schema?.response as Record<string, unknown> | undefined;
    if (!declared || request.routeOptions.schema?.hide) return payload;
    const status = String(reply.statusCode);
    if (status in declared || `${status[0]}XX` in declared || status.startsWith('5')) return payload;
    const message = `${request.method} ${request.routeOptions.url} answered ${status}, which it does not declare`;
    reply.code(500).type('application/json');
    return JSON.stringify({ error: { code: 'internal', message, details: [] } });
  });
}

/**
 * The named schemas (`.meta({ id })`) become `components.schemas`. Only answers are named, but the
 * plugin lists each in both directions: the input twins no operation refers to are left out.
 */
export const nameSchemas: typeof jsonSchemaTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as {
    paths?: unknown;
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = document.components?.schemas ?? {};
  const operations = JSON.stringify(document.paths);
  for (const name of Object.keys(schemas)) {
    if (name.endsWith('Input') && !operations.includes(`"#/components/schemas/${name}"`))
      delete schemas[name];
  }
  return document as ReturnType<typeof jsonSchemaTransformObject>;
};
