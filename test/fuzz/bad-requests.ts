import type { WorldRole } from '../factories.ts';
import {
  badHeaders,
  badNumbers,
  badPathSegments,
  badQueryValues,
  badTextPieces,
  badValues,
  numberishTexts,
  rawBodies,
  searchOperators,
  unknownFieldNames,
} from './bad-values.ts';
import {
  type JsonSchema,
  type Known,
  type Operation,
  pick,
  type Random,
  sampleValue,
} from './sample-input.ts';

/**
 * Bad requests for any operation of the OpenAPI document: a valid-looking request with one part
 * made bad — a body value, a missing or unknown field, a path key, a query value, a header, the
 * content type — sent as one of several roles.
 */

export interface FuzzRequest {
  role: WorldRole | null;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  remoteAddress: string;
  /** What was made bad, for a failure's message. */
  mutation: string;
}

export interface Generator {
  next(operation: Operation): FuzzRequest;
}

/**
 * Who sends an operation that some roles must not: a sign-out would end the session the fuzz
 * uses, a live stream never ends, a backup is heavy — so these go as someone who is refused.
 */
const rolesFor: Record<string, (WorldRole | null)[]> = {
  'POST /api/auth/sign-out': [null],
  'GET /api/products/{productKey}/events': [null],
  'GET /api/backup': [null, 'viewer', 'stranger'],
};

/** Query parameters read as text to search for. */
const searchParams = new Set(['q', 'title', 'problem']);

const roles: (WorldRole | null)[] = ['admin', 'owner', 'viewer', null, 'stranger'];

type Json = unknown;
type Slot = { holder: Record<string, Json> | Json[]; key: string | number };

/** Every place a value sits in `value` (not the root), depth first. */
function slotsOf(value: Json, slots: Slot[] = []): Slot[] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      slots.push({ holder: value as Record<string, Json>, key: Array.isArray(value) ? Number(key) : key });
      slotsOf(child, slots);
    }
  }
  return slots;
}

const at = (slot: Slot) => (slot.holder as Record<string | number, Json>)[slot.key];
const put = (slot: Slot, value: Json) => {
  (slot.holder as Record<string | number, Json>)[slot.key] = value;
};

