import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeAuditEntry } from '../../client/describe-audit.ts';
import type { AuditQuery } from '../../client/ordo-client.ts';
import { type AuditKind, auditKindNames, auditKinds } from '../../domain/audit.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { TimeAgo } from '../ui/time-ago.tsx';
import { AdminFrame } from './admin-frame.tsx';

/** Administration › Audit log: who changed people, products, roles and tokens, and when. */
export function AdminAuditPage() {
  return (
    <AdminFrame>
      <AuditPanel />
    </AdminFrame>
  );
}

/** A day picked in the form as the instant it starts (local time), for the API. */
const startOf = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const endOf = (day: string) =>
  day ? new Date(new Date(`${day}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined;

function AuditPanel() {
  const people = useQuery({ queryKey: queryKeys.people, queryFn: () => client.listPeople() });
  const [actorId, setActorId] = useState('');
  const [kind, setKind] = useState<AuditKind | ''>('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const query: AuditQuery = {
    ...(actorId && { actorId }),
    ...(kind && { kind }),
    ...(fromDay && { from: startOf(fromDay) }),
    ...(toDay && { to: endOf(toDay) }),
  };
  const log = useInfiniteQuery({
    queryKey: queryKeys.audit(query),
    queryFn: ({ pageParam }) => client.auditLog({ ...query, ...(pageParam && { before: pageParam }) }),
    initialPageParam: '',
    getNextPageParam: (page) => page.next ?? undefined,
  });
  const entries = log.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <div className="team-panel" data-testid="admin-audit">
      <form
        className="team-filters"
        onSubmit={(event) => event.preventDefault()}
        aria-label="Filter the audit log"
      >
        <label className="field">
          <span>By</span>
          <select
            value={actorId}
            onChange={(event) => setActorId(event.target.value)}
            data-testid="audit-person"
          >
            <option value="">Anyone</option>
            {people.data?.data.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Change</span>
          <select
            value={kind}
            onChange={(event) => setKind(event.target.value as AuditKind | '')}
            data-testid="audit-kind"
          >
            <option value="">Any change</option>
            {auditKindNames.map((name) => (
              <option key={name} value={name}>
                {auditKinds[name]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>From</span>
          <input
            type="date"
            value={fromDay}
            onChange={(event) => setFromDay(event.target.value)}
            data-testid="audit-from"
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="date"
            value={toDay}
            onChange={(event) => setToDay(event.target.value)}
            data-testid="audit-to"
          />
        </label>
      </form>
      {log.isPending && <p className="muted">Loading the audit log…</p>}
      {log.isError && <ErrorText message={errorMessage(log.error)} />}
      {log.data && entries.length === 0 && <p className="muted">No changes match.</p>}
      <ol className="team-audit" data-testid="audit-entries">
        {entries.map((entry) => (
          <li key={entry.id} data-testid="audit-entry" data-kind={entry.kind}>
            <span>{describeAuditEntry(entry)}</span>
            <TimeAgo className="muted" at={entry.at} />
          </li>
        ))}
      </ol>
      {log.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {log.isFetchingNextPage ? 'Loading…' : 'Older changes'}
        </button>
      )}
    </div>
  );
}
