import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/http-harness.ts';

/**
 * The typed client's answers come from the routes' zod schemas; the published document comes from
 * the same schemas through JSON Schema. Here a client generated from the document by
 * openapi-typescript is checked against ours, type by type, so the two cannot drift apart.
 */

/** Each named schema of the document, and the client's type for it. */
const clientTypeOf: Record<string, string> = {
  Item: 'ItemSummary',
  ItemDetail: 'ItemDetail',
  Comment: 'Comment',
  HistoryEntry: 'HistoryEntry',
  Product: 'Product',
  Member: 'Member',
  Person: 'Person',
  ApiToken: 'ApiToken',
  Profile: 'Profile',
  AuditEntry: 'AuditEntry',
  WorkspaceSettings: 'WorkspaceSettings',
  Notification: 'Notification',
  Me: 'Me',
  Request: 'RequestSummary',
  InboxEntry: 'InboxEntry',
  RequestStatus: 'RequestStatus',
  DuplicateSuggestion: 'DuplicateSuggestion',
  PublicForm: 'PublicForm',
  PublicFormAnswer: 'PublicFormAnswer',
  Session: 'RefinementSession',
  SessionView: 'SessionView',
  PokerRound: 'PokerRound',
  ScoreOrderEntry: 'ScoreOrderEntry',
  CommitmentCheck: 'CommitmentCheck',
  Sprint: 'Sprint',
  SprintProposal: 'SprintProposal',
  Commitment: 'Commitment',
  SprintBoard: 'SprintBoard',
  Forecast: 'Forecast',
  Roadmap: 'Roadmap',
  Insights: 'Insights',
  Release: 'Release',
  ReleaseProgress: 'ReleaseProgress',
  ReleaseBurnUp: 'ReleaseBurnUp',
  CustodianView: 'CustodianView',
  StaleCandidate: 'StaleCandidate',
  StaleRun: 'StaleRun',
  HealthDay: 'HealthDay',
};

const workDir = join('.ordo-test', 'contract-client');
let h: Harness;
let generated: string;

beforeAll(async () => {
  h = await startHarness();
  const document = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  generated = astToString(await openapiTS(document));
});
afterAll(() => h.close());

describe('a client generated from the OpenAPI document', () => {
  it('has every named schema', () => {
    for (const name of Object.keys(clientTypeOf)) expect(generated).toContain(`${name}: {`);
  });

  it('agrees with the typed client on every type they share', () => {
    mkdirSync(workDir, { recursive: true });
    writeFileSync(join(workDir, 'generated.ts'), generated);
    const checks = Object.entries(clientTypeOf).map(
      ([schema, type]) => `  ${schema}: same<components['schemas']['${schema}'], client.${type}>(),`,
    );
    writeFileSync(
      join(workDir, 'check.ts'),
      [
        "import type * as client from '../../src/client/ordo-client.ts';",
        "import type { components } from './generated.ts';",
        '/** Compiles only when A and B are each assignable to the other. */',
        'declare function same<A, B>(..._: [A] extends [B] ? ([B] extends [A] ? [] : [never]) : [never]): true;',
        `export const checked = {\n${checks.join('\n')}\n};`,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(workDir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', include: ['check.ts'] }),
    );
    const tsc = spawnSync(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', join(workDir, 'tsconfig.json')],
      {
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
