import { describe, expect, it } from 'vitest';
import { OrdoApiError } from '../../client/ordo-client.ts';
import { conflictingVersion, isVersionConflict } from './version-conflict.ts';

describe('conflictingVersion', () => {
  it('gives the current version from a version conflict', () => {
    const error = new OrdoApiError(409, 'version_conflict', 'PAY-3 has changed', { current: { version: 7 } });
    expect(conflictingVersion(error)).toBe(7);
    expect(isVersionConflict(error)).toBe(true);
  });

  it('still recognises a conflict whose body names no version', () => {
    expect(conflictingVersion(new OrdoApiError(409, 'version_conflict', 'changed', null))).toBe(-1);
  });

  it('is null for every other error', () => {
    expect(conflictingVersion(new OrdoApiError(409, 'already_exists', 'taken', []))).toBeNull();
    expect(conflictingVersion(new OrdoApiError(400, 'invalid_input', 'bad', []))).toBeNull();
    expect(conflictingVersion(new TypeError('offline'))).toBeNull();
  });
});
