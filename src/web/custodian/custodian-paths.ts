import { backlogPath } from '../app.tsx';

/** Where the custodian's view lives, under its product's backlog. */
export const custodianPath = (productKey: string) => `${backlogPath(productKey)}/custodian`;
