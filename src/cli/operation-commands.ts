/**
 * Every API operation and the `ordo` command that performs it: the CLI has the web app's powers
 * (src/cli/parity.test.ts holds the API's OpenAPI document against this map). A value is the
 * command as typed, with the option that selects the operation when one command does several.
 */
export const operationCommands: Record<string, string> = {
  // Setting up, signing in, one's own account
  'GET /api/setup': 'setup',
  'POST /api/setup': 'setup',
  'POST /api/auth/sign-in': 'login',
  'GET /api/me': 'whoami',
  'GET /api/profile': 'profile show',
  'PATCH /api/profile': 'profile edit',
  'POST /api/profile/password': 'password',
  'POST /api/profile/sign-out-everywhere': 'profile sign-out-everywhere',
  'GET /api/tokens': 'tokens list',
  'POST /api/tokens': 'tokens create',
  'DELETE /api/tokens/{id}': 'tokens revoke',

  // Webhooks, and the events they carry
  'GET /api/webhooks': 'webhooks list',
  'POST /api/webhooks': 'webhooks add',
  'GET /api/webhooks/{id}': 'webhooks show',
  'PATCH /api/webhooks/{id}': 'webhooks edit',
  'DELETE /api/webhooks/{id}': 'webhooks remove',
  'POST /api/webhooks/{id}/rotate-secret': 'webhooks rotate-secret',
  'GET /api/webhooks/{id}/deliveries': 'webhooks deliveries',
  'POST /api/webhooks/{id}/redeliver': 'webhooks redeliver',
  'POST /api/webhooks/{id}/test': 'webhooks test',
  'GET /api/events/{id}': 'event',
  'GET /api/notifications': 'notifications list',
  'POST /api/notifications/read': 'notifications read',

  // The workspace: settings, people, audit, backup, readiness
  'GET /api/workspace': 'workspace show',
  'PATCH /api/workspace': 'workspace edit',
  'GET /api/people': 'people list',
  'POST /api/people': 'people create',
  'POST /api/people/invitations': 'people invite',
  'PATCH /api/people/{personId}': 'people edit',
  'POST /api/people/{personId}/deactivate': 'people deactivate',
  'POST /api/people/{personId}/reactivate': 'people reactivate',
  'POST /api/people/{personId}/invitation': 'people resend',
  'POST /api/people/{personId}/two-factor/reset': 'people reset-two-factor',
  'POST /api/people/{personId}/password-reset': 'people reset-password',
  'GET /api/audit': 'audit',
  'GET /api/backup': 'backup',
  'GET /api/ready': 'ready',

  // Exports and imports
  'GET /api/products/{productKey}/export': 'export',
  'GET /api/products/{productKey}/export/product': 'export --format',
  'POST /api/products/import': 'products import',

  // Products and their members
  'GET /api/products': 'products list',
  'POST /api/products': 'products create',
  'GET /api/products/{productKey}': 'products show',
  'PATCH /api/products/{productKey}': 'products edit',
  'POST /api/products/{productKey}/archive': 'products archive',
  'POST /api/products/{productKey}/restore': 'products restore',
  'GET /api/products/{productKey}/members': 'members list',
  'PUT /api/products/{productKey}/members': 'members set-role',
  'DELETE /api/products/{productKey}/members/{personId}': 'members remove',

  // Items
  'GET /api/products/{productKey}/items': 'items list',
  'POST /api/products/{productKey}/items': 'items add',
  'GET /api/items/{itemKey}': 'items show',
  'PATCH /api/items/{itemKey}': 'items edit',
  'DELETE /api/items/{itemKey}': 'items archive',
  'POST /api/items/{itemKey}/restore': 'items restore',
  'POST /api/items/{itemKey}/move': 'items move',
  'GET /api/items/{itemKey}/history': 'items history',
  'POST /api/items/{itemKey}/comments': 'items comment',
  'PUT /api/items/{itemKey}/watching': 'items watch',
  'POST /api/items/{itemKey}/split': 'items split',
  'POST /api/products/{productKey}/items/bulk': 'items bulk',

  // Requests and triage
  'POST /api/products/{productKey}/requests': 'requests add',
  'GET /api/products/{productKey}/duplicates': 'requests similar',
  'GET /api/requests/{requestKey}': 'requests show',
  'POST /api/requests/{requestKey}/replies': 'requests reply',
  'GET /api/products/{productKey}/requests': 'triage inbox',
  'GET /api/products/{productKey}/requests/count': 'triage count',
  'POST /api/requests/{requestKey}/accept': 'triage accept',
  'POST /api/requests/{requestKey}/merge': 'triage merge',
  'POST /api/requests/{requestKey}/ask': 'triage ask',
  'POST /api/requests/{requestKey}/decline': 'triage decline',
  'POST /api/products/{productKey}/requests/triage': 'triage bulk',

  // Refinement, planning poker, scoring
  'GET /api/products/{productKey}/refinement-sessions': 'refinement list',
  'POST /api/products/{productKey}/refinement-sessions': 'refinement schedule',
  'GET /api/refinement-sessions/{sessionId}': 'refinement show',
  'PUT /api/refinement-sessions/{sessionId}/agenda': 'refinement agenda',
  'POST /api/refinement-sessions/{sessionId}/start': 'refinement start',
  'POST /api/refinement-sessions/{sessionId}/join': 'refinement join',
  'PUT /api/refinement-sessions/{sessionId}/items/{itemKey}': 'refinement note',
  'POST /api/refinement-sessions/{sessionId}/end': 'refinement end',
  'GET /api/items/{itemKey}/commitment-check': 'refinement commitment-check',
  'POST /api/refinement-sessions/{sessionId}/poker': 'poker start',
  'GET /api/poker-rounds/{roundId}': 'poker show',
  'PUT /api/poker-rounds/{roundId}/vote': 'poker vote',
  'POST /api/poker-rounds/{roundId}/reveal': 'poker reveal',
  'POST /api/poker-rounds/{roundId}/revote': 'poker revote',
  'POST /api/poker-rounds/{roundId}/agree': 'poker agree',
  'GET /api/products/{productKey}/score-order': 'scoring preview',
  'POST /api/products/{productKey}/score-order/apply': 'scoring apply',

  // Sprints, releases, and what they tell
  'GET /api/products/{productKey}/sprints': 'sprints list',
  'POST /api/products/{productKey}/sprints': 'sprints create',
  'GET /api/sprints/{sprintId}/proposal': 'sprints plan',
  'POST /api/sprints/{sprintId}/items': 'sprints commit',
  'POST /api/sprints/{sprintId}/return': 'sprints return',
  'POST /api/sprints/{sprintId}/start': 'sprints start',
  'GET /api/sprints/{sprintId}/board': 'sprints board',
  'POST /api/sprints/{sprintId}/board/move': 'sprints move',
  'POST /api/sprints/{sprintId}/close': 'sprints close',
  'GET /api/products/{productKey}/forecast': 'sprints forecast',
  'GET /api/products/{productKey}/releases': 'releases list',
  'POST /api/products/{productKey}/releases': 'releases create',
  'PATCH /api/releases/{releaseId}': 'releases edit',
  'POST /api/releases/{releaseId}/items': 'releases add',
  'DELETE /api/releases/{releaseId}/items/{itemKey}': 'releases remove',
  'GET /api/releases/{releaseId}/burn-up': 'releases burn-up',
  'GET /api/products/{productKey}/release-notes': 'releases notes',
  'GET /api/products/{productKey}/roadmap': 'roadmap',
  'GET /api/products/{productKey}/insights': 'insights',

  // The custodian's day
  'GET /api/products/{productKey}/custodian': 'custodian',
  'GET /api/products/{productKey}/health': 'custodian --trend',
  'GET /api/products/{productKey}/stale': 'stale --dry-run',
  'POST /api/products/{productKey}/stale/apply': 'stale --apply',
  'GET /api/products/{productKey}/stale-runs': 'stale --runs',
  'POST /api/stale-runs/{runId}/undo': 'stale --undo',
};

