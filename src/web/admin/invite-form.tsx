import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Invitation } from '../../client/ordo-client.ts';
import { type ProductRole, productRoles } from '../../domain/permissions.ts';
import { client, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import { NameAndEmailFields } from '../ui/name-and-email-fields.tsx';

/** Name, email, admin or not, and optionally a first product and role to land in. */
export function InviteForm({
  isSaving,
  error,
  onInvite,
  onCancel,
}: {
  isSaving: boolean;
  error: unknown;
  onInvite: (invitation: Invitation) => void;
  onCancel: () => void;
}) {
  const products = useQuery({ queryKey: queryKeys.products, queryFn: () => client.listProducts() });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const [productKey, setProductKey] = useState('');
  const [role, setRole] = useState<ProductRole>('member');
  const problems = fieldErrors(error, ['name', 'email']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onInvite({
      name: name.trim(),
      email: email.trim(),
      isAdmin,
      ...(productKey && { products: [{ productKey, role }] }),
    });
  };
  return (
    <form className="team-form" onSubmit={submit} data-testid="invite-form">
      <div className="team-form-row">
        <NameAndEmailFields
          idPrefix="invite"
          name={name}
          email={email}
          problems={problems}
          onName={setName}
          onEmail={setEmail}
        />
      </div>
      <div className="team-form-row">
        <label className="field">
          <span>First product (optional)</span>
          <select
            value={productKey}
            onChange={(event) => setProductKey(event.target.value)}
            data-testid="invite-product"
          >
            <option value="">None yet</option>
            {products.data?.data.map((product) => (
              <option key={product.key} value={product.key}>
                {product.key} · {product.name}
              </option>
            ))}
          </select>
        </label>
        {productKey && (
          <label className="field">
            <span>Role in it</span>
            <select
              value={role}
              onChange={(event) => setRole(event.target.value as ProductRole)}
              data-testid="invite-role"
            >
              {productRoles.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label className="team-check">
        <input
          type="checkbox"
          checked={isAdmin}
          onChange={(event) => setIsAdmin(event.target.checked)}
          data-testid="invite-admin"
        />
        Workspace admin (manages products and people, owner of every product)
      </label>
      <ErrorText message={problems.other} testId="invite-error" />
      <div className="team-form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving} data-testid="invite-send">
          {isSaving ? 'Inviting…' : 'Send invitation'}
        </button>
        <button type="button" className="button button-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
