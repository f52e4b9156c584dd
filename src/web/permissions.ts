import type { ItemType } from '../domain/item.ts';
import { itemTypes } from '../domain/item.ts';
import { isAllowed, type Role } from '../domain/permissions.ts';

/**
 * What the signed-in person may do, asked of the same permission table the server enforces, so
 * the UI offers exactly the controls that will work.
 */
export const mayMove = (role: Role | undefined) => isAllowed({ role: role ?? null, action: 'item.move' });

export const creatableTypes = (role: Role | undefined): ItemType[] =>
  itemTypes.filter((itemType) => isAllowed({ role: role ?? null, action: 'item.create', itemType }));

export const mayEdit = (role: Role | undefined, isCreator: boolean) =>
  isAllowed({ role: role ?? null, action: 'item.update', isCreator });

export const mayComment = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'item.comment' });

export const mayWatch = (role: Role | undefined) => isAllowed({ role: role ?? null, action: 'item.watch' });

/** Schedule, lead and end refinement sessions; open, reveal and settle poker rounds. */
export const mayRunRefinement = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'refinement.run' });

/** Join a session and vote in planning poker. */
export const mayTakePart = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'refinement.take_part' });

export const maySplit = (role: Role | undefined) => isAllowed({ role: role ?? null, action: 'item.split' });

export const mayArchive = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'item.archive' });

/** The product's settings: Definition of Ready, refinement cadence, velocity, the public form. */
export const mayChangeSettings = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'product.update' });

/** Ask for something: a request to the product's triage inbox. */
export const mayRequest = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'request.submit' });

/** Read the triage inbox and decide on its requests. */
export const mayTriage = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'request.triage' });

/** Create sprints, commit items to them and take them back, start and close them. */
export const mayPlanSprints = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'sprint.plan' });

/** Create, date and ship releases; plan items into them. */
export const mayPlanReleases = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'release.plan' });

/** Move cards on the sprint board (which changes their status). */
export const mayMoveCards = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'sprint.board' });

/** Add people to a product, change their roles, take them out. */
export const mayManageMembers = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'members.manage' });

/** A product's webhooks: its owners and admins. */
export const mayManageWebhooks = (role: Role | undefined) =>
  isAllowed({ role: role ?? null, action: 'webhooks.manage' });
