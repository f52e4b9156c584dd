import { describe, expect, it } from 'vitest';
import { parseTags } from './parse-tags.ts';

describe('parseTags', () => {
  it('splits on commas and normalises as the server does', () => {
    expect(parseTags('Invoices, legal,  EU VAT ,, legal')).toEqual(['invoices', 'legal', 'eu-vat']);
  });

  it('reads an empty field as no tags', () => {
    expect(parseTags('  ')).toEqual([]);
  });
});
