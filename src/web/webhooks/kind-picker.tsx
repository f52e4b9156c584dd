import { useId } from 'react';
import { type EventAbout, type EventKind, eventKindSummaries, eventKinds } from '../../domain/event-kinds.ts';

const groupTitles: Record<EventAbout, string> = {
  item: 'An item’s changes',
  product: 'The product’s other changes',
  workspace: 'The workspace’s own changes',
};

/**
 * The event kinds a webhook wants: every kind (null), or those ticked, grouped by what they are
 * about. A product's webhook hears nothing of the workspace's own changes, so it is not offered them.
 */
export function KindPicker({
  kinds,
  onChange,
  withWorkspace,
}: {
  kinds: EventKind[] | null;
  onChange: (kinds: EventKind[] | null) => void;
  withWorkspace: boolean;
}) {
  const name = useId();
  const groups: EventAbout[] = withWorkspace ? ['item', 'product', 'workspace'] : ['item', 'product'];
  const chosen = new Set(kinds ?? []);
  const toggle = (kind: EventKind, isChosen: boolean) =>
    onChange(eventKinds.filter((k) => (k === kind ? isChosen : chosen.has(k))));
  return (
    <fieldset className="webhook-kinds">
      <legend>Events to send</legend>
      <label className="team-check">
        <input
          type="radio"
          name={name}
          checked={kinds === null}
          onChange={() => onChange(null)}
          data-testid="webhook-every-kind"
        />
        Every kind{withWorkspace ? '' : ' of the product’s events'}
      </label>
      <label className="team-check">
        <input
          type="radio"
          name={name}
          checked={kinds !== null}
          onChange={() => onChange([])}
          data-testid="webhook-some-kinds"
        />
        Only the kinds ticked below
      </label>
      {kinds !== null &&
        groups.map((about) => (
          <fieldset key={about} className="webhook-kind-group">
            <legend>{groupTitles[about]}</legend>
            {eventKinds
              .filter((kind) => eventKindSummaries[kind].about === about)
              .map((kind) => (
                <label key={kind} className="team-check">
                  <input
                    type="checkbox"
                    checked={chosen.has(kind)}
                    onChange={(event) => toggle(kind, event.target.checked)}
                    data-testid={`webhook-kind-${kind}`}
                  />
                  <code>{kind}</code>
                  <span className="muted">{eventKindSummaries[kind].summary}</span>
                </label>
              ))}
          </fieldset>
        ))}
    </fieldset>
  );
}
