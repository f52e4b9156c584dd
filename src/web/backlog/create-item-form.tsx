import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ItemType, limits } from '../../domain/item.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { ItemTypeSelect } from '../ui/item-type-select.tsx';
import { useToast } from '../ui/toasts.tsx';

interface CreateItemFormProps {
  productKey: string;
  /** The types this person may create (members: tasks and spikes). */
  types: readonly ItemType[];
}

/** Inline create at the top of the backlog: pick a type, type a title, press Enter. */
export function CreateItemForm({ productKey, types }: CreateItemFormProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [type, setType] = useState<ItemType>(types.includes('story') ? 'story' : (types[0] ?? 'task'));
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => client.createItem(productKey, { type, title: title.trim(), position: { to: 'top' } }),
    onSuccess: (item) => {
      setTitle('');
      toast(`Created ${item.key} at the top of the backlog`);
      return queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() && !create.isPending) create.mutate();
  };
  return (
    <form className="create-item" onSubmit={submit} data-testid="create-item-form">
      <label className="visually-hidden" htmlFor="create-type">
        Type of the new item
      </label>
      <ItemTypeSelect
        id="create-type"
        value={type}
        onChange={setType}
        types={types}
        data-testid="create-type"
      />
      <label className="visually-hidden" htmlFor="create-title">
        Title of the new item
      </label>
      <input
        id="create-title"
        className="create-item-title"
        placeholder="New item title (Enter adds it at the top)"
        value={title}
        maxLength={limits.titleLength}
        onChange={(event) => {
          setTitle(event.target.value);
          if (create.isError) create.reset();
        }}
        disabled={create.isPending}
        autoComplete="off"
        data-testid="create-title"
      />
      <button type="submit" className="button button-primary" disabled={!title.trim() || create.isPending}>
        Add
      </button>
      <ErrorText message={create.error ? errorMessage(create.error) : null} testId="create-error" />
    </form>
  );
}
