/** How the item's fields are named to a person, in the page and in its history. */
export const fieldLabels: Record<string, string> = {
  type: 'type',
  title: 'title',
  problem: 'problem statement',
  serves: 'who it serves',
  outcome: 'expected outcome',
  acceptanceCriteria: 'acceptance criteria',
  estimate: 'estimate',
  timeboxDays: 'timebox',
  deadline: 'deadline',
  tags: 'tags',
  status: 'status',
  holdReason: 'hold reason',
  source: 'source',
  links: 'links',
};
