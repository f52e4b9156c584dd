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
