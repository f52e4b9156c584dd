import { type Action, isAllowed, type ProductRole } from '../../domain/permissions.ts';

/** What each action lets a person do in a product, in the words the choice of role shows. */
const productActionWords: Partial<Record<Action, string>> = {
  'item.read': 'read the backlog',
  'item.comment': 'comment',
  'item.watch': 'follow items',
  'request.submit': 'send requests',
  'sprint.board': 'move cards on the board',
  'refinement.take_part': 'vote in planning poker',
  'item.create': 'add items',
  'item.update': 'edit items',
  'item.move': 'order the backlog',
  'item.split': 'split items',
  'request.triage': 'triage requests',
  'refinement.run': 'run refinement',
  'sprint.plan': 'plan sprints',
  'release.plan': 'plan releases',
  'item.archive': 'archive items',
  'product.update': 'change settings',
  'members.manage': 'manage members',
};

const actionsInOrder = Object.keys(productActionWords) as Action[];

/**
 * What a role may do, read from the one permission table (so the words cannot drift from what
 * the server allows). A member's limits are said in full: their own items, technical ones.
 */
export function roleAbilities(role: ProductRole): string[] {
  return actionsInOrder
    .filter((action) => isAllowed({ role, action, isCreator: true, itemType: 'task' }))
    .map((action) => {
      const words = productActionWords[action] ?? action;
      if (role !== 'member') return words;
      if (action === 'item.create') return 'add tasks and spikes';
      if (action === 'item.update') return 'edit the items they added';
      return words;
    });
}
