import type { Selectable } from 'kysely';
import type { ApiTokensTable } from '../../db/schema.ts';

/** A token for scripts and the CLI, acting as the person who created it. */
export interface ApiToken {
  id: string;
  name: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export const tokenColumns = ['id', 'name', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'] as const;

export function toApiToken(row: Pick<Selectable<ApiTokensTable>, (typeof tokenColumns)[number]>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
