import { type Action, isAllowed, type Role, readActions, rolesAllowed } from '../domain/permissions.ts';
import type { Actor, Ctx } from './context.ts';
import { AppError } from './errors.ts';

export interface ProductScope {
  id: string;
  workspaceId: string;
  visibility: 'workspace' | 'members';
  /** An archived product can be read, and restored by an admin; nothing in it changes. */
  isArchived?: boolean;
}

export interface AuthorizeOptions {
  isCreator?: boolean;
  itemType?: string;
}

/**
 * The actor's role in a product: admin, their membership, or viewer by workspace visibility.
 * With no product (a workspace action), a person of the workspace is a viewer.
 */
export async function roleIn(ctx: Ctx, product: ProductScope | null): Promise<Role | null> {
  const actor = ctx.actor;
  if (!actor) return null;
  // Nothing crosses workspaces, an admin's rights included.
  if (product && product.workspaceId !== actor.workspaceId) return null;
  if (actor.isAdmin && !actor.mustSetUpTwoFactor) return 'admin';
  if (!product) return 'viewer';
  const membership = await ctx.trx
    .selectFrom('memberships')
    .select('role')
    .where('product_id', '=', product.id)
    .where('person_id', '=', actor.personId)
    .executeTakeFirst();
  if (membership) return membership.role;
  return product.visibility === 'workspace' ? 'viewer' : null;
}

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated', 'Sign in first');
  return ctx.actor;
}

/** Whether the actor may act, without throwing: for lists that show only what one may see. */
export async function isPermitted(
  ctx: Ctx,
  action: Action,
  product: ProductScope | null,
): Promise<Role | null> {
  const role = await roleIn(ctx, product);
  return role && isAllowed({ role, action }) ? role : null;
}

/**
 * The one permission check. Every operation calls it before it reads or changes anything in a
 * product (or, with product null, in the workspace: creating products, managing people).
 * Someone who may not even read the product is told it does not exist.
 */
export async function authorize(
  ctx: Ctx,
  action: Action,
  product: ProductScope | null,
  options: AuthorizeOptions = {},
): Promise<Role> {
  requireActor(ctx);
  const role = await roleIn(ctx, product);
  if (role && isAllowed({ role, action, ...options })) {
    if (product?.isArchived && !readActions.includes(action) && action !== 'product.archive') {
      throw new AppError('archived', 'This product is archived: an admin can restore it to change anything');
    }
    return role;
  }
  if (product && !(role && isAllowed({ role, action: 'product.read' }))) {
    throw new AppError('not_found', 'Product was not found');
  }
  // In a product, an admin is not the answer to give: they are an owner everywhere anyway.
  const allowed = rolesAllowed(action).filter((candidate) => candidate !== 'admin');
  const who =
    product === null || allowed.length === 0 ? 'a workspace admin' : `the role ${allowed.join(' or ')}`;
  throw new AppError(
    'forbidden',
    `Your role (${role ?? 'none'}) may not ${action.replace('.', ': ')}: that takes ${who}`,
  );
}