/** The operations a terminal has no use for, each with the reason. */
export const webOnlyOperations: Record<string, string> = {
  'GET /api/products/{productKey}/events':
    'the live stream that updates open pages; a command reads the state when it runs',
  'GET /api/session':
    'the page asking whether anyone is signed in; `ordo whoami` (GET /api/me) says who the token is',
  'POST /api/auth/sign-out': 'ends a browser session cookie; the CLI holds a token (`ordo tokens revoke`)',
  'GET /api/auth/methods': 'which sign-in forms the sign-in page shows',
  'GET /api/auth/oidc/start': 'company sign-in: a browser redirect to the provider',
  'GET /api/auth/oidc/callback': 'company sign-in: the provider redirects the browser back',
  'POST /api/auth/password-reset':
    'forgotten password, from the sign-in page: no one is signed in to run a command',
  'POST /api/auth/links/inspect': 'the page a mailed invitation or reset link opens',
  'POST /api/auth/links/use': 'the page a mailed invitation or reset link opens',
  'GET /api/public/products/{productKey}': 'the public intake form, for requesters without an account',
  'POST /api/public/products/{productKey}/requests':
    'the public intake form, for requesters without an account (members use `ordo requests add`)',
  'GET /api/public/requests/{token}': 'an anonymous requester’s status page, opened from its link',
  'POST /api/public/requests/{token}/replies':
    'an anonymous requester answering on their status page (signed-in requesters use `ordo requests reply`)',
  // The server refuses these to API tokens, and the CLI acts with one: a leaked token must not
  // be able to take the account over (src/app/auth/refuse-tokens.ts).
  'POST /api/profile/two-factor': 'two-factor sign-in is changed signed in, never with an API token',
  'POST /api/profile/two-factor/confirm': 'two-factor sign-in is changed signed in, never with an API token',
  'POST /api/profile/two-factor/recovery-codes':
    'recovery codes are renewed signed in, never with an API token',
  'DELETE /api/profile/two-factor': 'two-factor sign-in is changed signed in, never with an API token',
  'GET /api/health': 'liveness for load balancers; `ordo ready` checks a server from a terminal',
};
