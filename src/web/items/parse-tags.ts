import { normaliseTags } from '../../domain/item.ts';

/** "Invoices, legal,  EU" → ["invoices", "legal", "eu"]: what a person types into the tags field. */
export const parseTags = (text: string): string[] => normaliseTags(text.split(','));
