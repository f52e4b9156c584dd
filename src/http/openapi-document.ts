import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { webhookDocument } from './webhook-document.ts';

/**
 * The parts of the OpenAPI document that no route states: who we are, where the server is, how to
 * sign in, and what each group of operations is for. Operations and schemas come from the routes.
 */

const tags = [
  { name: 'auth', description: 'Signing in and out, the first-run set-up, passwords and two-factor sign-in' },
  { name: 'profile', description: 'The signed-in person: name, email, mail preferences, sessions' },
  { name: 'tokens', description: 'API tokens for scripts and the `ordo` command' },
  { name: 'products', description: 'Products: each has one ordered backlog' },
  { name: 'members', description: 'Who takes part in a product, and in which role' },
  { name: 'people', description: "The workspace's people: invitations, deactivation (admins)" },
  { name: 'workspace', description: "The workspace's name and sign-in rules (admins)" },
  { name: 'audit', description: 'Who changed what in the workspace (admins)' },
  { name: 'items', description: 'Backlog items: the ranked backlog, an item, its comments and history' },
  { name: 'ranking', description: 'Ordering the backlog' },
  { name: 'live', description: 'Changes as they happen (server-sent events)' },
  { name: 'intake', description: 'Requests from sales, support and customers, as the team files them' },
  { name: 'public', description: "A product's public request form and a request's status page (no sign-in)" },
  { name: 'triage', description: 'Deciding on requests: accept, merge, ask, decline' },
  { name: 'notifications', description: "The signed-in person's notifications" },
  { name: 'refinement', description: 'Refinement sessions, readiness, splitting, ordering by score' },
  { name: 'poker', description: 'Estimating together in a refinement session' },
  { name: 'sprints', description: 'Planning, running and closing sprints; forecast and roadmap' },
  { name: 'insights', description: 'Flow and delivery measures over time' },
  { name: 'custodian', description: "The backlog's health: stale, untidy and unready items" },
  { name: 'releases', description: 'Releases, what ships in them, and release notes' },
  {
    name: 'webhooks',
    description: 'Webhooks: every change sent, signed, to another tool (Standard Webhooks)',
  },
  { name: 'exports', description: 'The backlog as CSV or JSON, and a whole product as one document' },
  { name: 'imports', description: 'A product brought in from another Ordo (and, later, other tools)' },
  { name: 'operations', description: 'Health, readiness and backups, for operators' },
];

export function openApiDocument(baseUrl: string): FastifyDynamicSwaggerOptions['openapi'] {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ordo API',
      version: '0.1.0',
      description:
        'The ordered product backlog over HTTP. Sign in for a session cookie, or send ' +
        '`Authorization: Bearer <token>` with a token from `POST /api/tokens`. Lists answer ' +
        '`{ data, next }`; errors answer `{ error: { code, message, details } }`.',
    },
    servers: [{ url: baseUrl, description: 'This Ordo server' }],
    tags,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `POST /api/tokens`' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'ordo_session',
          description: 'The session cookie that `POST /api/auth/sign-in` sets',
        },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
    webhooks: webhookDocument(),
  };
}
