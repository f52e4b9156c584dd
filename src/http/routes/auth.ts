import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isSetUp, setUp } from '../../app/auth/set-up.ts';
import { signIn, signOut } from '../../app/auth/sign-in.ts';
import { requireActor } from '../../app/authorize.ts';
import { inTransaction, withoutTransaction } from '../../app/context.ts';
import { presentMe, presentPerson } from '../presenters.ts';
import { runAs, sessionCookie, setSessionCookie } from '../request-context.ts';
import { setUpBody, signInBody } from '../schemas.ts';
import { type RouteDeps, refuseIfPasswordSignInOff } from './route-deps.ts';

export const authRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/setup',
      { schema: { tags: ['auth'], summary: 'Whether the first admin exists yet' }, config: { action: null } },
      async () => ({
        isSetUp: await inTransaction(deps, null, isSetUp),
      }),
    );

    app.post(
      '/setup',
      {
        schema: {
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
      { schema: { tags: ['auth'], summary: 'End this session' }, config: { action: null } },
      async (request, reply) => {
        const session = request.cookies[sessionCookie];
        if (session) {
          await inTransaction(deps, null, (ctx) => signOut(ctx, session));
          deps.actors.forget(session);
        }
        reply.clearCookie(sessionCookie, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.get(
      '/me',
      { schema: { tags: ['auth'], summary: 'Who is signed in' }, config: { action: 'self' } },
      async (request) => presentMe(await runAs(deps, request, async (ctx) => requireActor(ctx))),
    );

    // For a browser finding out whether anyone is signed in: no one is an answer here, not a 401.
    app.get(
      '/session',
      {
        schema: { tags: ['auth'], summary: 'Who is signed in, or null when no one is' },
        config: { action: null },
      },
      async (request) => ({ me: request.actor ? presentMe(request.actor) : null }),
    );
  };
