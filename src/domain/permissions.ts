/**
 * Who may do what: the one table every operation is checked against (PRODUCT.md, "People and
 * what they may do"). `authorize` in app/ resolves the actor's role and asks `isAllowed`.
 */

export const productRoles = ['owner', 'editor', 'member', 'stakeholder', 'viewer'] as const;
export type ProductRole = (typeof productRoles)[number];

/**
 * A workspace admin manages products and people, and acts as an owner in every product. Outside
 * any product (workspace actions), everyone else in the workspace counts as a viewer.
 */
export type Role = ProductRole | 'admin';

export const actions = [
  'product.read',
  'product.create',
  'product.update',
  'product.archive',
  'members.read',
  'members.manage',
  'people.manage',
  'people.read',
  'audit.read',
  'profile.manage',
  'tokens.manage',
  'notifications.read',
  'item.read',
  'item.create',
  'item.update',
  'item.move',
  'item.archive',
  'item.comment',
  'item.watch',
  'request.submit',
  'request.triage',
  'item.split',
  'refinement.run',
  'refinement.take_part',
  'sprint.plan',
  'sprint.board',
  'release.plan',
  'workspace.backup',
  'workspace.settings',
  'webhooks.manage',
  'product.export',
  'product.import',
] as const;
export type Action = (typeof actions)[number];

const everyone: readonly Role[] = ['admin', 'owner', 'editor', 'member', 'stakeholder', 'viewer'];

const allowed: Record<Action, readonly Role[]> = {
  'product.read': everyone,
  'product.create': ['admin'],
  'product.update': ['admin', 'owner'],
  // Archive or restore a product with everything in it.
  'product.archive': ['admin'],
  'members.read': everyone,
  'members.manage': ['admin', 'owner'],
  'people.manage': ['admin'],
  'people.read': everyone,
  // The workspace's audit log: who changed people, products, roles and tokens.
  'audit.read': ['admin'],
  // One's own name, email, password, mail preferences and sessions.
  'profile.manage': everyone,
  'tokens.manage': everyone,
  'notifications.read': everyone,
  'item.read': everyone,
  // Members may propose technical items (tasks and spikes): see `memberMayCreate`.
  'item.create': ['admin', 'owner', 'editor', 'member'],
  // Members may edit the items they created: see `isAllowed`'s `isCreator`.
  'item.update': ['admin', 'owner', 'editor', 'member'],
  'item.move': ['admin', 'owner', 'editor'],
  'item.archive': ['admin', 'owner'],
  'item.comment': ['admin', 'owner', 'editor', 'member', 'stakeholder'],
  'item.watch': ['admin', 'owner', 'editor', 'member', 'stakeholder'],
  'request.submit': ['admin', 'owner', 'editor', 'member', 'stakeholder'],
  // Reading the triage inbox is part of triage: requests carry requesters' contact details.
  'request.triage': ['admin', 'owner', 'editor'],
  'item.split': ['admin', 'owner', 'editor'],
  // Schedule, lead and close sessions; reveal poker votes and record the agreed estimate.
  'refinement.run': ['admin', 'owner', 'editor'],
  // Join a session and vote in planning poker.
  'refinement.take_part': ['admin', 'owner', 'editor', 'member'],
  // Create, commit to, start and close sprints.
  'sprint.plan': ['admin', 'owner', 'editor'],
  // Move cards on the sprint board (which changes their status).
  'sprint.board': ['admin', 'owner', 'editor', 'member'],
  // Create, rename, date and ship releases; plan items into them.
  'release.plan': ['admin', 'owner', 'editor'],
  // A copy of the whole database: every product and person in it.
  'workspace.backup': ['admin'],
  // The workspace's name, and whether its admins must use two-factor sign-in.
  'workspace.settings': ['admin'],
  // A product's webhooks (its owners); with no product, the whole workspace's (admins).
  'webhooks.manage': ['admin', 'owner'],
  // A whole product as one document: it holds requesters' contact details and the team's emails.
  'product.export': ['admin', 'owner'],
  // A product brought in from a document (another Ordo's export): a new product, so admins.
  'product.import': ['admin'],
};

/** What changes nothing: the only actions allowed in an archived product. */
export const readActions: readonly Action[] = [
  'product.read',
  'members.read',
  'people.read',
  'item.read',
  'notifications.read',
  'product.export',
];

/** The item types a member may create: technical work the team proposes. */
export const memberMayCreate: readonly string[] = ['task', 'spike'];

export interface PermissionQuestion {
  role: Role | null;
  action: Action;
  /** For item.update: whether the actor created the item. */
  isCreator?: boolean;
  /** For item.create: the type of the item to create. */
  itemType?: string;
}

export function isAllowed({ role, action, isCreator, itemType }: PermissionQuestion): boolean {
  if (!role || !allowed[action].includes(role)) return false;
  if (role !== 'member') return true;
  if (action === 'item.update') return isCreator === true;
  if (action === 'item.create') return itemType !== undefined && memberMayCreate.includes(itemType);
  return true;
}

export function rolesAllowed(action: Action): readonly Role[] {
  return allowed[action];
}
