import { OrdoApiError } from '../../client/ordo-client.ts';

/**
 * When a save was refused because someone else changed the item first (409 version_conflict),
 * the version the item is at now (the server sends the current item); null for any other error.
 */
export function conflictingVersion(error: unknown): number | null {
  if (!(error instanceof OrdoApiError) || error.code !== 'version_conflict') return null;
  const current = (error.details as { current?: { version?: unknown } } | null)?.current;
  return typeof current?.version === 'number' ? current.version : -1;
}

export const isVersionConflict = (error: unknown) => conflictingVersion(error) !== null;
