import { describe, expect, it } from 'vitest';
import { isTestable, type LintInput, lintItem } from './quality-lint.ts';

const good: LintInput = {
  type: 'story',
  title: 'Send payment reminders before the due date',
  problem: 'As a business owner I chase late payers by hand.',
  serves: 'Small business owners',
  outcome: 'Invoices are paid sooner',
  acceptanceCriteria: [{ text: 'A reminder email is sent 3 days before the due date', done: false }],
  estimate: 5,
};
const options = { splitThreshold: 13 };
const rules = (item: LintInput) => lintItem(item, options).map((f) => f.rule);

describe('lintItem', () => {
  it('finds nothing in a clear, small, testable story', () => {
    expect(lintItem(good, options)).toEqual([]);
  });

  it('flags a very short or vague title', () => {
    expect(rules({ ...good, title: 'Fix stuff' })).toEqual(['vague-title']);
    expect(rules({ ...good, title: 'Improvements' })).toEqual(['vague-title']);
    expect(rules({ ...good, title: 'Various fixes and updates' })).toEqual(['vague-title']);
    expect(rules({ ...good, title: 'Fix the rounding of VAT on discounted invoice lines' })).toEqual([]);
  });

  it('flags criteria with no observable outcome, and says which', () => {
    const item = {
      ...good,
      acceptanceCriteria: [
        { text: 'The page is fast', done: false },
        { text: 'Search returns results within 300 ms for 10,000 invoices', done: false },
        { text: 'Works properly', done: false },
        { text: 'The export is user-friendly', done: false },
      ],
    };
    expect(lintItem(item, options).map((f) => f.criterion)).toEqual([0, 2, 3]);
  });

  it('suggests splitting an estimate larger than the threshold', () => {
    expect(rules({ ...good, estimate: 21 })).toEqual(['too-large']);
    expect(rules({ ...good, estimate: 13 })).toEqual([]);
    expect(lintItem({ ...good, estimate: 8 }, { splitThreshold: 5 })[0]?.message).toContain('split');
  });

  it('asks a story to name its user', () => {
    expect(rules({ ...good, serves: '', problem: 'Reminders would help.' })).toEqual(['story-without-user']);
    expect(rules({ ...good, serves: '', problem: 'As an accountant I need…' })).toEqual([]);
    expect(rules({ ...good, type: 'task', serves: '', problem: '' })).toEqual([]);
  });

  it('asks a bug for steps and for the expected behaviour', () => {
    const bug = { ...good, type: 'bug' as const, problem: 'The VAT total is wrong.' };
    expect(rules(bug)).toEqual(['bug-without-steps', 'bug-without-expected']);
    const complete = {
      ...bug,
      problem: 'Steps: 1. add a discount 2. download the PDF. Expected: the VAT matches the screen.',
    };
    expect(rules(complete)).toEqual([]);
    expect(
      rules({ ...bug, problem: '1. Open an invoice\n2. Add a discount\nThe total should match the screen.' }),
    ).toEqual([]);
  });
});

describe('isTestable', () => {
  it('accepts observable outcomes and refuses vague wishes', () => {
    expect(isTestable('An owner can exclude a client from reminders')).toBe(true);
    expect(isTestable('A paid invoice never gets a reminder email')).toBe(true);
    expect(isTestable('Loads in under 2 seconds')).toBe(true);
    expect(isTestable('Invoice totals equal the sum of their lines')).toBe(true);
    expect(isTestable('Two providers compared on fees, UK bank coverage and refund support')).toBe(true);
    expect(isTestable('The export matches what the accountant imports')).toBe(true);
    expect(isTestable('Fast')).toBe(false);
    expect(isTestable('It should be intuitive')).toBe(false);
    expect(isTestable('Looks nice on mobile')).toBe(false);
  });
});
