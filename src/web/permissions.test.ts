import { describe, expect, it } from 'vitest';
import {
  creatableTypes,
  mayArchive,
  mayChangeSettings,
  mayComment,
  mayEdit,
  mayManageWebhooks,
  mayMove,
  mayMoveCards,
  mayPlanSprints,
  mayRequest,
  mayRunRefinement,
  maySplit,
  mayTakePart,
  mayTriage,
  mayWatch,
} from './permissions.ts';

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

  it('lets editors run refinement and members take part, and only owners change settings', () => {
    expect(mayRunRefinement('editor') && maySplit('editor')).toBe(true);
    expect(mayRunRefinement('member') || maySplit('member')).toBe(false);
    expect(mayTakePart('member')).toBe(true);
    expect(mayTakePart('stakeholder')).toBe(false);
    expect(mayArchive('owner') && mayChangeSettings('owner') && mayChangeSettings('admin')).toBe(true);
    expect(mayArchive('editor') || mayChangeSettings('editor')).toBe(false);
  });

  it('lets everyone but viewers ask for something, and only admins, owners and editors triage', () => {
    expect(
      ['admin', 'owner', 'editor', 'member', 'stakeholder'].every((role) => mayRequest(role as 'owner')),
    ).toBe(true);
    expect(mayRequest('viewer') || mayRequest(undefined)).toBe(false);
    expect(['admin', 'owner', 'editor'].every((role) => mayTriage(role as 'owner'))).toBe(true);
    expect(['member', 'stakeholder', 'viewer'].some((role) => mayTriage(role as 'member'))).toBe(false);
  });

  it('lets admins, owners and editors plan sprints, and members too move cards on the board', () => {
    expect(['admin', 'owner', 'editor'].every((role) => mayPlanSprints(role as 'owner'))).toBe(true);
    expect(['member', 'stakeholder', 'viewer'].some((role) => mayPlanSprints(role as 'member'))).toBe(false);
    expect(['admin', 'owner', 'editor', 'member'].every((role) => mayMoveCards(role as 'owner'))).toBe(true);
    expect(mayMoveCards('stakeholder') || mayMoveCards('viewer') || mayMoveCards(undefined)).toBe(false);
  });

  it('offers a product’s webhooks to its owners and admins only', () => {
    expect(['admin', 'owner'].every((role) => mayManageWebhooks(role as 'owner'))).toBe(true);
    expect(
      ['editor', 'member', 'stakeholder', 'viewer'].some((role) => mayManageWebhooks(role as 'editor')),
    ).toBe(false);
    expect(mayManageWebhooks(undefined)).toBe(false);
  });
});
