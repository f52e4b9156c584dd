import { describe, expect, it } from 'vitest';
import { releaseNotesScope } from './release-notes-scope.ts';

const sprints = [
  { id: 's3', state: 'active' as const },
  { id: 's2', state: 'closed' as const },
  { id: 's1', state: 'closed' as const },
];
const search = (query: string) => new URLSearchParams(query);

describe('releaseNotesScope', () => {
  it('takes the sprint, the release or the two days the address names', () => {
    expect(releaseNotesScope(search('sprint=s1'), sprints)).toEqual({ sprint: 's1' });
    expect(releaseNotesScope(search('release=r1'), sprints)).toEqual({ release: 'r1' });
    expect(releaseNotesScope(search('from=2027-03-01&to=2027-03-31'), sprints)).toEqual({
      from: '2027-03-01',
      to: '2027-03-31',
    });
  });

  it('puts two days the wrong way round in order', () => {
    expect(releaseNotesScope(search('from=2027-03-31&to=2027-03-01'), sprints)).toEqual({
      from: '2027-03-01',
      to: '2027-03-31',
    });
  });

  it('falls back on the newest closed sprint, then the active one, then nothing', () => {
    expect(releaseNotesScope(search('from=2027-03-01'), sprints)).toEqual({ sprint: 's2' });
    expect(releaseNotesScope(search(''), [{ id: 's3', state: 'active' }])).toEqual({ sprint: 's3' });
    expect(releaseNotesScope(search(''), [])).toBeNull();
  });
});
