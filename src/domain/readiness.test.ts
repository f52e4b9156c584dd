import { describe, expect, it } from 'vitest';
import {
  type DefinitionOfReady,
  defaultDefinitionOfReady,
  type ReadinessInput,
  readinessOf,
} from './readiness.ts';

const ready: ReadinessInput = {
  type: 'story',
  problem: 'Owners chase late payers by hand',
  serves: 'Small business owners',
  outcome: 'Invoices are paid sooner',
  acceptanceCriteria: [{ text: 'A reminder is sent 3 days before the due date', done: false }],
  estimate: 5,
  timeboxDays: null,
  deadline: null,
  readyChecks: [],
};

const checks = (item: ReadinessInput, dor: DefinitionOfReady = defaultDefinitionOfReady) =>
  readinessOf(item, dor).lacks.map((l) => l.check);

describe('readinessOf', () => {
  it('passes an item with every field the default Definition of Ready asks', () => {
    expect(readinessOf(ready, defaultDefinitionOfReady)).toEqual({ isReady: true, lacks: [] });
  });

  it('names each missing field', () => {
    const empty = { ...ready, problem: ' ', serves: '', outcome: '', acceptanceCriteria: [], estimate: null };
    expect(checks(empty)).toEqual(['problem', 'serves', 'outcome', 'criteria', 'estimate']);
  });

  it('counts only criteria with text, against the product’s minimum', () => {
    const dor = { ...defaultDefinitionOfReady, minCriteria: 3 };
    const two = {
      ...ready,
      acceptanceCriteria: [
        ...ready.acceptanceCriteria,
        { text: 'Shown on the timeline', done: false },
        { text: ' ', done: false },
      ],
    };
    expect(readinessOf(two, dor).lacks).toEqual([
      { check: 'criteria', label: '3 acceptance criteria (has 2)' },
    ]);
    expect(checks(ready, { ...defaultDefinitionOfReady, minCriteria: 0 })).toEqual([]);
  });

  it('asks a spike for a timebox instead of an estimate', () => {
    const spike = { ...ready, type: 'spike' as const, estimate: null };
    expect(checks(spike)).toEqual(['timebox']);
    expect(checks({ ...spike, timeboxDays: 3 })).toEqual([]);
    expect(checks(spike, { ...defaultDefinitionOfReady, timeboxForSpikes: false })).toEqual([]);
  });

  it('asks a compliance item for a deadline when the product says so', () => {
    const legal = { ...ready, type: 'compliance' as const };
    expect(checks(legal)).toEqual([]);
    expect(checks(legal, { ...defaultDefinitionOfReady, deadlineForCompliance: true })).toEqual(['deadline']);
    expect(
      checks(
        { ...legal, deadline: '2027-06-30' },
        { ...defaultDefinitionOfReady, deadlineForCompliance: true },
      ),
    ).toEqual([]);
  });

  it('asks for the product’s custom checks until they are ticked', () => {
    const dor = { ...defaultDefinitionOfReady, custom: [{ id: 'design', label: 'designs reviewed' }] };
    expect(readinessOf(ready, dor).lacks).toEqual([{ check: 'custom:design', label: 'designs reviewed' }]);
    expect(checks({ ...ready, readyChecks: ['design'] }, dor)).toEqual([]);
  });

  it('asks nothing when the product asks nothing', () => {
    const none: DefinitionOfReady = {
      problem: false,
      serves: false,
      outcome: false,
      minCriteria: 0,
      estimate: false,
      timeboxForSpikes: false,
      deadlineForCompliance: false,
      custom: [],
    };
    expect(
      readinessOf(
        { ...ready, problem: '', serves: '', outcome: '', acceptanceCriteria: [], estimate: null },
        none,
      ).isReady,
    ).toBe(true);
  });
});
