import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Person } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { useMe } from '../session/use-me.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { TimeAgo } from '../ui/time-ago.tsx';
import { useToast } from '../ui/toasts.tsx';
import { AdminFrame } from './admin-frame.tsx';
import { InviteForm } from './invite-form.tsx';
import { LinkNotice } from './link-notice.tsx';
import { PersonEditForm } from './person-edit-form.tsx';

type StatusFilter = Person['status'] | '';

const statusWords: Record<Person['status'], string> = {
  invited: 'Invited',
  active: 'Active',
  deactivated: 'Deactivated',
};

/** Administration › People: invite, resend, reset, deactivate and reactivate. */
export function AdminPeoplePage() {
  return (
    <AdminFrame>
      <PeoplePanel />
    </AdminFrame>
  );
}

function PeoplePanel() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const me = useMe();
  const [status, setStatus] = useState<StatusFilter>('');
  const [isInviting, setIsInviting] = useState(false);
  const [link, setLink] = useState<{ what: string; link: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const methods = useQuery({ queryKey: queryKeys.authMethods, queryFn: client.authMethods });
  const passwordSignIn = methods.data?.password !== false;
  const people = useQuery({
    queryKey: [...queryKeys.people, status],
    queryFn: () => client.listPeople(status ? { status } : {}),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.people });
  const invite = useMutation({
    mutationFn: client.invitePerson,
    onSuccess: ({ person, link }) => {
      setIsInviting(false);
      setLink({ what: `Invited ${person.name}.`, link });
      refresh();
    },
  });
  const act = useMutation({
    mutationFn: async ({ person, action }: { person: Person; action: PersonAction }) => {
      switch (action) {
        case 'resend':
          return {
            link: (await client.resendInvitation(person.id)).link,
            what: `Sent ${person.name} a new invitation (the old link no longer works).`,
          };
        case 'reset':
          return {
            link: (await client.sendPasswordReset(person.id)).link,
            what: `Sent ${person.name} a link to set a new password (valid 1 hour).`,
          };
        case 'deactivate':
          await client.deactivatePerson(person.id);
          return { what: `Deactivated ${person.name}: they were signed out everywhere.` };
        case 'reactivate':
          await client.reactivatePerson(person.id);
          return { what: `Reactivated ${person.name}: they can sign in again.` };
        case 'two-factor':
          await client.resetTwoFactor(person.id);
          return {
            what: `${person.name} signs in with their password alone now, and can set up two-factor again.`,
          };
        case 'admin':
          await client.updatePerson(person.id, { isAdmin: !person.isAdmin });
          return {
            what: person.isAdmin
              ? `${person.name} is no longer an admin.`
              : `${person.name} is now an admin.`,
          };
      }
    },
    onSuccess: (result) => {
      if ('link' in result && result.link) setLink({ what: result.what, link: result.link });
      else toast(result.what);
      refresh();
    },
    onError: (error) => toast(errorMessage(error), 'error'),
  });
  const run = (person: Person, action: PersonAction) => {
    const question = confirmations[action]?.(person.name);
    if (question && !window.confirm(question)) return;
    act.mutate({ person, action });
  };

  return (
    <div className="team-panel" data-testid="admin-people">
      <div className="team-panel-actions">
        <label className="field field-inline">
          <span>Show</span>
          <select
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
            data-testid="people-filter"
          >
            <option value="">Everyone</option>
            <option value="invited">Invited</option>
            <option value="active">Active</option>
            <option value="deactivated">Deactivated</option>
          </select>
        </label>
        <span className="page-heading-spacer" />
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            invite.reset();
            setIsInviting(true);
          }}
          data-testid="invite-person"
        >
          Invite someone
        </button>
      </div>
      {link && <LinkNotice what={link.what} link={link.link} onDone={() => setLink(null)} />}
      {isInviting && (
        <InviteForm
          isSaving={invite.isPending}
          error={invite.error}
          onInvite={(invitation) => invite.mutate(invitation)}
          onCancel={() => setIsInviting(false)}
        />
      )}
      {people.isPending && <p className="muted">Loading the people…</p>}
      {people.isError && <ErrorText message={errorMessage(people.error)} />}
      {people.data && (
        <table className="team-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">State</th>
              <th scope="col">Since</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.data.data.map((person) =>
              editing === person.id ? (
                <tr key={person.id}>
                  <td colSpan={5}>
                    <PersonEditForm person={person} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={person.id} data-testid={`person-${person.email}`}>
                  <td>
                    {person.name}
                    {person.isAdmin && <span className="role-badge">admin</span>}
                  </td>
                  <td>{person.email}</td>
                  <td>
                    <span className={`status-pill status-pill-${person.status}`} data-testid="person-status">
                      {statusWords[person.status]}
                    </span>
                  </td>
                  <td className="muted">
                    <TimeAgo at={person.deactivatedAt ?? person.joinedAt ?? person.createdAt} />
                  </td>
                  <td className="team-row-actions">
                    {person.status !== 'deactivated' && (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setEditing(person.id)}
                        data-testid="person-edit-open"
                      >
                        Edit
                      </button>
                    )}
                    {actionsFor(person, person.id === me.data?.id, passwordSignIn).map((action) => (
                      <button
                        key={action}
                        type="button"
                        className="button button-small"
                        disabled={act.isPending}
                        onClick={() => run(person, action)}
                        data-testid={`person-${action}`}
                      >
                        {actionLabel(action, person)}
                      </button>
                    ))}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}

type PersonAction = 'resend' | 'reset' | 'two-factor' | 'deactivate' | 'reactivate' | 'admin';

/** What is asked before an action that cannot simply be taken back. */
const confirmations: Partial<Record<PersonAction, (name: string) => string>> = {
  deactivate: (name) =>
    `Deactivate ${name}? Their sessions and API tokens end at once; what they did stays theirs.`,
  'two-factor': (name) => `Take ${name}’s second factor away? Do it only when you know it is them asking.`,
};

/** What an admin may do to a person now; links to set a password only where passwords sign in. */
function actionsFor(person: Person, isMe: boolean, passwordSignIn: boolean): PersonAction[] {
  if (person.status === 'deactivated') return ['reactivate'];
  const link: PersonAction[] = passwordSignIn ? [person.status === 'invited' ? 'resend' : 'reset'] : [];
  const twoFactor: PersonAction[] = person.hasTwoFactor && !isMe ? ['two-factor'] : [];
  return isMe ? link : [...link, ...twoFactor, 'admin', 'deactivate'];
}

function actionLabel(action: PersonAction, person: Person): string {
  return {
    resend: 'Resend invitation',
    reset: 'Send password reset',
    'two-factor': 'Reset two-factor',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    admin: person.isAdmin ? 'Remove admin' : 'Make admin',
  }[action];
}
