/**
 * Valid-looking input for an operation of the API's own OpenAPI document: a request that would
 * pass its schema, so that one bad part at a time reaches as deep as it can.
 */

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** The Fastify path with `{name}` placeholders, e.g. /api/items/{itemKey}. */
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
}

/** Every operation the document lists. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = (operation.requestBody as { content?: Record<string, { schema: JsonSchema }> })
        ?.content;
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: content?.['application/json']?.schema ?? null,
      };
    }),
  );
}

/** Real things in the test database, by the name a parameter or field gives them. */
export interface Known {
  productKey: string;
  itemKeys: string[];
  requestKey: string;
  ids: Record<string, string>;
}

export type Random = () => number;

/** Whether a sample takes the edges its schema allows (longest text, largest numbers, fullest lists). */
export type Reach = 'typical' | 'edge';

export const pick = <T>(random: Random, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)] as T;

const itemKeyNames = new Set(['itemKey', 'itemKeys', 'key', 'keys', 'before', 'after', 'into', 'keep']);

/** A string a field of this name and schema accepts. */
function sampleString(schema: JsonSchema, name: string, known: Known, random: Random, reach: Reach): string {
  if (schema.format === 'uuid') return known.ids[name] ?? pick(random, Object.values(known.ids));
  if (schema.format === 'date')
    return pick(random, reach === 'edge' ? ['1970-01-01', '2999-12-31'] : ['2027-03-01']);
  if (schema.format === 'date-time')
    return reach === 'edge' ? '2999-12-31T23:59:59.999+14:00' : '2027-01-12T09:00:00Z';
  if (schema.format === 'email') return 'someone@example.com';
  if (schema.pattern?.includes('-R')) return known.requestKey;
  if (schema.pattern?.includes('req_')) return `req_${'A'.repeat(43)}`;
  if (schema.pattern?.includes('-\\d')) return pick(random, known.itemKeys);
  if (schema.pattern?.startsWith('^[A-Za-z]') || name === 'productKey') return known.productKey;
  if (schema.pattern) return 'custom-check';
  if (name === 'timeZone') return 'Europe/Paris';
  if (name === 'email') return 'someone@example.com';
  if (itemKeyNames.has(name)) return pick(random, known.itemKeys);
  if (reach === 'edge' && schema.maxLength) {
    const filler = pick(random, ['x', 'é', '😀', 'word ', "o'neil & (a | !b) <-> c:* "]);
    // Cut where it fits, never inside a pair of surrogates.
    return filler
      .repeat(schema.maxLength)
      .slice(0, schema.maxLength)
      .replace(/[\uD800-\uDBFF]$/, 'x');
  }
  const words = pick(random, ['Export', 'Bulk refunds', 'Faster checkout', 'ok', 'Ünïcødé 😀 text']);
  return words.slice(0, schema.maxLength ?? words.length).padEnd(schema.minLength ?? 0, 'x');
}

function sampleNumber(schema: JsonSchema, random: Random, isInteger: boolean, reach: Reach): number {
  const low = schema.minimum ?? (schema.exclusiveMinimum === undefined ? 0 : schema.exclusiveMinimum + 1);
  if (reach === 'edge') return pick(random, [low, schema.maximum ?? 2 ** 31 - 1]);
  const high = Math.min(schema.maximum ?? low + 10, low + 10);
  const value = low + random() * (high - low);
  return isInteger ? Math.floor(value) : Math.round(value * 4) / 4;
}

/** A value `schema` accepts, for a field named `name` (which says what it refers to). */
export function sampleValue(
  schema: JsonSchema,
  name: string,
  known: Known,
  random: Random,
  reach: Reach = 'typical',
): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return pick(random, schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    const notNull = choices.filter((choice) => choice.type !== 'null');
    return sampleValue(pick(random, notNull.length ? notNull : choices), name, known, random, reach);
  }
  if (schema.allOf) {
    return Object.assign({}, ...schema.allOf.map((part) => sampleValue(part, name, known, random, reach)));
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => schema.required?.includes(key) || reach === 'edge' || random() < 0.5)
          .map(([key, property]) => [key, sampleValue(property, key, known, random, reach)]),
      );
    case 'array': {
      const min = schema.minItems ?? 0;
      const most = reach === 'edge' ? Math.min(schema.maxItems ?? 60, 60) : min + Math.floor(random() * 3);
      const length = Math.min(schema.maxItems ?? min + 2, most);
      return Array.from({ length }, () => sampleValue(schema.items ?? {}, name, known, random, reach));
    }
    case 'integer':
      return sampleNumber(schema, random, true, reach);
    case 'number':
      return sampleNumber(schema, random, false, reach);
    case 'boolean':
      return random() < 0.5;
    case 'null':
      return null;
    case 'string':
      return sampleString(schema, name, known, random, reach);
    default:
      return {};
  }
}
