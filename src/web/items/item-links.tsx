import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import type { ItemDetail } from '../../client/ordo-client.ts';
import { type LinkKind, linkKinds } from '../../domain/item.ts';
import { errorMessage } from '../api.ts';
import { itemPath } from '../app.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { StatusLabel } from '../ui/status-label.tsx';
import { linkLabel } from './link-label.ts';
import { useSaveItem } from './use-save-item.ts';

type ItemLink = ItemDetail['links'][number];

/** The links this item owns (going out), as the API takes them back when they change. */
const outgoingOf = (links: ItemDetail['links']) =>
  links
    .filter((link) => link.direction === 'outgoing')
    .map((link) => ({ kind: link.kind as LinkKind, key: link.key }));

/**
 * Links to other items, read from this item's side ("Blocked by PAY-4"). Those who may edit the
 * item add links from it and remove them; a link to it is removed on the item it comes from.
 */
export function ItemLinks({ item, canEdit }: { item: ItemDetail; canEdit: boolean }) {
  const save = useSaveItem(item.key);
  const saveLinks = (links: { kind: LinkKind; key: string }[]) =>
    save.mutateAsync({ version: item.version, changes: { links } });
  const remove = (gone: ItemLink) =>
    void saveLinks(outgoingOf(item.links).filter((link) => link.kind !== gone.kind || link.key !== gone.key));
  return (
    <section className="item-section side-section" aria-labelledby="links-heading">
      <h2 id="links-heading">Links</h2>
      {item.links.length === 0 ? (
        <p className="muted empty-field">No links.</p>
      ) : (
        <ul className="link-list">
          {item.links.map((link) => (
            <li key={`${link.direction}-${link.kind}-${link.key}`} data-testid="item-link">
              <span className="link-kind">{linkLabel(link.kind, link.direction)}</span>
              <Link to={itemPath(link.key)} className="link-target">
                <StatusLabel status={link.status} compact />
                <span className="item-key">{link.key}</span>
                <span className="link-title">{link.title}</span>
              </Link>
              {canEdit && link.direction === 'outgoing' && (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => remove(link)}
                  disabled={save.isPending}
                  aria-label={`Remove the link to ${link.key}`}
                  data-testid="remove-link"
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <AddLinkForm
          onAdd={(link) => saveLinks([...outgoingOf(item.links), link])}
          isSaving={save.isPending}
          problem={save.isError ? errorMessage(save.error) : null}
        />
      )}
    </section>
  );
}

function AddLinkForm({
  onAdd,
  isSaving,
  problem,
}: {
  onAdd: (link: { kind: LinkKind; key: string }) => Promise<unknown>;
  isSaving: boolean;
  problem: string | null;
}) {
  const id = useId();
  const [kind, setKind] = useState<LinkKind>('relates_to');
  const [key, setKey] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!key.trim()) return;
    onAdd({ kind, key: key.trim().toUpperCase() }).then(
      () => setKey(''),
      () => {
        // The problem shows under the form; the key stays for the person to correct.
      },
    );
  };
  return (
    <form className="add-link" onSubmit={submit} data-testid="add-link">
      <label className="visually-hidden" htmlFor={`${id}-kind`}>
        Link kind
      </label>
      <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as LinkKind)}>
        {linkKinds.map((option) => (
          <option key={option} value={option}>
            {linkLabel(option, 'outgoing')}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-key`}>
        Item key
      </label>
      <input
        id={`${id}-key`}
        value={key}
        placeholder="PAY-12"
        size={8}
        onChange={(event) => setKey(event.target.value)}
        data-testid="add-link-key"
      />
      <button type="submit" className="button button-small" disabled={isSaving || !key.trim()}>
        Link
      </button>
      <ErrorText message={problem} />
    </form>
  );
}
