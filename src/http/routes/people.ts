import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createPerson } from '../../app/people/create-person.ts';
import { deactivatePerson } from '../../app/people/deactivate-person.ts';
import { invitePerson } from '../../app/people/invite-person.ts';
import { listPeople } from '../../app/people/list-people.ts';
import { reactivatePerson } from '../../app/people/reactivate-person.ts';
import { resendInvitation } from '../../app/people/resend-invitation.ts';
import { resetTwoFactor } from '../../app/people/reset-two-factor.ts';
import { sendPasswordReset } from '../../app/people/send-password-reset.ts';
import { updatePerson } from '../../app/people/update-person.ts';
import { errorResponses, pageOf } from '../contract.ts';
import { runAs } from '../request-context.ts';
import {
  invitationBody,
  invitedSchema,
  linkSentSchema,
  newPersonBody,
  peopleQuery,
  personChangesBody,
  personIdParam,
  personSchema,
  presentPerson,
} from './people.schema.ts';
import type { RouteDeps } from './route-deps.ts';

/** The workspace's people: invited, active and deactivated. */
export const peopleRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/people',
      {
        schema: {
          operationId: 'listPeople',
          response: { 200: pageOf(personSchema) },
          tags: ['people'],
          summary: 'The people of your workspace',
          querystring: peopleQuery,
        },
        config: { action: 'people.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => listPeople(ctx, request.query))).map(presentPerson),
        next: null,
      }),
    );

    app.post(
      '/people',
      {
        schema: {
          operationId: 'createPerson',
          response: { 201: personSchema },
          tags: ['people'],
          summary: 'Add a person with a password you pass on (admins; inviting is the usual way)',
          body: newPersonBody,
        },
        config: { action: 'people.manage' },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentPerson(await runAs(deps, request, (ctx) => createPerson(ctx, request.body)))),
    );

    app.post(
      '/people/invitations',
      {
        schema: {
          operationId: 'invitePerson',
          response: { 201: invitedSchema, ...errorResponses(404) },
          tags: ['people'],
          summary: 'Invite a person by email, optionally into products (admins)',
          body: invitationBody,
        },
        config: { action: 'people.manage' },
      },
      async (request, reply) => {
        const { person, link } = await runAs(deps, request, (ctx) => invitePerson(ctx, request.body));
        return reply.status(201).send({ person: presentPerson(person), link });
      },
    );

    app.patch(
      '/people/:personId',
      {
        schema: {
          operationId: 'updatePerson',
          response: { 200: personSchema },
          tags: ['people'],
          summary: 'Change a person’s name, email or admin right (admins)',
          params: personIdParam,
          body: personChangesBody,
        },
        config: { action: 'people.manage' },
      },
      async (request) => {
        const person = await runAs(deps, request, (ctx) =>
          updatePerson(ctx, { ...request.body, personId: request.params.personId }),
        );
        deps.actors.forget();
        return presentPerson(person);
      },
    );

    app.post(
      '/people/:personId/deactivate',
      {
        schema: {
          operationId: 'deactivatePerson',
          response: { 200: personSchema },
          tags: ['people'],
          summary: 'Deactivate a person: their sessions and tokens end at once (admins)',
          params: personIdParam,
        },
        config: { action: 'people.manage' },
      },
      async (request) => {
        const person = await runAs(deps, request, (ctx) => deactivatePerson(ctx, request.params));
        deps.actors.forget();
        return presentPerson(person);
      },
    );

    app.post(
      '/people/:personId/reactivate',
      {
        schema: {
          operationId: 'reactivatePerson',
          response: { 200: personSchema },
          tags: ['people'],
          summary: 'Let a deactivated person sign in again (admins)',
          params: personIdParam,
        },
        config: { action: 'people.manage' },
      },
      async (request) =>
        presentPerson(await runAs(deps, request, (ctx) => reactivatePerson(ctx, request.params))),
    );

    app.post(
      '/people/:personId/invitation',
      {
        schema: {
          operationId: 'resendInvitation',
          response: { 200: invitedSchema },
          tags: ['people'],
          summary: 'Send an invitation again: a new link, the old one stops working (admins)',
          params: personIdParam,
        },
        config: { action: 'people.manage' },
      },
      async (request) => {
        const { person, link } = await runAs(deps, request, (ctx) => resendInvitation(ctx, request.params));
        return { person: presentPerson(person), link };
      },
    );

    app.post(
      '/people/:personId/two-factor/reset',
      {
        schema: {
          operationId: 'resetTwoFactor',
          response: { 200: personSchema },
          tags: ['people'],
          summary: 'Take a person’s second factor away (a lost phone): their sessions end (admins)',
          params: personIdParam,
        },
        config: { action: 'people.manage' },
      },
      async (request) => {
        const person = await runAs(deps, request, (ctx) => resetTwoFactor(ctx, request.params));
        deps.actors.forget();
        return presentPerson(person);
      },
    );

    app.post(
      '/people/:personId/password-reset',
      {
        schema: {
          operationId: 'sendPasswordReset',
          response: { 200: linkSentSchema },
          tags: ['people'],
          summary: 'Mail a person a link to set a new password, valid 1 hour (admins)',
          params: personIdParam,
        },
        config: { action: 'people.manage' },
      },
      async (request) => runAs(deps, request, (ctx) => sendPasswordReset(ctx, request.params)),
    );
  };
