import { z } from 'zod';
import type { Member } from '../../app/members/member.ts';
import { productRoles } from '../../domain/permissions.ts';
import { email, productKeyParam } from '../fields.ts';

/** A product's members on the wire. */

export const memberBody = z.strictObject({ email, role: z.enum(productRoles) });

export const memberParams = productKeyParam.extend({ personId: z.uuid('not a person id') });

export const memberSchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(productRoles),
    status: z.enum(['invited', 'active']).describe('Invited people can have roles before they join'),
  })
  .meta({ id: 'Member', description: 'A person’s role in a product' });

export function presentMember(member: Member): z.input<typeof memberSchema> {
  return {
    personId: member.personId,
    name: member.name,
    email: member.email,
    role: member.role,
    status: member.status,
  };
}
