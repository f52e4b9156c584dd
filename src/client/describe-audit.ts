import { auditKinds } from '../domain/audit.ts';
import type { AuditEntry } from './ordo-client.ts';

type Data = Record<string, unknown>;

const changeWords = (changes: unknown): string => {
  if (!changes || typeof changes !== 'object') return '';
  const parts = Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>).map(
    ([field, change]) =>
      field === 'isAdmin'
        ? change?.to
          ? 'made an admin'
          : 'no longer an admin'
        : `${field} from “${String(change?.from ?? '')}” to “${String(change?.to ?? '')}”`,
  );
  return parts.length ? `: ${parts.join(', ')}` : '';
};

/**
 * An audit entry in words, for the web app and the CLI: "Ada Admin deactivated a person: Dana
 * (dana@example.com)". The subject and product are named when the entry has them.
 */
export function describeAuditEntry(entry: AuditEntry): string {
  const who = entry.actor?.name ?? 'Ordo';
  const data = entry.data as Data;
  const what = auditKinds[entry.kind] ?? entry.kind;
  const subject = entry.subject ? `: ${entry.subject.name} (${entry.subject.email})` : '';
  const product = entry.product ? ` in ${entry.product.key}` : '';
  switch (entry.kind) {
    case 'member.role_set':
      return `${who} made ${entry.subject?.name ?? 'someone'} ${String(data.role)}${product}${data.from ? ` (was ${String(data.from)})` : ''}`;
    case 'member.removed':
      return `${who} took ${entry.subject?.name ?? 'someone'} out of ${entry.product?.key ?? 'a product'}`;
    case 'person.updated':
      return `${who} changed ${entry.subject?.name ?? 'a person'}${changeWords(data.changes)}`;
    case 'token.created':
    case 'token.revoked':
      return `${who} ${what}${typeof data.name === 'string' ? ` “${data.name}”` : ''}`;
    case 'product.created':
    case 'product.archived':
    case 'product.restored':
    case 'product.imported':
    case 'product.updated':
      return `${who} ${what}${product}`;
    case 'webhook.created':
    case 'webhook.updated':
    case 'webhook.removed':
    case 'webhook.secret_rotated':
    case 'webhook.disabled':
      return `${who} ${what}: ${String(data.url)}${data.productKey ? ` in ${String(data.productKey)}` : ' (the whole workspace)'}`;
    case 'person.joined':
    case 'person.created_by_provider':
    case 'person.linked_to_provider':
    case 'password.changed':
    case 'password.reset':
    case 'two_factor.enabled':
    case 'two_factor.disabled':
    case 'workspace.updated':
      return `${who} ${what}`;
    default:
      return `${who} ${what}${subject}${product}`;
  }
}
