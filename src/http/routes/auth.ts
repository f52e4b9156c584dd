import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isSetUp, setUp } from '../../app/auth/set-up.ts';
import { signIn, signOut } from '../../app/auth/sign-in.ts';
import { requireActor } from '../../app/authorize.ts';
import { inTransaction, withoutTransaction } from '../../app/context.ts';
import { errorResponses, noContent } from '../contract.ts';
import { runAs, sessionCookie, setSessionCookie } from '../request-context.ts';
import {
  meSchema,
  presentMe,
  sessionStateSchema,
  setUpBody,
  setUpStateSchema,
  signedInSchema,
  signInBody,
} from './auth.schema.ts';
import { personSchema, presentPerson } from './people.schema.ts';
import { type RouteDeps, refuseIfPasswordSignInOff } from './route-deps.ts';

export const authRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/setup',
      {
        schema: {
          operationId: 'getSetUpState',
          response: { 200: setUpStateSchema },
          tags: ['auth'],
          summary: 'Whether the first admin exists yet',
        },
        config: { action: null },
      },
      async () => ({
        isSetUp: await inTransaction(deps, null, isSetUp),
      }),
    );

    app.post(
      '/setup',
      {
        schema: {
          operationId: 'setUp',
          response: { 201: personSchema },
          tags: ['auth'],
          summary: 'First run: create the workspace and its first admin',
          body: setUpBody,
        },
        config: { action: null },
      },
      async (request, reply) => {
        const person = await inTransaction(deps, null, (ctx) => setUp(ctx, request.body));
        return reply.status(201).send(presentPerson(person));
      },
    );

    app.post(
      '/auth/sign-in',
      {
        schema: {
          operationId: 'signIn',
          response: { 200: signedInSchema, ...errorResponses(401, 429) },
          tags: ['auth'],
          summary: 'Sign in with email and password (sets the session cookie)',
          body: signInBody,
        },
        // Failures are limited per account, per address and in all (src/domain/abuse-limits.ts).
        config: { action: null },
      },
      async (request, reply) => {
        refuseIfPasswordSignInOff(deps);
        const signedIn = await withoutTransaction(deps, null, (ctx) =>
          signIn(ctx, { ...request.body, address: request.ip }),
        );
        setSessionCookie(reply, signedIn, deps.secureCookies);
        return { person: signedIn.person };
      },
    );

    app.post(
      '/auth/sign-out',
      {
        schema: {
          operationId: 'signOut',
          response: { 204: noContent },
          tags: ['auth'],
          summary: 'End this session',
        },
        config: { action: null },
      },
      async (request, reply) => {
        const session = request.cookies[sessionCookie];
        if (session) {
          await inTransaction(deps, null, (ctx) => signOut(ctx, session));
          deps.actors.forget(session);
        }
        reply.clearCookie(sessionCookie, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        schema: {
          operationId: 'getMe',
          response: { 200: meSchema },
          tags: ['auth'],
          summary: 'Who is signed in',
        },
        config: { action: 'self' },
      },
      async (request) => presentMe(await runAs(deps, request, async (ctx) => requireActor(ctx))),
    );

    // For a browser finding out whether anyone is signed in: no one is an answer here, not a 401.
    app.get(
      '/session',
      {
        schema: {
          operationId: 'getCurrentSession',
          response: { 200: sessionStateSchema },
          tags: ['auth'],
          summary: 'Who is signed in, or null when no one is',
        },
        config: { action: null },
      },
      async (request) => ({ me: request.actor ? presentMe(request.actor) : null }),
    );
  };
