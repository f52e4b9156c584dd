import { describe, expect, it } from 'vitest';
import { describeHistoryEntry } from './describe-history.ts';

const entry = (kind: string, data: Record<string, unknown> = {}, actor: string | null = 'Olivia Okafor') => ({
  kind,
  data,
  actor,
});

describe('describeHistoryEntry', () => {
  it('says where a move put the item, with its reason', () => {
    expect(
      describeHistoryEntry(
        entry('item.moved', {
          from: { after: 'PAY-7', before: null },
          to: { after: 'PAY-2', before: 'PAY-3' },
          reason: 'Acme renewal',
        }),
      ),
    ).toBe('Olivia Okafor moved it above PAY-3 (from the bottom) — reason: Acme renewal');
    expect(describeHistoryEntry(entry('item.moved', { to: { after: null, before: 'PAY-1' } }))).toBe(
      'Olivia Okafor moved it to the top',
    );
    expect(describeHistoryEntry(entry('item.moved', { to: { after: 'PAY-9', before: null } }))).toBe(
      'Olivia Okafor moved it to the bottom, below PAY-9',
    );
  });

  it('names the fields an edit changed, in words', () => {
    const data = { before: { title: 'a', estimate: null }, after: { title: 'b', estimate: 3 } };
    expect(describeHistoryEntry(entry('item.updated', data, 'Ethan Brandt'))).toBe(
      'Ethan Brandt changed title from “a” to “b”; estimate from none to 3',
    );
    const criteria = {
      before: {
        acceptanceCriteria: [
          { text: 'One', done: false },
          { text: 'Two', done: false },
        ],
      },
      after: {
        acceptanceCriteria: [
          { text: 'One', done: true },
          { text: 'Two!', done: false },
          { text: 'Three', done: false },
        ],
      },
    };
    expect(describeHistoryEntry(entry('item.updated', criteria))).toBe(
      'Olivia Okafor changed acceptance criteria (1 added, 1 ticked, 1 reworded)',
    );
    const long = { before: { problem: 'x'.repeat(80) }, after: { problem: 'y'.repeat(80) } };
    expect(describeHistoryEntry(entry('item.updated', long))).toBe('Olivia Okafor changed problem statement');
    expect(
      describeHistoryEntry(
        entry('item.updated', { before: { type: 'story', tags: [] }, after: { type: 'bug', tags: ['ux'] } }),
      ),
    ).toBe('Olivia Okafor changed type from User story to Bug; tags from none to ux');
    expect(
      describeHistoryEntry(entry('item.updated', { after: { acceptanceCriteria: [], problem: 'x' } })),
    ).toBe('Olivia Okafor changed acceptance criteria; problem statement');
    expect(describeHistoryEntry(entry('item.updated', { before: {}, after: {}, links: [] }))).toBe(
      'Olivia Okafor changed links',
    );
  });

  it('gives a status change its new status', () => {
    expect(describeHistoryEntry(entry('item.updated', { after: { status: 'in_progress' } }))).toBe(
      'Olivia Okafor set status to In progress',
    );
  });

  it('describes creation, archiving, comments and watching', () => {
    expect(describeHistoryEntry(entry('item.created', { after: { type: 'bug', title: 'x' } }))).toBe(
      'Olivia Okafor created it as a bug',
    );
    expect(describeHistoryEntry(entry('item.archived', { reason: 'wont_do' }))).toBe(
      'Olivia Okafor archived it as won’t do',
    );
    expect(describeHistoryEntry(entry('item.restored'))).toBe('Olivia Okafor restored it to the backlog');
    expect(describeHistoryEntry(entry('comment.added', {}, 'Sam Duarte'))).toBe('Sam Duarte commented');
    expect(describeHistoryEntry(entry('item.watched', {}, 'Sam Duarte'))).toBe('Sam Duarte started watching');
    expect(describeHistoryEntry(entry('item.unwatched', {}, 'Sam Duarte'))).toBe(
      'Sam Duarte stopped watching',
    );
  });

  it('describes splitting and refinement', () => {
    expect(describeHistoryEntry(entry('item.split', { into: ['PAY-3', 'PAY-46'] }))).toBe(
      'Olivia Okafor split it into PAY-3, PAY-46',
    );
    expect(describeHistoryEntry(entry('refinement.noted', { outcome: 'reranked' }))).toBe(
      'Olivia Okafor refined it (outcome: re-ranked)',
    );
    expect(describeHistoryEntry(entry('refinement.noted', { notes: 'Ask legal' }))).toBe(
      'Olivia Okafor added refinement notes',
    );
    expect(describeHistoryEntry(entry('poker.agreed', { estimate: 5 }))).toBe(
      'Olivia Okafor agreed an estimate of 5 in planning poker',
    );
  });

  it('names automated changes and unknown kinds without failing', () => {
    expect(describeHistoryEntry(entry('item.respaced', {}, null))).toBe('Ordo changed it (item respaced)');
    expect(describeHistoryEntry(entry('item.moved', { to: 'nonsense' }))).toBe(
      'Olivia Okafor moved it to the top',
    );
  });

  it('tells triage, sprint and release changes in words, and never shows an event code', () => {
    expect(describeHistoryEntry(entry('request.merged', { request: 'PAY-R4', requester: 'Ana Lima' }))).toBe(
      'Olivia Okafor merged PAY-R4 from Ana Lima into it',
    );
    expect(describeHistoryEntry(entry('request.accepted', { request: 'PAY-R2' }))).toBe(
      'Olivia Okafor accepted PAY-R2 into the backlog as this item',
    );
    expect(describeHistoryEntry(entry('sprint.committed', { sprint: 'Sprint 4' }))).toBe(
      'Olivia Okafor committed it to Sprint 4',
    );
    expect(describeHistoryEntry(entry('sprint.card_moved', { status: 'in_progress' }))).toBe(
      'Olivia Okafor moved its card to In progress on the sprint board',
    );
    expect(describeHistoryEntry(entry('item.release_changed', { before: null, after: '2.0' }))).toBe(
      'Olivia Okafor planned it into release 2.0',
    );
    expect(describeHistoryEntry(entry('item.release_changed', { before: '2.0', after: '2.1' }))).toBe(
      'Olivia Okafor moved it from release 2.0 to 2.1',
    );
    expect(describeHistoryEntry(entry('item.release_changed', { before: '2.0', after: null }))).toBe(
      'Olivia Okafor took it out of release 2.0',
    );
    expect(describeHistoryEntry(entry('something.new_here'))).toBe(
      'Olivia Okafor changed it (something new here)',
    );
  });
});
