import type { ItemDetail } from '../../client/ordo-client.ts';
import { type Moscow, moscow, riceImpacts } from '../../domain/scoring.ts';
import { EditableField } from '../items/editable-field.tsx';
import {
  moscowLabels,
  riceChanges,
  riceDraftOf,
  riceDraftScore,
  riceImpactLabels,
  wsjfChanges,
  wsjfDraftOf,
  wsjfDraftScore,
  wsjfParts,
} from './score-fields.ts';

interface ItemScoringProps {
  item: ItemDetail;
  canEdit: boolean;
}

const none = <span className="muted">Not scored</span>;

/** A score and the parts it is made of, as the item page shows them. */
function ScoreDisplay({
  score,
  parts,
  testId,
}: {
  score: number | null;
  parts: [string, string][];
  testId: string;
}) {
  const given = parts.filter(([, value]) => value !== '');
  if (given.length === 0) return none;
  return (
    <div className="score-display">
      <strong className="score-number" data-testid={`${testId}-score`}>
        {score ?? '–'}
      </strong>
      <dl className="score-parts">
        {parts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || '–'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Live while typing: the score the draft would give. */
const DraftScore = ({ score }: { score: number | null }) => (
  <p className="draft-score" aria-live="polite">
    Score: <strong>{score ?? '– (give every part)'}</strong>
  </p>
);

/** WSJF, RICE and MoSCoW: aids to ordering beside the rank, each edited in place. */
export function ItemScoring({ item, canEdit }: ItemScoringProps) {
  const common = { item, canEdit, className: 'score-field' };
  const wsjf = wsjfDraftOf(item);
  const rice = riceDraftOf(item);
  return (
    <section className="item-section" aria-labelledby="scoring-heading">
      <h2 id="scoring-heading">Prioritisation aids</h2>
      <div className="item-scoring">
        <EditableField
          {...common}
          label="WSJF"
          testId="item-wsjf"
          display={
            <ScoreDisplay
              score={item.wsjf.score}
              testId="wsjf"
              parts={wsjfParts.map((part) => [part.label, wsjf[part.name]])}
            />
          }
          draftOf={wsjfDraftOf}
          toChanges={wsjfChanges}
          editor={(draft, setDraft, id) => (
            <>
              <div className="score-inputs">
                {wsjfParts.map((part, index) => (
                  <label key={part.name} className="field" title={part.hint}>
                    <span>{part.label}</span>
                    <input
                      id={index === 0 ? id : undefined}
                      type="number"
                      inputMode="numeric"
                      min={part.name === 'jobSize' ? 1 : 0}
                      max={100}
                      step={1}
                      value={draft[part.name]}
                      onChange={(event) => setDraft({ ...draft, [part.name]: event.target.value })}
                      data-testid={`wsjf-${part.name}`}
                    />
                  </label>
                ))}
              </div>
              <DraftScore score={wsjfDraftScore(draft)} />
            </>
          )}
        />
        <EditableField
          {...common}
          label="RICE"
          testId="item-rice"
          display={
            <ScoreDisplay
              score={item.rice.score}
              testId="rice"
              parts={[
                ['Reach', rice.reach],
                ['Impact', rice.impact],
                ['Confidence', rice.confidence && `${rice.confidence}%`],
                ['Effort', rice.effort && `${rice.effort} pm`],
              ]}
            />
          }
          draftOf={riceDraftOf}
          toChanges={riceChanges}
          editor={(draft, setDraft, id) => (
            <>
              <div className="score-inputs">
                <label className="field" title="People or events per period">
                  <span>Reach</span>
                  <input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={1}
                    value={draft.reach}
                    onChange={(event) => setDraft({ ...draft, reach: event.target.value })}
                    data-testid="rice-reach"
                  />
                </label>
                <label className="field">
                  <span>Impact</span>
                  <select
                    value={draft.impact}
                    onChange={(event) => setDraft({ ...draft, impact: event.target.value })}
                    data-testid="rice-impact"
                  >
                    <option value="">Not set</option>
                    {riceImpacts.map((impact) => (
                      <option key={impact} value={String(impact)}>
                        {riceImpactLabels[impact]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span>Confidence %</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    step={1}
                    value={draft.confidence}
                    onChange={(event) => setDraft({ ...draft, confidence: event.target.value })}
                    data-testid="rice-confidence"
                  />
                </label>
                <label className="field" title="Person-months">
                  <span>Effort (pm)</span>
                  <input
                    type="number"
                    inputMode="decimal"
                    min={0.1}
                    step="any"
                    value={draft.effort}
                    onChange={(event) => setDraft({ ...draft, effort: event.target.value })}
                    data-testid="rice-effort"
                  />
                </label>
              </div>
              <DraftScore score={riceDraftScore(draft)} />
            </>
          )}
        />
        <EditableField
          {...common}
          label="MoSCoW"
          testId="item-moscow"
          display={item.moscow ? <span>{moscowLabels[item.moscow as Moscow]}</span> : none}
          draftOf={(current) => current.moscow ?? ''}
          toChanges={(value) => ({ moscow: (value || null) as Moscow | null })}
          editor={(draft, setDraft, id) => (
            <select
              id={id}
              value={draft}
              onChange={(event) => setDraft(event.target.value as Moscow | '')}
              data-testid="moscow-input"
            >
              <option value="">Not set</option>
              {moscow.map((choice) => (
                <option key={choice} value={choice}>
                  {moscowLabels[choice]}
                </option>
              ))}
            </select>
          )}
        />
      </div>
    </section>
  );
}
