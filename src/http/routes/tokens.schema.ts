import { z } from 'zod';
import type { ApiToken } from '../../app/tokens/api-token.ts';
import { instant, requiredText, timestamp } from '../fields.ts';

/** API tokens on the wire. */

export const newTokenBody = z.strictObject({
  name: requiredText(100),
  expiresAt: instant.describe('When it stops working; left out, it works until revoked').optional(),
});

export const tokenIdParam = z.object({ id: z.uuid('not a token id') });

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: timestamp,
    expiresAt: timestamp.nullable(),
    lastUsedAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
  })
  .meta({ id: 'ApiToken', description: 'An API token (its text is never shown again)' });

export const newTokenSchema = tokenSchema
  .extend({ token: z.string().describe('Send as `Authorization: Bearer <token>`; shown this once') })
  .meta({ id: 'NewApiToken', description: 'A token just made, with its text' });

export function presentToken(token: ApiToken): z.input<typeof tokenSchema> {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

export function presentNewToken(token: ApiToken & { token: string }): z.input<typeof newTokenSchema> {
  return { ...presentToken(token), token: token.token };
}
