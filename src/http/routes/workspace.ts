import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { confirmTwoFactor } from '../../app/auth/two-factor/confirm-two-factor.ts';
import { newRecoveryCodes } from '../../app/auth/two-factor/new-recovery-codes.ts';
import { startTwoFactor } from '../../app/auth/two-factor/start-two-factor.ts';
import { turnOffTwoFactor } from '../../app/auth/two-factor/turn-off-two-factor.ts';
import { getWorkspaceSettings } from '../../app/workspace/get-workspace-settings.ts';
import { updateWorkspaceSettings } from '../../app/workspace/update-workspace-settings.ts';
import { limits } from '../../domain/item.ts';
import { provePasswordFirst, runAs } from '../request-context.ts';
import { changeOf, requiredText } from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export const workspaceChangesBody = changeOf(
  z.strictObject({ name: requiredText(limits.productNameLength), requireAdminTwoFactor: z.boolean() }),
);
export const totpCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'the 6 digits your app shows'),
});
export const passwordProofBody = z.strictObject({
  password: z.string().min(1, 'must not be empty').max(256),
});

/** The workspace's settings (admins), and one's own second factor. */
export const workspaceRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/workspace',
      {
        schema: { tags: ['workspace'], summary: 'The workspace’s settings (admins)' },
        config: { action: 'workspace.settings' },
      },
      async (request) => runAs(deps, request, getWorkspaceSettings),
    );

    app.patch(
      '/workspace',
      {
        schema: {
          tags: ['workspace'],
          summary: 'Rename the workspace, or require two-factor sign-in of its admins',
          body: workspaceChangesBody,
        },
        config: { action: 'workspace.settings' },
      },
      async (request) => {
        const settings = await runAs(deps, request, (ctx) => updateWorkspaceSettings(ctx, request.body));
        deps.actors.forget();
        return settings;
      },
    );

    app.post(
      '/profile/two-factor',
      {
        schema: {
          tags: ['profile'],
          summary: 'Start turning on two-factor sign-in: a secret (and its QR code) for your app',
        },
        config: { action: 'profile.manage' },
      },
      async (request) => runAs(deps, request, startTwoFactor),
    );

    app.post(
      '/profile/two-factor/confirm',
      {
        schema: {
          tags: ['profile'],
          summary:
            'Turn two-factor sign-in on with a first code and your password; answers the recovery codes, once',
          body: totpCodeBody.extend({ password: passwordProofBody.shape.password }),
        },
        config: { action: 'profile.manage' },
      },
      async (request) => {
        await provePasswordFirst(deps, request, request.body.password, 'password');
        const result = await runAs(deps, request, (ctx) => confirmTwoFactor(ctx, request.body));
        deps.actors.forget();
        return result;
      },
    );

    app.post(
      '/profile/two-factor/recovery-codes',
      {
        schema: {
          tags: ['profile'],
          summary: 'A new set of recovery codes (the old ones stop working), proven by a code',
          body: totpCodeBody,
        },
        config: { action: 'profile.manage' },
      },
      async (request) => runAs(deps, request, (ctx) => newRecoveryCodes(ctx, request.body)),
    );

    app.delete(
      '/profile/two-factor',
      {
        schema: {
          tags: ['profile'],
          summary: 'Turn two-factor sign-in off, with your password',
          body: passwordProofBody,
        },
        config: { action: 'profile.manage' },
      },
      async (request, reply) => {
        await provePasswordFirst(deps, request, request.body.password, 'password');
        await runAs(deps, request, (ctx) => turnOffTwoFactor(ctx, request.body));
        deps.actors.forget();
        return reply.status(204).send();
      },
    );
  };
