import { describe, expect, it } from 'vitest';
import { creatableTypes, mayComment, mayEdit, mayMove, mayWatch } from './permissions.ts';

describe('what the web app offers each role', () => {
  it('lets admins, owners and editors reorder, and no one else', () => {
    expect(['admin', 'owner', 'editor'].every((role) => mayMove(role as 'owner'))).toBe(true);
    expect(['member', 'stakeholder', 'viewer'].some((role) => mayMove(role as 'member'))).toBe(false);
    expect(mayMove(undefined)).toBe(false);
  });

  it('lets members create only tasks and spikes, and stakeholders and viewers nothing', () => {
    expect(creatableTypes('owner')).toEqual(['story', 'bug', 'task', 'spike', 'enhancement', 'compliance']);
    expect(creatableTypes('member')).toEqual(['task', 'spike']);
    expect(creatableTypes('stakeholder')).toEqual([]);
    expect(creatableTypes('viewer')).toEqual([]);
  });

  it('lets members edit only what they created', () => {
    expect(mayEdit('member', true)).toBe(true);
    expect(mayEdit('member', false)).toBe(false);
    expect(mayEdit('editor', false)).toBe(true);
    expect(mayEdit('viewer', true)).toBe(false);
  });

  it('lets stakeholders comment and watch, but not viewers', () => {
    expect(mayComment('stakeholder') && mayWatch('stakeholder')).toBe(true);
    expect(mayComment('viewer') || mayWatch('viewer')).toBe(false);
  });
});
