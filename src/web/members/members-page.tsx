import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import type { Member } from '../../client/ordo-client.ts';
import { type ProductRole, productRoles } from '../../domain/permissions.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { mayManageMembers } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useToast } from '../ui/toasts.tsx';
import { roleAbilities } from './role-abilities.ts';
import '../styles/team.css';

/** A product's members and their roles; owners and admins add, change and remove them. */
export function MembersPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const product = useProduct(productKey);
  const members = useQuery({
    queryKey: queryKeys.members(productKey),
    queryFn: () => client.listMembers(productKey),
  });
  const canManage = mayManageMembers(product.data?.role);
  return (
    <section className="team-page" aria-labelledby="members-heading">
      <div className="page-heading">
        <h1 id="members-heading">Members</h1>
        <span className="muted">{product.data?.name}</span>
      </div>
      {!canManage && product.data && (
        <p className="notice" data-testid="members-read-only">
          The product’s owners (and workspace admins) choose who has which role.
        </p>
      )}
      {canManage && <AddMember productKey={productKey} members={members.data?.data ?? []} />}
      {members.isPending && <p className="muted">Loading the members…</p>}
      {members.isError && <ErrorText message={errorMessage(members.error)} />}
      {members.data && (
        <MemberTable productKey={productKey} members={members.data.data} canManage={canManage} />
      )}
      <RoleGuide />
    </section>
  );
}

function useMemberChange(productKey: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: async (change: { email: string; role: ProductRole } | { remove: Member }) => {
      if ('remove' in change) await client.removeMember(productKey, change.remove.personId);
      else await client.setMemberRole(productKey, change.email, change.role);
    },
    onSuccess: (_, change) => {
      toast('remove' in change ? `${change.remove.name} is no longer a member` : `Saved: ${change.role}`);
      void queryClient.invalidateQueries({ queryKey: queryKeys.members(productKey) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.product(productKey) });
    },
    onError: (error) => toast(errorMessage(error), 'error'),
  });
}

function AddMember({ productKey, members }: { productKey: string; members: Member[] }) {
  const people = useQuery({ queryKey: [...queryKeys.people, ''], queryFn: () => client.listPeople() });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProductRole>('member');
  const add = useMemberChange(productKey);
  const inProduct = new Set(members.map((member) => member.personId));
  const candidates = (people.data?.data ?? []).filter(
    (person) => person.status !== 'deactivated' && !inProduct.has(person.id),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email) add.mutate({ email, role }, { onSuccess: () => setEmail('') });
  };
  return (
    <form className="team-form" onSubmit={submit} data-testid="add-member">
      <div className="team-form-row">
        <label className="field">
          <span>Person of the workspace</span>
          <select
            value={email}
            required
            onChange={(event) => setEmail(event.target.value)}
            data-testid="add-member-person"
          >
            <option value="">Choose someone…</option>
            {candidates.map((person) => (
              <option key={person.id} value={person.email}>
                {person.name} ({person.email}){person.status === 'invited' ? ', invited' : ''}
              </option>
            ))}
          </select>
        </label>
        <RoleSelect value={role} onChange={setRole} testId="add-member-role" />
      </div>
      <div className="team-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={add.isPending || !email}
          data-testid="add-member-submit"
        >
          Add member
        </button>
        <small className="muted">
          Someone new to the workspace? An admin invites them under Administration › People.
        </small>
      </div>
    </form>
  );
}

function MemberTable({
  productKey,
  members,
  canManage,
}: {
  productKey: string;
  members: Member[];
  canManage: boolean;
}) {
  const change = useMemberChange(productKey);
  return (
    <table className="team-table" data-testid="members">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          {canManage && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.personId} data-testid={`member-${member.email}`}>
            <td>
              {member.name}
              {member.status === 'invited' && (
                <span className="status-pill status-pill-invited">invited</span>
              )}
            </td>
            <td>{member.email}</td>
            <td>
              {canManage ? (
                <RoleSelect
                  value={member.role}
                  label={`Role of ${member.name}`}
                  onChange={(role) => change.mutate({ email: member.email, role })}
                  testId="member-role"
                />
              ) : (
                member.role
              )}
            </td>
            {canManage && (
              <td className="team-row-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={change.isPending}
                  onClick={() => change.mutate({ remove: member })}
                  data-testid="member-remove"
                >
                  Remove
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RoleSelect({
  value,
  label = 'Role',
  onChange,
  testId,
}: {
  value: ProductRole;
  label?: string;
  onChange: (role: ProductRole) => void;
  testId: string;
}) {
  return (
    <label className="field">
      <span className={label === 'Role' ? undefined : 'visually-hidden'}>{label}</span>
      <select
        value={value}
        onChange={(event) => onChange(event.target.value as ProductRole)}
        data-testid={testId}
      >
        {productRoles.map((role) => (
          <option key={role} value={role}>
            {role}: {roleAbilities(role).slice(-2).join(', ')}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every role with all it may do, beside the choices. */
function RoleGuide() {
  return (
    <details className="team-card" data-testid="role-guide">
      <summary>What each role may do</summary>
      <dl>
        {productRoles.map((role) => (
          <div key={role}>
            <dt>{role}</dt>
            <dd>{roleAbilities(role).join(', ')}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
