import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../api.ts';
import { LiveIndicator } from '../live/live-indicator.tsx';
import { useLiveUpdates } from '../live/use-live-updates.ts';
import { mayChangeSettings, mayTriage } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { BulkBar } from '../triage/bulk-bar.tsx';
import { mergeCandidates } from '../triage/decision-payload.ts';
import { InboxEntry, type OpenPanel } from '../triage/inbox-entry.tsx';
import { type InboxCommand, stepFocus } from '../triage/inbox-shortcuts.ts';
import { PublicFormSetting } from '../triage/public-form-setting.tsx';
import { ShortcutHelp } from '../triage/shortcut-help.tsx';
import { useInboxKeyboard } from '../triage/use-inbox-keyboard.ts';
import { type Decision, useBulkTriage, useTriageDecision } from '../triage/use-triage-decision.ts';
import { useTriageInbox } from '../triage/use-triage-inbox.ts';
import { ErrorText } from '../ui/error-text.tsx';

const itemKeysListId = 'triage-item-keys';

/**
 * The triage inbox: requests waiting for a decision, oldest first. Accept, merge, ask or decline
 * one at a time or many at once, by mouse or keyboard; live as requests arrive and are answered.
 */
export function TriagePage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const product = useProduct(productKey);
  const role = product.data?.role;
  const inbox = useTriageInbox(productKey, mayTriage(role));
  const live = useLiveUpdates(productKey);
  const entries = inbox.data?.data ?? [];
  const keys = entries.map((entry) => entry.key);

  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<OpenPanel | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const entryElements = useRef(new Map<string, HTMLLIElement>());
  const focusNext = useRef<string | null>(null);

  // Requests decided elsewhere leave the selection with the list.
  const selectedKeys = keys.filter((key) => selected.has(key));
  // The highlighted request: the one last focused, or the oldest until the person moves.
  const focusedIndex = Math.max(0, focusedKey ? keys.indexOf(focusedKey) : 0);
  const highlightedKey = keys[focusedIndex];

  const moveFocusTo = (key: string | undefined) => {
    if (!key) return;
    setFocusedKey(key);
    focusNext.current = key;
  };
  useEffect(() => {
    const key = focusNext.current;
    const element = key ? entryElements.current.get(key) : undefined;
    if (!element) return;
    focusNext.current = null;
    if (!element.contains(document.activeElement)) element.focus();
    element.scrollIntoView({ block: 'nearest' });
  });

  const afterDecision = (decided: Decision) => {
    setPanel(null);
    if (decided.decision === 'ask') return moveFocusTo(decided.key);
    const index = keys.indexOf(decided.key);
    moveFocusTo(keys[index + 1] ?? keys[index - 1]);
  };
  const decision = useTriageDecision(productKey, afterDecision);
  const bulk = useBulkTriage(productKey, () => setSelected(new Set()));

  const toggle = (key: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const openPanel = (next: OpenPanel | null) => {
    decision.reset();
    setPanel(next);
    if (next) setFocusedKey(next.key);
    else if (panel) moveFocusTo(panel.key);
  };

  const onCommand = (command: InboxCommand) => {
    if (command === 'help') return setHelpOpen(true);
    if (command === 'next' || command === 'previous') {
      return moveFocusTo(keys[stepFocus(focusedIndex, command === 'next' ? 1 : -1, keys.length)]);
    }
    if (!highlightedKey) return;
    if (command === 'toggle') return toggle(highlightedKey);
    openPanel({ key: highlightedKey, decision: command });
  };
  useInboxKeyboard(onCommand, !isHelpOpen && mayTriage(role));

  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  if (!product.data) return <p className="muted">Loading…</p>;
  if (!mayTriage(role)) {
    return (
      <section className="empty-state">
        <h1>Triage is for the product’s owner and editors</h1>
        <p className="muted">You can still ask for something, and follow what becomes of it.</p>
      </section>
    );
  }
  const itemKeys = [
    ...new Set(entries.flatMap((entry) => mergeCandidates(entry.suggestions).map((s) => s.key))),
  ];

  return (
    <section className="triage-page" aria-labelledby="triage-heading">
      <div className="page-heading">
        <h1 id="triage-heading">Triage</h1>
        <span className="muted count" data-testid="triage-count">
          {inbox.data ? `${entries.length}${inbox.data.next ? '+' : ''} waiting, oldest first` : ''}
        </span>
        <span className="page-heading-spacer" />
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => setHelpOpen(true)}
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
          data-testid="show-shortcuts"
        >
          Shortcuts <kbd>?</kbd>
        </button>
        <LiveIndicator state={live} />
      </div>
      {mayChangeSettings(role) && <PublicFormSetting product={product.data} />}
      <datalist id={itemKeysListId}>
        {itemKeys.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
      {inbox.isError && <ErrorText message={errorMessage(inbox.error)} />}
      {inbox.isPending && <p className="muted list-placeholder">Loading the inbox…</p>}
      {inbox.data && entries.length === 0 && (
        <div className="list-placeholder triage-empty" data-testid="triage-empty">
          <strong>Nothing waits for triage.</strong>
          <p className="muted">Every request has its decision. New ones appear here as they arrive.</p>
        </div>
      )}
      {entries.length > 0 && (
        <>
          <BulkBar
            total={entries.length}
            selected={selectedKeys.length}
            itemKeysListId={itemKeysListId}
            isPending={bulk.isPending}
            error={bulk.error ? errorMessage(bulk.error) : null}
            onSelectAll={(isAll) => setSelected(new Set(isAll ? keys : []))}
            onDecide={(draft) => bulk.mutate({ keys: selectedKeys, draft })}
          />
          <ol className="triage-list" aria-label="Requests waiting for triage" data-testid="triage-list">
            {entries.map((entry, index) => (
              <InboxEntry
                key={entry.key}
                ref={(element) => {
                  if (element) entryElements.current.set(entry.key, element);
                  else entryElements.current.delete(entry.key);
                }}
                entry={entry}
                isFocused={index === focusedIndex}
                isSelected={selected.has(entry.key)}
                panel={panel?.key === entry.key ? panel : null}
                itemKeysListId={itemKeysListId}
                decision={{
                  isPending: decision.isPending && decision.variables?.key === entry.key,
                  error:
                    decision.error && decision.variables?.key === entry.key
                      ? errorMessage(decision.error)
                      : null,
                }}
                onSelect={toggle}
                onFocusEntry={setFocusedKey}
                onOpen={openPanel}
                onDecide={decision.mutate}
              />
            ))}
          </ol>
        </>
      )}
      <ShortcutHelp isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
