import { Link } from 'react-router';
import type { ItemSummary } from '../../client/ordo-client.ts';
import type { Moscow } from '../../domain/scoring.ts';
import { itemPath } from '../app.tsx';
import { TypeBadge } from '../ui/type-badge.tsx';
import { moscowLabels } from './score-fields.ts';

const number = (value: number | null) => (value === null ? <span className="muted">–</span> : value);

/** The open items in rank order with every part of their WSJF and RICE scores. */
export function ScoresTable({ items }: { items: readonly ItemSummary[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table scores-table" data-testid="scores-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="num">
              #
            </th>
            <th scope="col" rowSpan={2}>
              Item
            </th>
            <th scope="col" rowSpan={2}>
              MoSCoW
            </th>
            <th scope="colgroup" colSpan={5} className="group">
              WSJF
            </th>
            <th scope="colgroup" colSpan={5} className="group">
              RICE
            </th>
          </tr>
          <tr>
            <th scope="col" className="num" title="Business value">
              Value
            </th>
            <th scope="col" className="num" title="Time criticality">
              Time
            </th>
            <th scope="col" className="num" title="Risk reduction">
              Risk
            </th>
            <th scope="col" className="num" title="Job size">
              Size
            </th>
            <th scope="col" className="num score-col">
              Score
            </th>
            <th scope="col" className="num">
              Reach
            </th>
            <th scope="col" className="num">
              Impact
            </th>
            <th scope="col" className="num" title="Confidence">
              Conf.
            </th>
            <th scope="col" className="num" title="Effort in person-months">
              Effort
            </th>
            <th scope="col" className="num score-col">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={item.key} data-testid="scores-row" data-key={item.key}>
              <td className="num muted">{index + 1}</td>
              <td>
                <div className="item-cell">
                  <Link to={itemPath(item.key)} className="item-key">
                    {item.key}
                  </Link>
                  <TypeBadge type={item.type} />
                  <Link to={itemPath(item.key)} className="item-cell-title" title={item.title}>
                    {item.title}
                  </Link>
                </div>
              </td>
              <td>
                {item.moscow ? (
                  moscowLabels[item.moscow as Moscow].split(' ')[0]
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              <td className="num">{number(item.wsjf.businessValue)}</td>
              <td className="num">{number(item.wsjf.timeCriticality)}</td>
              <td className="num">{number(item.wsjf.riskReduction)}</td>
              <td className="num">{number(item.wsjf.jobSize)}</td>
              <td className="num score-col" data-testid="wsjf-cell">
                {number(item.wsjf.score)}
              </td>
              <td className="num">{number(item.rice.reach)}</td>
              <td className="num">{number(item.rice.impact)}</td>
              <td className="num">
                {item.rice.confidence === null ? number(null) : `${item.rice.confidence}%`}
              </td>
              <td className="num">{number(item.rice.effort)}</td>
              <td className="num score-col" data-testid="rice-cell">
                {number(item.rice.score)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
