import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Person } from '../../client/ordo-client.ts';
import { client, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import { NameAndEmailFields } from '../ui/name-and-email-fields.tsx';
import { useToast } from '../ui/toasts.tsx';

/** Corrects a person's name or email (a typo in an invitation); links sent to the old address stop working. */
export function PersonEditForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState(person.name);
  const [email, setEmail] = useState(person.email);
  const save = useMutation({
    mutationFn: () =>
      client.updatePerson(person.id, {
        ...(name.trim() !== person.name && { name: name.trim() }),
        ...(email.trim().toLowerCase() !== person.email && { email: email.trim() }),
      }),
    onSuccess: (saved) => {
      toast(
        saved.email !== person.email && saved.status === 'invited'
          ? `Saved: send ${saved.name} the invitation again, to the new address`
          : `Saved ${saved.name}`,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.people });
      onDone();
    },
  });
  const problems = fieldErrors(save.error, ['name', 'email']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="team-form" onSubmit={submit} data-testid="person-edit">
      <div className="team-form-row">
        <NameAndEmailFields
          idPrefix="person-edit"
          name={name}
          email={email}
          problems={problems}
          onName={setName}
          onEmail={setEmail}
        />
      </div>
      <ErrorText message={problems.other} />
      <div className="team-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending}
          data-testid="person-edit-save"
        >
          Save
        </button>
        <button type="button" className="button button-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
