import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/http-harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the published API contract', () => {
  it('serves an OpenAPI 3.1 document with every route and its input schema', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/products/{productKey}/items',
      '/api/items/{itemKey}',
      '/api/items/{itemKey}/move',
      '/api/items/{itemKey}/history',
      '/api/auth/sign-in',
      '/api/tokens',
    ]) {
      expect(paths).toContain(path);
    }
    const create = doc.paths['/api/products/{productKey}/items'].post;
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['type', 'title']));
    expect(schema.properties.type.enum).toEqual([
      'story',
      'bug',
      'task',
      'spike',
      'enhancement',
      'compliance',
    ]);
  });

  it('serves the docs page', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});
