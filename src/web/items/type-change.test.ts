import { describe, expect, it } from 'vitest';
import { dropNote, fieldsTheTypeDrops } from './type-change.ts';

describe("changing an item's type", () => {
  it('clears a timebox when it stops being a spike, and a deadline when it stops being compliance', () => {
    const spike = { timeboxDays: 3, deadline: null };
    expect(fieldsTheTypeDrops(spike, 'spike')).toEqual({});
    expect(fieldsTheTypeDrops(spike, 'compliance')).toEqual({ timeboxDays: null });
    expect(dropNote(spike, 'story')).toContain('its timebox (3 days)');
    const compliance = { timeboxDays: null, deadline: '2027-01-31' };
    expect(fieldsTheTypeDrops(compliance, 'compliance')).toEqual({});
    expect(fieldsTheTypeDrops(compliance, 'bug')).toEqual({ deadline: null });
    expect(dropNote(compliance, 'bug')).toContain('its deadline (2027-01-31)');
    expect(fieldsTheTypeDrops({ timeboxDays: null, deadline: null }, 'story')).toEqual({});
  });
});
