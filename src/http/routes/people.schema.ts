import { z } from 'zod';
import type { Person } from '../../app/people/person.ts';
import { limits } from '../../domain/item.ts';
import { productRoles } from '../../domain/permissions.ts';
import { changeOf, email, password, productKeyParam, requiredText, timestamp } from '../fields.ts';

/** The workspace's people on the wire. */

const personName = requiredText(limits.personNameLength);
export const personIdParam = z.object({ personId: z.uuid('not a person id') });

export const peopleQuery = z.strictObject({
  status: z.enum(['invited', 'active', 'deactivated']).optional(),
});
export const newPersonBody = z.strictObject({
  name: personName,
  email,
  password,
  isAdmin: z.boolean().optional(),
});
export const invitationBody = z.strictObject({
  name: personName,
  email,
  isAdmin: z.boolean().optional(),
  products: z
    .array(z.strictObject({ productKey: productKeyParam.shape.productKey, role: z.enum(productRoles) }))
    .max(100)
    .optional(),
});
export const personChangesBody = changeOf(z.strictObject({ name: personName, email, isAdmin: z.boolean() }));

export const personSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    isAdmin: z.boolean(),
    status: z.enum(['invited', 'active', 'deactivated']),
    createdAt: timestamp,
    joinedAt: timestamp.nullable().describe('When they first set a password or signed in'),
    deactivatedAt: timestamp.nullable(),
    hasTwoFactor: z.boolean(),
  })
  .meta({ id: 'Person', description: 'A person of the workspace' });

const link = z
  .string()
  .describe('The one-time link, to pass on by hand when mail is not set up; it also goes by mail');

export const invitedSchema = z.object({ person: personSchema, link });
export const linkSentSchema = z.object({ link });

export function presentPerson(person: Person): z.input<typeof personSchema> {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    isAdmin: person.isAdmin,
    status: person.status,
    createdAt: person.createdAt,
    joinedAt: person.joinedAt,
    deactivatedAt: person.deactivatedAt,
    hasTwoFactor: person.hasTwoFactor,
  };
}