/** One bad thing in a body that would otherwise pass: returns the new body and what was done. */
function spoilBody(body: Json, random: Random): { body: Json; mutation: string } {
  const slots = slotsOf(body);
  const kind = pick(random, ['replace', 'taint', 'taint', 'drop', 'unknown', 'whole', 'number', 'empty']);
  if (kind === 'empty') return { body: {}, mutation: 'body {}' };
  if (kind === 'whole' || slots.length === 0) {
    const value = pick(random, badValues);
    return { body: value, mutation: `body replaced by ${describe(value)}` };
  }
  const slot = pick(random, slots);
  switch (kind) {
    case 'taint': {
      const strings = slots.filter((s) => typeof at(s) === 'string');
      const target = strings.length ? pick(random, strings) : slot;
      const text = typeof at(target) === 'string' ? (at(target) as string) : 'text';
      const split = Math.floor(random() * (text.length + 1));
      put(target, text.slice(0, split) + pick(random, badTextPieces) + text.slice(split));
      return { body, mutation: `bad text in ${String(target.key)}` };
    }
    case 'drop':
      if (Array.isArray(slot.holder)) slot.holder.splice(Number(slot.key), 1);
      else delete slot.holder[slot.key as string];
      return { body, mutation: `${String(slot.key)} left out` };
    case 'unknown': {
      const objects = [body, ...slots.map(at)].filter(
        (value): value is Record<string, Json> =>
          value !== null && typeof value === 'object' && !Array.isArray(value),
      );
      const name = pick(random, unknownFieldNames);
      if (objects.length)
        Object.defineProperty(pick(random, objects), name, {
          value: pick(random, badValues),
          enumerable: true,
        });
      return { body, mutation: `unknown field ${JSON.stringify(name)}` };
    }
    case 'number': {
      const value = pick(random, [...badNumbers, ...numberishTexts]);
      put(slot, value);
      return { body, mutation: `${String(slot.key)} = ${describe(value)}` };
    }
    default: {
      const value = pick(random, badValues);
      put(slot, value);
      return { body, mutation: `${String(slot.key)} = ${describe(value)}` };
    }
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} chars)` : text;
}

/** The generator: seeded by `random`, it knows the real keys and ids of the test database. */
export function badRequests(known: Known, random: Random): Generator {
  return {
    next(operation) {
      const name = `${operation.method} ${operation.path}`;
      const reach = random() < 0.15 ? 'edge' : 'typical';
      const path = Object.fromEntries(
        operation.parameters
          .filter((p) => p.in === 'path')
          .map((p) => [p.name, encodeURIComponent(String(sampleValue(p.schema, p.name, known, random)))]),
      );
      const query: [string, string][] = operation.parameters
        .filter((p) => p.in === 'query' && (p.required || reach === 'edge' || random() < 0.4))
        .flatMap((p) => {
          const value = sampleValue(p.schema, p.name, known, random, reach);
          return (Array.isArray(value) ? value : [value]).map((v): [string, string] => [
            p.name,
            encodeURIComponent(String(v)),
          ]);
        });
      let body: Json = operation.body
        ? sampleValue(operation.body as JsonSchema, 'body', known, random, reach)
        : undefined;
      const headers: Record<string, string> = { 'if-match': '"1"' };
      let raw: { contentType?: string; payload?: string } | null = null;

      // Input at the edges of what its schema allows is often sent as it is.
      const spoilers =
        reach === 'edge' ? ['none', 'none', 'none', 'none', 'headers'] : ['headers', 'contentType'];
      if (operation.body) spoilers.push('body', 'body', 'body', 'body');
      if (Object.keys(path).length) spoilers.push('path', 'path');
      if (operation.parameters.some((p) => p.in === 'query')) spoilers.push('query', 'query', 'query');
      let mutation = 'edge values';
      switch (pick(random, spoilers)) {
        case 'none':
          break;
        case 'body':
          ({ body, mutation } = spoilBody(body, random));
          break;
        case 'path': {
          const param = pick(random, Object.keys(path));
          path[param] = pick(random, badPathSegments);
          mutation = `path ${param} = ${path[param]}`;
          break;
        }
        case 'query': {
          const params = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
          const searched = params.filter((name) => searchParams.has(name));
          const isSearch = searched.length > 0 && random() < 0.6;
          const param = isSearch ? pick(random, searched) : random() < 0.1 ? 'zzz' : pick(random, params);
          const value = isSearch
            ? encodeURIComponent(pick(random, searchOperators).repeat(1 + Math.floor(random() * 3)))
            : pick(random, badQueryValues);
          query.push([param, value]);
          if (random() < 0.2) query.push([param, value]);
          mutation = `query ${param} = ${value.slice(0, 60)}`;
          break;
        }
        case 'contentType':
          raw = random() < 0.2 ? { contentType: 'application/json' } : pick(random, rawBodies);
          mutation = `content ${raw.contentType ?? 'none'}: ${describe(raw.payload)}`;
          break;
        default: {
          const header = pick(random, Object.keys(badHeaders));
          headers[header] = pick(random, badHeaders[header] ?? []);
          mutation = `header ${header}: ${headers[header]}`;
        }
      }
      const { contentType, payload } = raw ?? {
        contentType: 'application/json',
        payload: body === undefined ? undefined : JSON.stringify(body),
      };
      if (contentType && payload !== undefined) headers['content-type'] = contentType;

      const role = pick(random, rolesFor[name] ?? roles);

      const url =
        operation.path.replace(/\{(\w+)\}/g, (_, param: string) => path[param] ?? '') +
        (query.length ? `?${query.map(([key, value]) => `${key}=${value}`).join('&')}` : '');
      const remoteAddress = `10.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}`;
      return { role, method: operation.method, url, headers, payload, remoteAddress, mutation };
    },
  };
}
