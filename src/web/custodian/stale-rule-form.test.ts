import { describe, expect, it } from 'vitest';
import type { StaleCandidate } from '../../client/ordo-client.ts';
import { formFromProduct, keptKeys, payloadFromForm, ruleSentence, zoneChoices } from './stale-rule-form.ts';

const product = {
  timeZone: 'Europe/Paris',
  staleRule: { quarters: 3, isAutomatic: false, exemptTags: ['keep'], exemptTypes: ['compliance'] },
};
const zones = ['UTC', 'Europe/Paris', 'America/New_York'];

describe('the stale rule’s settings', () => {
  it('round-trips the product’s rule and time zone into the PATCH body', () => {
    expect(payloadFromForm(formFromProduct(product), zones)).toEqual({
      payload: {
        timeZone: 'Europe/Paris',
        staleRule: { quarters: 3, isAutomatic: false, exemptTags: ['keep'], exemptTypes: ['compliance'] },
      },
    });
  });

  it('reads typed quarters and tags', () => {
    const form = {
      ...formFromProduct(product),
      quarters: ' 4 ',
      exemptTags: 'Keep, Regulatory ,',
      isAutomatic: true,
    };
    expect(payloadFromForm(form, zones)).toMatchObject({
      payload: { staleRule: { quarters: 4, isAutomatic: true, exemptTags: ['keep', 'regulatory'] } },
    });
  });

  it('says what is wrong, field by field', () => {
    const form = formFromProduct(product);
    expect(payloadFromForm({ ...form, quarters: '9' }, zones)).toEqual({
      problems: { quarters: 'A whole number of quarters from 1 to 8' },
    });
    expect(payloadFromForm({ ...form, quarters: '2.5' }, zones)).toHaveProperty('problems.quarters');
    expect(payloadFromForm({ ...form, quarters: '' }, zones)).toHaveProperty('problems.quarters');
    expect(payloadFromForm({ ...form, timeZone: 'Mars/Olympus' }, zones)).toHaveProperty('problems.timeZone');
    const tags = Array.from({ length: 21 }, (_, i) => `t${i}`).join(',');
    expect(payloadFromForm({ ...form, exemptTags: tags }, zones)).toHaveProperty('problems.exemptTags');
  });

  it('offers UTC first and keeps the product’s own zone', () => {
    expect(zoneChoices('UTC', ['Europe/Paris', 'Africa/Abidjan'])).toEqual([
      'UTC',
      'Africa/Abidjan',
      'Europe/Paris',
    ]);
    expect(zoneChoices('Etc/GMT+3', ['Europe/Paris'])).toEqual(['UTC', 'Etc/GMT+3', 'Europe/Paris']);
  });

  it('says the rule in one sentence', () => {
    expect(ruleSentence(product.staleRule, 'Europe/Paris')).toBe(
      'Archives items nobody touched or discussed in the last 3 complete quarters (quarters in Europe/Paris). ' +
        'Spares compliance/legal items and items tagged “keep”. Runs when you apply it.',
    );
    expect(ruleSentence({ quarters: 1, isAutomatic: true, exemptTags: [], exemptTypes: [] }, 'UTC')).toBe(
      'Archives items nobody touched or discussed in the last complete quarter (quarters in UTC). ' +
        'Spares nothing by type or tag. Runs by itself when a quarter turns.',
    );
  });

  it('keeps out of the run the candidates unticked', () => {
    const candidate = (key: string) => ({ key, title: key, lastActivityAt: '', why: '' }) as StaleCandidate;
    const candidates = [candidate('PAY-46'), candidate('PAY-47'), candidate('PAY-45')];
    expect(keptKeys(candidates, new Set(['PAY-47', 'PAY-99']))).toEqual(['PAY-47']);
    expect(keptKeys(candidates, new Set())).toEqual([]);
  });
});
