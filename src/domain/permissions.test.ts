import { describe, expect, it } from 'vitest';
import { actions, isAllowed } from './permissions.ts';

describe('isAllowed', () => {
  it('lets the owner do everything in a product but create, import or archive products, manage people, read the audit log and back up the workspace', () => {
    for (const action of actions) {
      const expected = ![
        'product.create',
        'product.import',
        'product.archive',
        'people.manage',
        'audit.read',
        'workspace.backup',
        'workspace.settings',
      ].includes(action);
      expect(isAllowed({ role: 'owner', action, isCreator: false, itemType: 'story' }), action).toBe(
        expected,
      );
    }
  });

  it('lets an admin do everything', () => {
    for (const action of actions) expect(isAllowed({ role: 'admin', action, itemType: 'story' })).toBe(true);
  });

  it('lets a viewer only read, and keep their own profile, tokens and notices', () => {
    const allowed = actions.filter((action) =>
      isAllowed({ role: 'viewer', action, isCreator: true, itemType: 'task' }),
    );
    expect(allowed).toEqual([
      'product.read',
      'members.read',
      'people.read',
      'profile.manage',
      'tokens.manage',
      'notifications.read',
      'item.read',
    ]);
  });

  it('lets a member edit only what they created and create only technical items', () => {
    expect(isAllowed({ role: 'member', action: 'item.update', isCreator: true })).toBe(true);
    expect(isAllowed({ role: 'member', action: 'item.update', isCreator: false })).toBe(false);
    expect(isAllowed({ role: 'member', action: 'item.create', itemType: 'task' })).toBe(true);
    expect(isAllowed({ role: 'member', action: 'item.create', itemType: 'spike' })).toBe(true);
    expect(isAllowed({ role: 'member', action: 'item.create', itemType: 'story' })).toBe(false);
    expect(isAllowed({ role: 'member', action: 'item.move' })).toBe(false);
  });

  it('lets a stakeholder comment and watch but not edit, create or rank', () => {
    expect(isAllowed({ role: 'stakeholder', action: 'item.comment' })).toBe(true);
    expect(isAllowed({ role: 'stakeholder', action: 'item.watch' })).toBe(true);
    expect(isAllowed({ role: 'stakeholder', action: 'item.update', isCreator: true })).toBe(false);
    expect(isAllowed({ role: 'stakeholder', action: 'item.create', itemType: 'story' })).toBe(false);
    expect(isAllowed({ role: 'stakeholder', action: 'item.move' })).toBe(false);
  });

  it('refuses everything to no role', () => {
    for (const action of actions) expect(isAllowed({ role: null, action })).toBe(false);
  });
});
