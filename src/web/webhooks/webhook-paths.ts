import { backlogPath } from '../app.tsx';

/** A product's webhooks, under its backlog; the workspace's, in Administration. */
export const webhooksPath = (productKey: string) => `${backlogPath(productKey)}/webhooks`;
export const adminWebhooksPath = '/admin/webhooks';
