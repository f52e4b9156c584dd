import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../api.ts';
import { itemPath } from '../app.tsx';
import type { ScoreKind } from '../refinement/refinement-api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { previewCounts, previewRows, selectedInOrder, shiftText, shiftWords } from './score-order-rows.ts';
import { useApplyScoreOrder, useScoreOrder } from './use-score-order.ts';

interface OrderByScoreProps {
  productKey: string;
  by: ScoreKind;
  canMove: boolean;
}

/**
 * "Order by score": the order a score proposes beside the current one, as a preview. The owner
 * applies all of it, some rows, or nothing; every move is recorded with the score as its reason.
 */
export function OrderByScore({ productKey, by, canMove }: OrderByScoreProps) {
  const preview = useScoreOrder(productKey, by);
  const apply = useApplyScoreOrder(productKey, by);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [onlyChanging, setOnlyChanging] = useState(false);
  const rows = previewRows(preview.data?.data ?? []);
  const counts = previewCounts(rows);
  const shown = onlyChanging ? rows.filter((row) => row.shift !== 0) : rows;
  const name = by.toUpperCase();

  const toggle = (key: string) => {
    const next = new Set(selected);
    if (!next.delete(key)) next.add(key);
    setSelected(next);
  };
  const applyKeys = (keys?: string[]) => apply.mutate(keys, { onSuccess: () => setSelected(new Set()) });

  return (
    <section className="order-by-score card" aria-labelledby="order-heading" data-testid="order-by-score">
      <div className="section-heading">
        <h2 id="order-heading">Order by {name}</h2>
        <span className="muted count" data-testid="preview-counts">
          {counts.scored} scored · {counts.unscored} unscored · {counts.changing} would change place
        </span>
      </div>
      <p className="rank-note">
        A proposal only: <strong>the rank stays the truth</strong>. Nothing moves until you apply, and each
        move is recorded with “ordered by {name} score” as its reason. Unscored items keep their order, below
        the scored ones.
      </p>
      {preview.isError && <ErrorText message={errorMessage(preview.error)} />}
      <div className="preview-toolbar">
        <label className="settings-toggle">
          <input
            type="checkbox"
            checked={onlyChanging}
            onChange={(event) => setOnlyChanging(event.target.checked)}
          />
          <span>Only items that would change place</span>
        </label>
        <span className="page-heading-spacer" />
        {canMove && (
          <>
            <button
              type="button"
              className="button"
              disabled={selected.size === 0 || apply.isPending}
              onClick={() => applyKeys(selectedInOrder(rows, selected))}
              data-testid="apply-selected"
            >
              Apply selected{selected.size > 0 ? ` (${selected.size})` : ''}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={counts.moves === 0 || apply.isPending}
              onClick={() => applyKeys()}
              data-testid="apply-all"
            >
              Apply all ({counts.moves} move{counts.moves === 1 ? '' : 's'})
            </button>
          </>
        )}
      </div>
      {preview.isPending ? (
        <p className="muted list-placeholder">Working out the proposal…</p>
      ) : shown.length === 0 ? (
        <p className="muted list-placeholder">
          Nothing would change place: the order already follows the score.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table preview-table" data-testid="score-preview">
            <thead>
              <tr>
                {canMove && (
                  <th scope="col" className="select-col">
                    <span className="visually-hidden">Select</span>
                  </th>
                )}
                <th scope="col" className="num now-col">
                  Now
                </th>
                <th scope="col" className="shift-col">
                  <span className="visually-hidden">Change</span>
                </th>
                <th scope="col" className="num proposed-col">
                  Proposed
                </th>
                <th scope="col">Item</th>
                <th scope="col" className="num score-col">
                  {name}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr
                  key={row.key}
                  className={row.shift > 0 ? 'is-rising' : row.shift < 0 ? 'is-falling' : undefined}
                  data-testid="score-preview-row"
                  data-key={row.key}
                  data-from={row.from}
                  data-to={row.to}
                  data-moves={row.moves}
                >
                  {canMove && (
                    <td className="select-col">
                      <input
                        type="checkbox"
                        checked={selected.has(row.key)}
                        onChange={() => toggle(row.key)}
                        aria-label={`Select ${row.key}`}
                        data-testid="preview-select"
                      />
                    </td>
                  )}
                  <td className="num">{row.from}</td>
                  <td className="shift-col">
                    <span className="shift" aria-hidden="true">
                      {shiftText(row.shift)}
                    </span>
                    <span className="visually-hidden">{shiftWords(row)}</span>
                  </td>
                  <td className="num proposed">{row.to}</td>
                  <td>
                    <div className="item-cell">
                      <Link to={itemPath(row.key)} className="item-key">
                        {row.key}
                      </Link>
                      <span className="item-cell-title" title={row.title}>
                        {row.title}
                      </span>
                    </div>
                  </td>
                  <td className="num">{row.score ?? <span className="muted">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
