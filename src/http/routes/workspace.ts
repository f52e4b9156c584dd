import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { confirmTwoFactor } from '../../app/auth/two-factor/confirm-two-factor.ts';
import { newRecoveryCodes } from '../../app/auth/two-factor/new-recovery-codes.ts';
import { startTwoFactor } from '../../app/auth/two-factor/start-two-factor.ts';
import { turnOffTwoFactor } from '../../app/auth/two-factor/turn-off-two-factor.ts';
import { getWorkspaceSettings } from '../../app/workspace/get-workspace-settings.ts';
import { updateWorkspaceSettings } from '../../app/workspace/update-workspace-settings.ts';
import { errorResponses, noContent } from '../contract.ts';
import { provePasswordFirst, runAs } from '../request-context.ts';
import type { RouteDeps } from './route-deps.ts';
import {
  confirmTwoFactorBody,
  enrolmentSchema,
  passwordProofBody,
  presentEnrolment,
  presentWorkspaceSettings,
  recoveryCodesSchema,
  totpCodeBody,
  workspaceChangesBody,
  workspaceSettingsSchema,
} from './workspace.schema.ts';

/** The workspace's settings (admins), and one's own second factor. */
export const workspaceRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/workspace',
      {
        schema: {
          operationId: 'getWorkspaceSettings',
          response: { 200: workspaceSettingsSchema },
          tags: ['workspace'],
          summary: 'The workspace’s settings (admins)',
        },
        config: { action: 'workspace.settings' },
      },
      async (request) => presentWorkspaceSettings(await runAs(deps, request, getWorkspaceSettings)),
    );

    app.patch(
      '/workspace',
      {
        schema: {
          operationId: 'updateWorkspaceSettings',
          response: { 200: workspaceSettingsSchema },
          tags: ['workspace'],
          summary: 'Rename the workspace, or require two-factor sign-in of its admins',
          body: workspaceChangesBody,
        },
        config: { action: 'workspace.settings' },
      },
      async (request) => {
        const settings = await runAs(deps, request, (ctx) => updateWorkspaceSettings(ctx, request.body));
        deps.actors.forget();
        return presentWorkspaceSettings(settings);
      },
    );

    app.post(
      '/profile/two-factor',
      {
        schema: {
          operationId: 'startTwoFactor',
          response: { 200: enrolmentSchema },
          tags: ['profile'],
          summary: 'Start turning on two-factor sign-in: a secret (and its QR code) for your app',
        },
        config: { action: 'profile.manage' },
      },
      async (request) => presentEnrolment(await runAs(deps, request, startTwoFactor)),
    );

    app.post(
      '/profile/two-factor/confirm',
      {
        schema: {
          operationId: 'confirmTwoFactor',
          response: { 200: recoveryCodesSchema, ...errorResponses(429) },
          tags: ['profile'],
          summary:
            'Turn two-factor sign-in on with a first code and your password; answers the recovery codes, once',
          body: confirmTwoFactorBody,
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
          operationId: 'newRecoveryCodes',
          response: { 200: recoveryCodesSchema },
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
          operationId: 'turnOffTwoFactor',
          response: { 204: noContent, ...errorResponses(429) },
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
        return reply.status(204).send(null);
      },
    );
  };
