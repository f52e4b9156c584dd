import type { AuditEntry } from '../app/audit/list-audit-log.ts';
import type { Actor } from '../app/context.ts';
import type { Member } from '../app/members/member.ts';
import type { Person } from '../app/people/person.ts';
import type { ProductWithRole } from '../app/products/list-products.ts';
import type { Product } from '../app/products/product-queries.ts';
import type { Profile } from '../app/profile/profile.ts';
import type { ApiToken } from '../app/tokens/api-token.ts';

/** What each resource looks like on the wire: every field is named, no row goes out as it is. */

export function presentProduct(product: Product | ProductWithRole) {
  return {
    key: product.key,
    name: product.name,
    description: product.description,
    visibility: product.visibility,
    publicIntakeOpen: product.publicIntakeOpen,
    definitionOfReady: product.definitionOfReady,
    splitThreshold: product.splitThreshold,
    refuseUnreadyCommitment: product.refuseUnreadyCommitment,
    refinementCadenceDays: product.refinementCadenceDays,
    nextRefinementAt: product.nextRefinementAt,
    velocityPoints: product.velocityPoints,
    timeZone: product.timeZone,
    staleRule: product.staleRule,
    createdAt: product.createdAt,
    archivedAt: product.archivedAt,
    ...('role' in product && { role: product.role }),
  };
}

export function presentMember(member: Member) {
  return {
    personId: member.personId,
    name: member.name,
    email: member.email,
    role: member.role,
    status: member.status,
  };
}

export function presentProfile(profile: Profile) {
  return {
    id: profile.id,
    name: profile.name,
    email: profile.email,
    isAdmin: profile.isAdmin,
    mailDigest: profile.mailDigest,
    mailNotices: profile.mailNotices,
    hasPassword: profile.hasPassword,
    hasTwoFactor: profile.hasTwoFactor,
    recoveryCodesLeft: profile.recoveryCodesLeft,
    sessions: profile.sessions,
  };
}

export function presentAuditEntry(entry: AuditEntry) {
  return {
    id: entry.id,
    at: entry.at,
    kind: entry.kind,
    actor: entry.actor,
    subject: entry.subject,
    product: entry.product,
    data: entry.data,
  };
}

export function presentPerson(person: Person) {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    isAdmin: person.isAdmin,
    status: person.status,
    createdAt: person.createdAt,
    joinedAt: person.joinedAt,
    deactivatedAt: person.deactivatedAt,
    hasTwoFactor: person.hasTwoFactor,
  };
}

export function presentToken(token: ApiToken) {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

/** The signed-in person, as `/me` and `/session` tell it. */
export function presentMe(actor: Actor) {
  return {
    id: actor.personId,
    name: actor.name,
    email: actor.email,
    isAdmin: actor.isAdmin,
    /** An admin who must turn on two-factor sign-in before acting as one. */
    mustSetUpTwoFactor: actor.mustSetUpTwoFactor ?? false,
  };
}
