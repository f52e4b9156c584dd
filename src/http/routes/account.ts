import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePassword } from '../../app/auth/change-password.ts';
import { requestPasswordReset } from '../../app/auth/request-password-reset.ts';
import { describeAccountLink, setPasswordWithLink } from '../../app/auth/set-password-with-link.ts';
import { signOutEverywhere } from '../../app/auth/sign-out-everywhere.ts';
import { inTransaction } from '../../app/context.ts';
import { getProfile } from '../../app/profile/get-profile.ts';
import { updateProfile } from '../../app/profile/update-profile.ts';
import { errorResponses } from '../contract.ts';
import { provePasswordFirst, runAs, sessionCookie, setSessionCookie } from '../request-context.ts';
import {
  accountLinkSchema,
  endedSessionsSchema,
  linkBody,
  messageSchema,
  passwordChangeBody,
  passwordResetBody,
  passwordSetSchema,
  presentProfile,
  profileChangesBody,
  profileSchema,
  setPasswordBody,
} from './account.schema.ts';
import { type RouteDeps, refuseIfPasswordSignInOff } from './route-deps.ts';

/** One's own account: the profile, the password, forgotten passwords and invitation links. */
export const accountRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/password-reset',
      {
        schema: {
          operationId: 'requestPasswordReset',
          response: { 202: messageSchema, ...errorResponses(429) },
          tags: ['auth'],
          summary: 'Forgot your password: mails a link valid 1 hour (the same answer for any address)',
          body: passwordResetBody,
        },
        config: { action: null },
      },
      async (request, reply) => {
        refuseIfPasswordSignInOff(deps);
        await inTransaction(deps, null, (ctx) =>
          requestPasswordReset(ctx, { email: request.body.email, address: request.ip }),
        );
        return reply.status(202).send({
          message: 'If an account signs in with this address, a link to set a new password is on its way.',
        });
      },
    );

    app.post(
      '/auth/links/inspect',
      {
        schema: {
          operationId: 'inspectAccountLink',
          response: { 200: accountLinkSchema, ...errorResponses(410) },
          tags: ['auth'],
          summary: 'What an invitation or reset link is for, and whether it still works',
          body: linkBody,
        },
        config: { action: null },
      },
      async (request) => {
        const link = await inTransaction(deps, null, (ctx) => describeAccountLink(ctx, request.body.token));
        return { ...link, expiresAt: link.expiresAt };
      },
    );

    app.post(
      '/auth/links/use',
      {
        schema: {
          operationId: 'useAccountLink',
          response: { 200: passwordSetSchema, ...errorResponses(410) },
          tags: ['auth'],
          summary: 'Set your password with an invitation or reset link, and sign in',
          body: setPasswordBody,
        },
        config: { action: null },
      },
      async (request, reply) => {
        refuseIfPasswordSignInOff(deps);
        const signedIn = await inTransaction(deps, null, (ctx) => setPasswordWithLink(ctx, request.body));
        // With two-factor sign-in on, the new password is set and they sign in with a code next.
        if (!signedIn) return { person: null, secondFactorRequired: true };
        setSessionCookie(reply, signedIn, deps.secureCookies);
        return { person: signedIn.person, secondFactorRequired: false };
      },
    );

    app.get(
      '/profile',
      {
        schema: {
          operationId: 'getProfile',
          response: { 200: profileSchema },
          tags: ['profile'],
          summary: 'Your profile and mail preferences',
        },
        config: { action: 'profile.manage' },
      },
      async (request) => presentProfile(await runAs(deps, request, getProfile)),
    );

    app.patch(
      '/profile',
      {
        schema: {
          operationId: 'updateProfile',
          response: { 200: profileSchema, ...errorResponses(429) },
          tags: ['profile'],
          summary: 'Change your name, email (with your password) or mail preferences',
          body: profileChangesBody,
        },
        config: { action: 'profile.manage' },
      },
      async (request) => {
        if (request.body.currentPassword !== undefined) {
          await provePasswordFirst(deps, request, request.body.currentPassword, 'currentPassword');
        }
        const profile = await runAs(deps, request, (ctx) => updateProfile(ctx, request.body));
        deps.actors.forget();
        return presentProfile(profile);
      },
    );

    app.post(
      '/profile/password',
      {
        schema: {
          operationId: 'changePassword',
          response: { 200: endedSessionsSchema, ...errorResponses(429) },
          tags: ['profile'],
          summary: 'Change your password (every other session ends)',
          body: passwordChangeBody,
        },
        config: { action: 'profile.manage' },
      },
      async (request) => {
        await provePasswordFirst(deps, request, request.body.currentPassword, 'currentPassword');
        const session = request.cookies[sessionCookie];
        const result = await runAs(deps, request, (ctx) =>
          changePassword(ctx, { ...request.body, keepSession: session }),
        );
        deps.actors.forget();
        return result;
      },
    );

    app.post(
      '/profile/sign-out-everywhere',
      {
        schema: {
          operationId: 'signOutEverywhere',
          response: { 200: endedSessionsSchema },
          tags: ['profile'],
          summary: 'End every session of yours, this one too',
        },
        config: { action: 'profile.manage' },
      },
      async (request, reply) => {
        const result = await runAs(deps, request, signOutEverywhere);
        deps.actors.forget();
        reply.clearCookie(sessionCookie, { path: '/' });
        return result;
      },
    );
  };
