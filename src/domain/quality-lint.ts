import type { AcceptanceCriterion, ItemType } from './item.ts';

/**
 * A lint of item quality beyond the Definition of Ready: each finding says what is wrong and
 * what to do, so a refinement session knows where to start.
 */

export interface LintInput {
  type: ItemType;
  title: string;
  problem: string;
  serves: string;
  outcome: string;
  acceptanceCriteria: AcceptanceCriterion[];
  estimate: number | null;
}

export const lintRules = [
  'vague-title',
  'untestable-criterion',
  'too-large',
  'story-without-user',
  'bug-without-steps',
  'bug-without-expected',
] as const;
export type LintRule = (typeof lintRules)[number];

export interface LintFinding {
  rule: LintRule;
  message: string;
  /** The acceptance criterion a finding is about, by its position. */
  criterion?: number;
}

export interface LintOptions {
  /** Estimates above this are too large for one sprint: suggest a split. */
  splitThreshold: number;
}

const vagueWords =
  /\b(stuff|things?|misc|various|etc|tbd|improve(ments?)?|fix(es)?|updates?|changes?|issues?|problems?|tweaks?|cleanup)\b/gi;
const vagueWord =
  /^(stuff|things?|misc|various|etc|tbd|improve(ments?)?|fix(es)?|updates?|changes?|issues?|problems?|tweaks?|cleanup)$/i;
const fillerWord = /^(and|the|for|with|some|all|more|of|to|in|on|a|an)$/i;
const unmeasurableWords =
  /\b(fast(er)?|quick(ly|er)?|easy|easier|simple|intuitive|user[- ]friendly|better|nice(r)?|good|properly|correctly|as expected|seamless(ly)?|efficient(ly)?|robust|scalable|modern|clean|appropriate(ly)?|etc)\b/i;
const observable =
  /\d|\b(shows?|displays?|sees?|receives?|returns?|sends?|gets?|lists?|contains?|includes?|appears?|equals?|matches|match|compared|exports?|imports?|keeps?|stays?|is (sent|shown|saved|created|deleted|listed|refused|rejected|disabled|enabled)|can(not)?|must|within|at most|at least|no more than|error|message|redirect|download|email|status)\b/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function titleFinding(title: string): LintFinding | null {
  const all = words(title);
  const vague = title.match(vagueWords) ?? [];
  const meaningful = all
    .map((word) => word.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((word) => word.length > 2 && !vagueWord.test(word) && !fillerWord.test(word));
  if (all.length < 3 || title.trim().length < 12) {
    return { rule: 'vague-title', message: 'The title is very short: say what changes, for whom.' };
  }
  if (vague.length > 0 && meaningful.length < 3) {
    return {
      rule: 'vague-title',
      message: `The title is vague (“${vague.join('”, “')}”): name the thing that changes and how.`,
    };
  }
  return null;
}

/** A criterion can be tested when it names an outcome someone can observe or measure. */
export function isTestable(criterion: string): boolean {
  const text = criterion.trim();
  if (words(text).length < 3) return false;
  if (unmeasurableWords.test(text) && !/\d/.test(text)) return false;
  return observable.test(text);
}

export function lintItem(item: LintInput, options: LintOptions): LintFinding[] {
  const findings: LintFinding[] = [];
  const title = titleFinding(item.title);
  if (title) findings.push(title);
  item.acceptanceCriteria.forEach((criterion, index) => {
    if (criterion.text.trim() && !isTestable(criterion.text)) {
      findings.push({
        rule: 'untestable-criterion',
        criterion: index,
        message: `Criterion ${index + 1} cannot be tested as written: state an outcome someone can observe or measure.`,
      });
    }
  });
  if (item.estimate !== null && item.estimate > options.splitThreshold) {
    findings.push({
      rule: 'too-large',
      message: `An estimate of ${item.estimate} is more than ${options.splitThreshold}, too large for one sprint: split it.`,
    });
  }
  if (
    item.type === 'story' &&
    !item.serves.trim() &&
    !/\bas an? [\p{L}-]+/iu.test(`${item.title} ${item.problem}`)
  ) {
    findings.push({
      rule: 'story-without-user',
      message: 'The story names no user: say who it serves (“As a …”).',
    });
  }
  if (item.type === 'bug') {
    const text = `${item.problem}\n${item.outcome}`;
    if (!/\bsteps?\b|\breproduce\b|^\s*(\d+[.)]|[-*])\s+/im.test(text)) {
      findings.push({ rule: 'bug-without-steps', message: 'The bug gives no steps to reproduce it.' });
    }
    if (!/\bexpected\b|\bshould\b/i.test(text)) {
      findings.push({
        rule: 'bug-without-expected',
        message: 'The bug does not say what should happen instead (expected behaviour).',
      });
    }
  }
  return findings;
}
