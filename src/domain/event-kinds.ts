/**
 * Every kind of event Ordo records, what it is about and one sentence saying what happened: plain
 * data with no schema library, so the web app can list the kinds (a webhook's choice of kinds).
 * The shape of each kind's data is in `event-catalogue.ts`, which must name exactly these kinds.
 *
 * `about` says what an event belongs to: an item (it is in the item's history), a product, or
 * the workspace itself (people, tokens, the workspace's settings; no product).
 */
export type EventAbout = 'item' | 'product' | 'workspace';

export const eventKindSummaries = {
  // An item's own history.
  'item.created': { about: 'item', summary: 'An item was created' },
  'item.updated': {
    about: 'item',
    summary: 'A person changed an item’s fields (each changed field as it was and as it became)',
  },
  'item.moved': { about: 'item', summary: 'An item moved in the order' },
  'item.archived': { about: 'item', summary: 'An item left the backlog, with why' },
  'item.restored': { about: 'item', summary: 'An archived item came back to the backlog' },
  'item.split': { about: 'item', summary: 'An item was split into smaller ones' },
  'item.watched': { about: 'item', summary: 'A person started watching an item' },
  'item.unwatched': { about: 'item', summary: 'A person stopped watching an item' },
  'item.release_changed': {
    about: 'item',
    summary: 'An item was planned into a release, moved between releases or taken out',
  },
  'comment.added': { about: 'item', summary: 'A comment was added to an item' },
  'refinement.noted': {
    about: 'item',
    summary: 'Notes or an outcome were recorded for an item in a refinement session',
  },
  'poker.started': { about: 'item', summary: 'A planning poker round opened on an item' },
  'poker.agreed': { about: 'item', summary: 'A planning poker round agreed an estimate' },
  'request.accepted': { about: 'item', summary: 'A request was accepted into the backlog as an item' },
  'request.merged': { about: 'item', summary: 'A request was merged into an existing item' },
  'sprint.committed': { about: 'item', summary: 'An item was committed to a sprint' },
  'sprint.removed': { about: 'item', summary: 'An item was taken out of a sprint' },
  'sprint.card_moved': { about: 'item', summary: 'An item’s card moved on the sprint board' },

  // A product's changes that are not one item's.
  'product.created': { about: 'product', summary: 'A product was created' },
  'product.updated': { about: 'product', summary: 'A product’s settings changed' },
  'product.archived': { about: 'product', summary: 'A product was archived' },
  'product.restored': { about: 'product', summary: 'An archived product was restored' },
  'product.ranks_respaced': {
    about: 'product',
    summary: 'The order’s keys were respaced (the order itself is unchanged)',
  },
  'member.role_set': { about: 'product', summary: 'A person was given a role in a product' },
  'member.removed': { about: 'product', summary: 'A person was taken out of a product' },
  'request.submitted': { about: 'product', summary: 'A request arrived in the triage inbox' },
  'request.asked': { about: 'product', summary: 'The requester was asked for more' },
  'request.answered': { about: 'product', summary: 'The requester answered' },
  'request.declined': { about: 'product', summary: 'A request was declined, with why' },
  'sprint.created': { about: 'product', summary: 'A sprint was planned' },
  'sprint.started': { about: 'product', summary: 'A sprint started' },
  'sprint.closed': { about: 'product', summary: 'A sprint closed, with what it delivered' },
  'release.created': { about: 'product', summary: 'A release was created' },
  'release.updated': {
    about: 'product',
    summary: 'A release was renamed, its target date changed or it shipped',
  },
  'refinement.scheduled': { about: 'product', summary: 'A refinement session was scheduled' },
  'refinement.agenda_changed': { about: 'product', summary: 'A refinement session’s agenda changed' },
  'refinement.started': { about: 'product', summary: 'A refinement session started' },
  'refinement.joined': { about: 'product', summary: 'A person joined a refinement session' },
  'refinement.ended': { about: 'product', summary: 'A refinement session ended, with what it achieved' },
  'poker.voted': { about: 'product', summary: 'A person voted in a planning poker round (who, never what)' },
  'poker.revealed': { about: 'product', summary: 'A planning poker round’s votes were revealed' },
  'poker.revote': { about: 'product', summary: 'A planning poker round’s votes were cleared for another' },
  'stale.applied': { about: 'product', summary: 'The stale rule archived the items untouched too long' },
  'stale.undone': { about: 'product', summary: 'A run of the stale rule was undone' },
  'product.imported': { about: 'product', summary: 'A backlog was imported into the product' },

  // The workspace's own changes.
  'person.created': { about: 'workspace', summary: 'An admin added a person with a password' },
  'person.invited': { about: 'workspace', summary: 'An admin invited a person' },
  'person.invitation_resent': { about: 'workspace', summary: 'An invitation was sent again' },
  'person.joined': { about: 'workspace', summary: 'An invited person joined' },
  'person.created_by_provider': {
    about: 'workspace',
    summary: 'A person joined through the company sign-in',
  },
  'person.linked_to_provider': {
    about: 'workspace',
    summary: 'A person’s account was linked to the company sign-in',
  },
  'person.updated': { about: 'workspace', summary: 'A person’s name, email or admin right changed' },
  'person.deactivated': {
    about: 'workspace',
    summary: 'A person was deactivated (their sessions and tokens ended)',
  },
  'person.reactivated': { about: 'workspace', summary: 'A person was reactivated' },
  'person.password_reset_sent': { about: 'workspace', summary: 'A password reset was sent' },
  'person.two_factor_reset': { about: 'workspace', summary: 'A person’s two-factor sign-in was reset' },
  'password.changed': { about: 'workspace', summary: 'A person changed their password' },
  'password.reset': { about: 'workspace', summary: 'A person set a new password by a reset link' },
  'two_factor.enabled': { about: 'workspace', summary: 'A person turned on two-factor sign-in' },
  'two_factor.disabled': { about: 'workspace', summary: 'A person turned off two-factor sign-in' },
  'workspace.updated': { about: 'workspace', summary: 'The workspace’s settings changed' },
  'token.created': { about: 'workspace', summary: 'An API token was created' },
  'token.revoked': { about: 'workspace', summary: 'An API token was revoked' },
  'webhook.created': { about: 'workspace', summary: 'A webhook was added' },
  'webhook.updated': { about: 'workspace', summary: 'A webhook was changed' },
  'webhook.removed': { about: 'workspace', summary: 'A webhook was removed' },
  'webhook.secret_rotated': { about: 'workspace', summary: 'A webhook’s signing secret was rotated' },
  'webhook.disabled': {
    about: 'workspace',
    summary: 'A webhook was turned off: its receiver answered 410 Gone or failed every retry',
  },
} as const satisfies Record<string, { about: EventAbout; summary: string }>;

export type EventKind = keyof typeof eventKindSummaries;
export const eventKinds = Object.keys(eventKindSummaries) as EventKind[];

export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(eventKindSummaries, kind);
}
