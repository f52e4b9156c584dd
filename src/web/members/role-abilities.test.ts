import { describe, expect, it } from 'vitest';
import { roleAbilities } from './role-abilities.ts';

describe('what each role may do, in words', () => {
  it('follows the permission table', () => {
    expect(roleAbilities('viewer')).toEqual(['read the backlog']);
    expect(roleAbilities('stakeholder')).toEqual([
      'read the backlog',
      'comment',
      'follow items',
      'send requests',
    ]);
    expect(roleAbilities('member')).toContain('add tasks and spikes');
    expect(roleAbilities('member')).not.toContain('order the backlog');
    expect(roleAbilities('editor')).toContain('order the backlog');
    expect(roleAbilities('editor')).not.toContain('manage members');
    expect(roleAbilities('owner')).toContain('manage members');
  });
});
