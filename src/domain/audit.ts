/**
 * The changes an admin answers for: people, products, roles, passwords and tokens. The audit log
 * lists these events of the workspace (an item's own history stays with the item).
 */
export const auditKinds = {
  'person.created': 'added a person with a password',
  'person.invited': 'invited a person',
  'person.invitation_resent': 'sent an invitation again',
  'person.joined': 'joined by their invitation',
  'person.created_by_provider': 'joined through the company sign-in (a new account)',
  'person.linked_to_provider': 'linked their account to the company sign-in',
  'person.updated': 'changed a person',
  'person.deactivated': 'deactivated a person',
  'person.reactivated': 'reactivated a person',
  'person.password_reset_sent': 'sent a password reset',
  'person.two_factor_reset': 'reset a person’s two-factor sign-in',
  'password.changed': 'changed their password',
  'two_factor.enabled': 'turned on two-factor sign-in',
  'two_factor.disabled': 'turned off two-factor sign-in',
  'workspace.updated': 'changed the workspace’s settings',
  'password.reset': 'set a new password by a reset link',
  'token.created': 'created an API token',
  'token.revoked': 'revoked an API token',
  'product.created': 'created a product',
  'product.updated': 'changed a product’s settings',
  'product.archived': 'archived a product',
  'product.restored': 'restored a product',
  'product.imported': 'imported a product from another Ordo',
  'member.role_set': 'gave a role in a product',
  'member.removed': 'took a person out of a product',
  'webhook.created': 'added a webhook',
  'webhook.updated': 'changed a webhook',
  'webhook.removed': 'removed a webhook',
  'webhook.secret_rotated': 'rotated a webhook’s secret',
  'webhook.disabled': 'turned a webhook off (its receiver kept failing)',
} as const;

export type AuditKind = keyof typeof auditKinds;
export const auditKindNames = Object.keys(auditKinds) as AuditKind[];
