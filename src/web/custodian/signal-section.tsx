import { Link } from 'react-router';
import { itemPath } from '../app.tsx';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { StatusLabel } from '../ui/status-label.tsx';
import { TagList } from '../ui/tag-list.tsx';
import type { Signal } from './custodian-api.ts';
import { RowFix } from './row-fix.tsx';
import { SectionCheckbox } from './section-checkbox.tsx';
import { signalSentence, signalTitles } from './signal-words.ts';

interface SignalSectionProps {
  productKey: string;
  signal: Signal;
  staleQuarters: number;
  selected: ReadonlySet<string>;
  onSelect: (keys: readonly string[], isSelected: boolean) => void;
  /** For "not ready": what each item lacks, by key (undefined while loading). */
  lacksByKey: ReadonlyMap<string, string[]> | undefined;
  tagListId: string;
}

/** One signal: its count and what it means, then its items, each with the fix that fits. */
export function SignalSection({
  productKey,
  signal,
  staleQuarters,
  selected,
  onSelect,
  lacksByKey,
  tagListId,
}: SignalSectionProps) {
  const headingId = `signal-${signal.name}-heading`;
  const keys = signal.items.map((item) => item.key);
  return (
    <section
      className="card signal-section"
      aria-labelledby={headingId}
      data-testid={`signal-${signal.name}`}
      data-count={signal.count}
    >
      <div className="signal-heading">
        <SectionCheckbox
          keys={keys}
          selected={selected}
          onSelect={onSelect}
          label={`Select every item in “${signalTitles[signal.name]}”`}
        />
        <h2 id={headingId} className="card-title">
          {signalTitles[signal.name]}
        </h2>
        <span className="signal-count" data-testid="signal-count">
          {signal.count}
        </span>
      </div>
      <p className="muted signal-sentence">{signalSentence(signal.name, signal.count, staleQuarters)}</p>
      <ul className="signal-rows" aria-label={signalTitles[signal.name]}>
        {signal.items.map((item) => (
          <li
            key={item.key}
            className={`signal-row${selected.has(item.key) ? ' is-selected' : ''}`}
            data-testid="signal-row"
            data-key={item.key}
          >
            <input
              type="checkbox"
              checked={selected.has(item.key)}
              onChange={(event) => onSelect([item.key], event.target.checked)}
              aria-label={`Select ${item.key}`}
              data-testid="row-select"
            />
            <Link to={itemPath(item.key)} className="item-key" tabIndex={-1}>
              {item.key}
            </Link>
            <span className="signal-row-main">
              <Link to={itemPath(item.key)} className="signal-row-title" data-testid="row-title">
                {item.title}
              </Link>
              <span className="signal-row-facts">
                <StatusLabel status={item.status} />
                {item.holdReason && <span className="signal-row-hold">{item.holdReason}</span>}
                <TagList tags={item.tags} limit={3} />
                <time
                  className="muted"
                  dateTime={item.lastActivityAt}
                  title={`Last activity ${formatDateTime(item.lastActivityAt)}`}
                >
                  {`touched ${timeAgo(item.lastActivityAt)}`}
                </time>
              </span>
            </span>
            <RowFix
              productKey={productKey}
              signal={signal.name}
              item={item}
              lacks={lacksByKey?.get(item.key)}
              tagListId={tagListId}
            />
          </li>
        ))}
      </ul>
      {signal.count > signal.items.length && (
        <p className="muted signal-more">
          The first {signal.items.length} of {signal.count}, in backlog order: fix these and the next ones
          appear.
        </p>
      )}
    </section>
  );
}
