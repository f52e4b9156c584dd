/**
 * The sample product a fresh Ordo install opens on: "Tally Payments", a fictional invoicing and payments
 * SaaS for small businesses. An ordered product backlog (index 0 is the top) with every item type, every
 * source, a few recently shipped and parked items, thin and stale items further down, and requests still
 * waiting in triage. Links refer to other items by their index in `sampleItems`.
 *
 * All names, companies and e-mail addresses are fictional.
 */

export type SampleItemType = 'story' | 'bug' | 'task' | 'spike' | 'enhancement' | 'compliance';
export type SampleSource = 'customer' | 'internal' | 'client_facing';
export type SampleStatus = 'open' | 'in_progress' | 'on_hold' | 'done';
export type SampleRole = 'owner' | 'editor' | 'member' | 'stakeholder';

export interface SampleItem {
  type: SampleItemType;
  title: string;
  problem: string;
  serves: string;
  outcome: string;
  acceptanceCriteria: { text: string; done: boolean }[];
  estimate: number | null;
  timeboxDays?: number;
  deadline?: string;
  tags: string[];
  status: SampleStatus;
  holdReason?: string;
  source: SampleSource;
  requesters: { name: string; email?: string }[];
  links?: { kind: 'duplicate_of' | 'blocks' | 'relates_to' | 'parent'; to: number }[];
  comments?: { author: SampleRole; body: string }[];
  lastActivityDaysAgo: number;
}

export interface SampleRequest {
  source: SampleSource;
  title: string;
  problem: string;
  requester: { name: string; email: string };
  accountsAffected?: number;
  dealValue?: number;
  urgency?: 'low' | 'medium' | 'high';
  receivedDaysAgo: number;
}

export const sampleProduct = {
  key: 'PAY',
  name: 'Tally Payments',
  description:
    'Tally helps small businesses send invoices, get paid online by card or bank, and keep receivables in order. ' +
    'This is a sample product: explore it, change it, or archive it when you are ready to start your own.',
};

export const sampleItems: SampleItem[] = [
  // 0
  {
    type: 'story',
    title: 'Automatic payment reminders before and after the due date',
    problem:
      'As a business owner, I want Tally to remind my clients about unpaid invoices so that I get paid on time ' +
      'without writing awkward follow-up emails. Today owners chase late payers by hand, many forget, and invoices ' +
      'drift 30+ days past due. Support hears about this every week.',
    serves: 'Small business owners who send invoices and want to be paid on time',
    outcome: 'Median days from invoice sent to paid drops from 24 to under 18 within two months of release.',
    acceptanceCriteria: [
      {
        text:
          'An owner can turn reminders on for the account and set up to 3 steps (e.g. 3 days before, on the due ' +
          'date, 7 days after)',
        done: true,
      },
      {
        text: 'A reminder is sent only if the invoice is still unpaid at send time; a paid invoice never gets one',
        done: true,
      },
      {
        text: 'Each reminder appears on the invoice timeline with its send time and delivery status',
        done: false,
      },
      { text: 'An owner can exclude a single client from reminders on the client page', done: false },
    ],
    estimate: 5,
    tags: ['invoices', 'reminders', 'email'],
    status: 'in_progress',
    source: 'customer',
    requesters: [
      { name: 'Lucía Fernández (Panadería Sol)', email: 'lucia@example.com' },
      { name: `Grace O'Connor (O'Connor Plumbing)`, email: 'grace.oconnor@example.com' },
      { name: 'Ravi Menon (Spice Route Catering)', email: 'ravi@example.com' },
      { name: 'Henrik Larsen (Fjord Bikes)', email: 'henrik@example.com' },
      { name: 'Yusuf Demir (Demir Textiles)', email: 'yusuf@example.com' },
    ],
    comments: [
      {
        author: 'owner',
        body: 'Most requested item of the last two quarters, and it moves our days-to-paid goal directly. Stays on top.',
      },
      {
        author: 'member',
        body:
          'Sends run on the current scheduler for now. If we move to the job queue later, this ports over without ' +
          'changes.',
      },
    ],
    lastActivityDaysAgo: 1,
  },
  // 1
  {
    type: 'bug',
    title: 'Invoice PDF shows wrong VAT total when a line has a discount',
    problem:
      '**Steps:** create an invoice with two lines at 20% VAT, give the second line a 10% discount, open the PDF ' +
      'preview.\n\n**Expected:** VAT is computed on the discounted amount and the PDF totals match the web view.\n\n' +
      '**Actual:** the PDF computes VAT on the full line amount, so its total is higher than the web total (from a ' +
      'few cents up to several euros).',
    serves: 'Owners who give line discounts, and the accountants who file their VAT returns',
    outcome: 'The PDF, the web view and the API show the same totals for every invoice, to the cent.',
    acceptanceCriteria: [
      {
        text:
          'For an invoice with a discounted line, the VAT on the PDF equals the VAT in the web view and in the API ' +
          'response',
        done: true,
      },
      { text: 'Automated tests cover a line discount, an invoice discount, and both together', done: true },
      {
        text: 'Support gets a list of accounts that sent an affected PDF in the last 12 months',
        done: false,
      },
    ],
    estimate: 3,
    tags: ['invoices', 'tax', 'pdf'],
    status: 'in_progress',
    source: 'customer',
    requesters: [
      { name: 'Tomasz Nowak (Nowak Joinery)', email: 'tomasz.nowak@example.com' },
      { name: 'Sofia Rossi (Rossi Wines)' },
      { name: 'Emily Clarke (Clarke & Co Accountants)', email: 'emily@example.org' },
      { name: 'Chloé Martin (Atelier Martin)', email: 'chloe.martin@example.com' },
    ],
    comments: [
      {
        author: 'editor',
        body:
          'Reproduced on staging. The PDF template rounds on its own instead of using the totals from the invoice ' +
          'service.',
      },
    ],
    lastActivityDaysAgo: 0,
  },
  // 2
  {
    type: 'compliance',
    title: 'Issue invoices as Factur-X for French businesses',
    problem:
      'From September 2027, small and mid-sized French businesses must issue B2B invoices as structured e-invoices ' +
      'sent through an approved platform. Around 1,900 of our paying accounts are in France; without this they ' +
      'cannot legally keep invoicing with Tally.',
    serves: 'Account holders in France, and the company, which would otherwise lose those accounts',
    outcome:
      'Every French account can issue valid Factur-X invoices through our partner platform before the mandate applies.',
    acceptanceCriteria: [
      {
        text:
          'An invoice from a French account downloads as Factur-X (PDF/A-3 with embedded XML) that passes the ' +
          'official validator',
        done: false,
      },
      {
        text:
          'SIREN and VAT numbers of both parties are required before a French B2B invoice is issued, with a clear ' +
          'message if missing',
        done: true,
      },
      {
        text:
          'The invoice is transmitted to the partner platform and its status (submitted, accepted, rejected) shows ' +
          'on the invoice',
        done: false,
      },
    ],
    estimate: 8,
    deadline: '2027-09-01',
    tags: ['e-invoicing', 'tax', 'compliance'],
    status: 'in_progress',
    source: 'internal',
    requesters: [{ name: 'Camille Dubois (Legal)', email: 'camille.dubois@example.org' }],
    links: [{ kind: 'relates_to', to: 20 }],
    comments: [
      {
        author: 'owner',
        body: 'The date is set by law, so this stays at the top until it ships. Platform partner chosen in the spike.',
      },
    ],
    lastActivityDaysAgo: 2,
  },
  // 3
  {
    type: 'story',
    title: 'Pay an invoice by SEPA Direct Debit',
    problem:
      'As a client in the euro area, I want to sign a direct debit mandate once so that my regular invoices are paid ' +
      'without me doing anything. Card was the only online option, so these clients paid by bank transfer, which ' +
      'owners then had to match by hand.',
    serves: 'Clients in the SEPA area and the owners who invoice them',
    outcome: 'A larger share of euro invoices is paid online; fewer transfers need manual matching.',
    acceptanceCriteria: [
      {
        text: 'A client can sign a SEPA mandate on the hosted invoice page and pay in the same step',
        done: true,
      },
      {
        text:
          'Later invoices to that client are collected with the saved mandate, after a notice email at least 2 days ' +
          'before',
        done: true,
      },
      { text: 'A failed debit sets the invoice back to unpaid and notifies the owner', done: true },
    ],
    estimate: 8,
    tags: ['payments', 'sepa', 'checkout'],
    status: 'done',
    source: 'customer',
    requesters: [
      { name: 'Jakob Müller (Müller Elektro)', email: 'jakob@example.com' },
      { name: 'Ingrid Bauer (Bauer Steuerberatung)', email: 'i.bauer@example.org' },
      { name: 'Mateus Silva (Silva Design Co.)', email: 'mateus@example.com' },
    ],
    lastActivityDaysAgo: 6,
  },
  // 4
  {
    type: 'task',
    title: 'Upgrade the PDF renderer to Node 22 and a current headless Chromium',
    problem:
      'The PDF service still runs on Node 18, which is past end of life, with a Chromium build that misses several ' +
      'security fixes. It is also slow: p95 render time is about 1.8 s per invoice.',
    serves: 'The engineering team, and every user who downloads or sends a PDF',
    outcome: 'Supported runtime, no critical CVEs in the PDF image, and p95 render time under 1 s.',
    acceptanceCriteria: [
      {
        text: 'The PDF service image builds on Node 22 and the container scan reports no critical or high CVEs',
        done: true,
      },
      {
        text: 'A visual diff of 200 sample invoices shows no layout change beyond the agreed pixel tolerance',
        done: false,
      },
      { text: 'p95 render time measured on staging is under 1,000 ms', done: false },
    ],
    estimate: 3,
    tags: ['pdf', 'performance', 'security'],
    status: 'in_progress',
    source: 'internal',
    requesters: [{ name: 'Maya Okafor', email: 'maya.okafor@example.org' }],
    lastActivityDaysAgo: 1,
  },
  // 5
  {
    type: 'story',
    title: 'Record partial payments against one invoice',
    problem:
      'As an owner whose clients pay large invoices in instalments, I want to record each payment against the ' +
      'invoice so that I always see what is still owed. Today an invoice is either paid or unpaid, so owners mark it ' +
      'paid too early or leave it open with a note, and the receivables report is wrong either way.',
    serves: 'Businesses paid in instalments: trades, agencies, wholesalers',
    outcome: 'Invoices show amount paid and balance due, and reports are based on the balance.',
    acceptanceCriteria: [
      {
        text: 'An owner can record several payments on one invoice, each with a date, amount and method',
        done: true,
      },
      {
        text: 'The invoice shows **Partially paid** and the remaining balance until the balance reaches zero',
        done: false,
      },
      {
        text: 'The aged receivables report uses the outstanding balance, not the invoice total',
        done: false,
      },
      {
        text: 'A payment larger than the remaining balance is refused with a message explaining why',
        done: false,
      },
    ],
    estimate: 5,
    tags: ['payments', 'invoices', 'reporting'],
    status: 'in_progress',
    source: 'client_facing',
    requesters: [
      { name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' },
      { name: 'Felix Hartmann (Hartmann Bau GmbH)', email: 'f.hartmann@example.com' },
      { name: 'Lars Eriksson (Customer Success)', email: 'lars.eriksson@example.org' },
      { name: 'Amara Obi (Sales)', email: 'amara.obi@example.org' },
    ],
    comments: [
      {
        author: 'stakeholder',
        body:
          'Hartmann Bau (40 users) say this is the one thing keeping them on their old tool. They would sign this ' +
          'quarter.',
      },
      {
        author: 'owner',
        body: 'Pulled forward. If the report change slows us down, Ethan will split it into its own item.',
      },
    ],
    lastActivityDaysAgo: 3,
  },
  // 6
  {
    type: 'bug',
    title: 'Two invoices get the same number when created at the same moment',
    problem:
      '**Steps:** two users of one account create an invoice within the same second (easy to trigger through the ' +
      'API).\n\n**Expected:** consecutive numbers, e.g. `INV-0412` and `INV-0413`.\n\n' +
      '**Actual:** both invoices get `INV-0412`, which breaks the legal rule of unique, unbroken numbering.',
    serves: 'Accounts with several users or an API integration',
    outcome: 'Invoice numbers are unique and gap-free per account, whatever the load.',
    acceptanceCriteria: [
      {
        text: 'Creating 50 invoices in parallel through the API gives 50 distinct, consecutive numbers',
        done: true,
      },
      { text: 'The database rejects a second invoice with the same number in one account', done: true },
      { text: 'Support has contacted every account that received a duplicate number', done: false },
    ],
    estimate: 3,
    tags: ['invoices', 'api'],
    status: 'done',
    source: 'customer',
    requesters: [
      { name: 'Daniel Cohen (Brightline Legal)', email: 'dcohen@example.com' },
      { name: 'Olu Adeyemi (Adeyemi Consulting)' },
    ],
    lastActivityDaysAgo: 9,
  },
  // 7
  {
    type: 'enhancement',
    title: 'Show accepted payment methods on the hosted invoice page',
    problem:
      'Clients opening an invoice link could not tell how they were allowed to pay until they clicked **Pay now**, ' +
      'and some emailed the owner to ask whether cards were accepted.',
    serves: 'Clients who receive invoices, and the owners who answer their questions',
    outcome: 'Clients see at a glance how they can pay; owners get fewer "how do I pay?" emails.',
    acceptanceCriteria: [
      {
        text:
          'The hosted invoice page lists the methods enabled for the account (card, SEPA, bank transfer) above the ' +
          'pay button',
        done: true,
      },
      { text: 'A method the account has not enabled is never shown', done: true },
    ],
    estimate: 2,
    tags: ['checkout', 'payments'],
    status: 'done',
    source: 'customer',
    requesters: [{ name: 'Aiko Tanaka (Studio Kumo)', email: 'aiko@example.com' }],
    lastActivityDaysAgo: 12,
  },
  // 8
  {
    type: 'spike',
    title: 'Spike: choose a partner platform for French e-invoicing',
    problem:
      'Becoming an approved e-invoicing platform ourselves is out of reach, so French invoices must go through a ' +
      'partner. We need to know which one fits our API, our prices and our timeline.',
    serves: 'The team building Factur-X support',
    outcome: 'A written recommendation comparing at least three platforms, and a decision.',
    acceptanceCriteria: [
      {
        text: 'At least three platforms compared on one page: price per invoice, API, sandbox, approval status',
        done: true,
      },
      { text: 'A proof of concept sends one test invoice to the chosen platform sandbox', done: true },
      { text: 'The decision is recorded as a comment on the Factur-X item', done: true },
    ],
    estimate: 2,
    timeboxDays: 3,
    tags: ['e-invoicing', 'research'],
    status: 'done',
    source: 'internal',
    requesters: [{ name: 'Maya Okafor', email: 'maya.okafor@example.org' }],
    links: [{ kind: 'parent', to: 2 }],
    comments: [
      {
        author: 'member',
        body:
          'Picked the platform with the best sandbox and under 5 cents per invoice. Comparison is linked from the ' +
          'Factur-X item.',
      },
    ],
    lastActivityDaysAgo: 14,
  },
  // 9
  {
    type: 'compliance',
    title: 'WCAG 2.2 AA: use the invoice editor with a keyboard only',
    problem:
      'An accessibility audit found that invoice lines could not be added, reordered or deleted without a mouse, and ' +
      'focus was lost after saving. Public-sector buyers ask for a conformance statement before they sign.',
    serves: 'Keyboard and screen-reader users, and sales to public-sector buyers',
    outcome:
      'The invoice editor passes the keyboard checks of the audit, so we can state AA conformance for it.',
    acceptanceCriteria: [
      {
        text: 'Every editor action can be reached with Tab / Shift+Tab and triggered with Enter or Space',
        done: true,
      },
      { text: 'After save, delete and reorder, focus lands on a visible and logical element', done: true },
      { text: 'The external auditor re-tested and closed the three keyboard findings', done: true },
    ],
    estimate: 5,
    tags: ['accessibility', 'invoices'],
    status: 'done',
    source: 'internal',
    requesters: [{ name: 'Hannah Schmidt (Design)', email: 'hannah.schmidt@example.org' }],
    lastActivityDaysAgo: 20,
  },
  // 10
  {
    type: 'story',
    title: 'Export invoices and payments to DATEV for German tax advisers',
    problem:
      'As a German business owner, I want to hand my tax adviser a DATEV file each month so that they do not have to ' +
      'retype my invoices. Today owners export a generic CSV that advisers remap by hand, and some advisers have ' +
      'told their clients to switch tools.',
    serves: 'German businesses and their tax advisers',
    outcome:
      'A monthly export that imports into DATEV without edits; fewer German cancellations that cite the accountant.',
    acceptanceCriteria: [
      {
        text: 'An owner can export a chosen month in DATEV format (EXTF CSV) from the reports page',
        done: false,
      },
      { text: 'The file imports into DATEV without errors for EUR invoices at 19% and 7% VAT', done: false },
      {
        text: 'Revenue account mapping (SKR03 or SKR04) is set once in settings and used for every export',
        done: false,
      },
    ],
    estimate: 8,
    tags: ['reporting', 'integrations', 'tax'],
    status: 'open',
    source: 'client_facing',
    requesters: [
      { name: 'Lars Eriksson (Customer Success)', email: 'lars.eriksson@example.org' },
      { name: 'Ingrid Bauer (Bauer Steuerberatung)', email: 'i.bauer@example.org' },
      { name: 'Jakob Müller (Müller Elektro)', email: 'jakob@example.com' },
      { name: 'Amara Obi (Sales)', email: 'amara.obi@example.org' },
    ],
    links: [{ kind: 'relates_to', to: 37 }],
    lastActivityDaysAgo: 5,
  },
  // 11
  {
    type: 'bug',
    title: 'Card payment recorded twice when the payment webhook is retried',
    problem:
      '**Steps:** pay an invoice by card while our webhook endpoint returns a 500 once (e.g. during a deploy), so ' +
      'the provider retries the event.\n\n**Expected:** one payment recorded.\n\n' +
      '**Actual:** two payments are recorded, the invoice shows a negative balance, and the owner gets two "paid" ' +
      'emails.',
    serves: 'Every account that takes card payments',
    outcome: 'Webhook handling is idempotent: any number of retries records a payment exactly once.',
    acceptanceCriteria: [
      {
        text: 'Replaying the same payment event 5 times records one payment and sends one email',
        done: false,
      },
      { text: 'Events are de-duplicated by the provider event id, kept for at least 30 days', done: false },
    ],
    estimate: 2,
    tags: ['payments', 'api'],
    status: 'open',
    source: 'customer',
    requesters: [
      { name: 'Kwame Mensah (Mensah Logistics)', email: 'kwame@example.com' },
      { name: 'Nguyen Thi Lan (Lotus Spa)' },
    ],
    links: [{ kind: 'relates_to', to: 5 }],
    comments: [
      { author: 'member', body: 'Small fix, big damage when it happens. I can take it next sprint.' },
    ],
    lastActivityDaysAgo: 4,
  },
  // 12
  {
    type: 'compliance',
    title: 'GDPR: anonymise client personal data after the retention period',
    problem:
      'We keep client contact data forever, including for closed accounts. Our privacy notice promises deletion once ' +
      'the legal retention period for invoices ends, and the last data-protection review flagged the gap.',
    serves: 'The people whose data our users store, and the company in front of a regulator',
    outcome:
      'Personal data is anonymised automatically when its retention period ends, with a log we can show an auditor.',
    acceptanceCriteria: [
      {
        text:
          'For a closed account, client contact data is anonymised once the retention period for its country has ' +
          'passed since the last invoice',
        done: false,
      },
      { text: 'Invoice numbers and amounts are kept, so accounting totals do not change', done: false },
      { text: 'A nightly job writes what it anonymised to an audit log that admins can read', done: false },
      { text: 'A dry-run mode lists what would be anonymised without changing any data', done: false },
    ],
    estimate: 8,
    deadline: '2027-03-31',
    tags: ['privacy', 'compliance'],
    status: 'open',
    source: 'internal',
    requesters: [{ name: 'Camille Dubois (Legal)', email: 'camille.dubois@example.org' }],
    lastActivityDaysAgo: 11,
  },
  // 13
  {
    type: 'enhancement',
    title: 'Send several invoices at once from the invoice list',
    problem:
      'At month end, owners with retainer clients create 20 to 100 invoices and have to open each one to click ' +
      '**Send**.',
    serves: 'Owners who invoice many clients on the same day',
    outcome: 'Month-end sending takes one action instead of one per invoice.',
    acceptanceCriteria: [
      {
        text: 'An owner can select draft invoices in the list and send them all after one confirmation',
        done: false,
      },
      { text: 'A summary shows how many were sent and lists any that failed, with the reason', done: false },
      {
        text: 'Invoices whose client has no email address are skipped and named in the summary',
        done: false,
      },
    ],
    estimate: 3,
    tags: ['invoices', 'productivity'],
    status: 'open',
    source: 'customer',
    requesters: [
      { name: 'Ravi Menon (Spice Route Catering)', email: 'ravi@example.com' },
      { name: 'Sofia Rossi (Rossi Wines)' },
      { name: 'Henrik Larsen (Fjord Bikes)', email: 'henrik@example.com' },
      { name: 'Mateus Silva (Silva Design Co.)', email: 'mateus@example.com' },
      { name: `Grace O'Connor (O'Connor Plumbing)`, email: 'grace.oconnor@example.com' },
      { name: 'Aiko Tanaka (Studio Kumo)', email: 'aiko@example.com' },
    ],
    lastActivityDaysAgo: 17,
  },
  // 14
  {
    type: 'task',
    title: 'Raise test coverage of the tax module to 90%',
    problem:
      'The tax module is at 61% line coverage, and the VAT-on-discount bug went through it unnoticed. Per-country ' +
      'rounding rules are the least tested part.',
    serves: 'Developers who change tax logic',
    outcome: 'Rounding and VAT mistakes are caught in CI instead of by customers.',
    acceptanceCriteria: [
      { text: 'Line coverage of `src/tax` is at least 90% in CI', done: false },
      {
        text: 'Table-driven tests cover rounding per line and per invoice for FR, DE, NL, ES and UK',
        done: false,
      },
      { text: 'CI fails when coverage of `src/tax` drops below 90%', done: false },
    ],
    estimate: 3,
    tags: ['tax', 'testing'],
    status: 'open',
    source: 'internal',
    requesters: [{ name: 'Maya Okafor', email: 'maya.okafor@example.org' }],
    links: [{ kind: 'relates_to', to: 1 }],
    lastActivityDaysAgo: 8,
  },
  // 15
  {
    type: 'story',
    title: 'Recurring invoices that stop after a date or a number of invoices',
    problem:
      'As an owner with fixed-term contracts, I want a recurring invoice to end when the contract does so that ' +
      'clients are not billed after it ends. Today schedules run until someone stops them by hand.',
    serves: 'Owners with fixed-term retainers',
    outcome: 'Recurring invoices end on their own; no more credit notes for invoices sent by mistake.',
    acceptanceCriteria: [
      {
        text: 'A recurring schedule can end on a given date or after a given number of invoices',
        done: false,
      },
      { text: 'The owner gets an email one week before the last invoice of a schedule is sent', done: false },
    ],
    estimate: 5,
    tags: ['invoices', 'recurring'],
    status: 'open',
    source: 'customer',
    requesters: [
      { name: 'Daniel Cohen (Brightline Legal)', email: 'dcohen@example.com' },
      { name: 'Olu Adeyemi (Adeyemi Consulting)' },
    ],
    lastActivityDaysAgo: 21,
  },
  // 16
  {
    type: 'spike',
    title: 'Spike: pay-by-bank (open banking) for UK invoices',
    problem:
      'UK clients mostly pay by bank transfer, which we cannot confirm automatically. Sales hears that competitors ' +
      'offer pay-by-bank with lower fees than cards.',
    serves: 'UK owners and their clients',
    outcome: 'Know whether pay-by-bank is feasible for us, with which provider and at what cost per payment.',
    acceptanceCriteria: [
      { text: 'Two providers compared on fees, UK bank coverage and refund support', done: false },
    ],
    estimate: null,
    timeboxDays: 5,
    tags: ['payments', 'uk', 'research'],
    status: 'open',
    source: 'client_facing',
    requesters: [
      { name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' },
      { name: 'Jamal Harris (Harris Landscaping)', email: 'jamal@example.com' },
    ],
    lastActivityDaysAgo: 26,
  },
  // 17
  {
    type: 'story',
    title: 'Client portal: clients see and download all their invoices',
    problem:
      'As a client, I want one page with every invoice a business has sent me so that I can do my own bookkeeping ' +
      'without asking for copies. Owners spend time resending old invoices on request.',
    serves: 'Clients of our users, and owners who field resend requests',
    outcome: 'Fewer resend requests; clients help themselves.',
    acceptanceCriteria: [
      {
        text: 'A client with a portal link sees every invoice that business addressed to them, with its status',
        done: false,
      },
      { text: 'Each invoice can be downloaded as a PDF from the portal', done: false },
    ],
    estimate: 8,
    tags: ['portal', 'invoices'],
    status: 'on_hold',
    holdReason:
      'Waiting for legal to say how long a portal link may stay valid and what a client may see without logging in.',
    source: 'customer',
    requesters: [
      { name: 'Chloé Martin (Atelier Martin)', email: 'chloe.martin@example.com' },
      { name: 'Emily Clarke (Clarke & Co Accountants)', email: 'emily@example.org' },
      { name: 'Fatima Al-Sayed (Cedar Dental)', email: 'fatima@example.com' },
    ],
    comments: [
      {
        author: 'owner',
        body: 'Parked until legal answers. Nothing else blocks it; it goes back near the top once they do.',
      },
    ],
    lastActivityDaysAgo: 45,
  },
  // 18
  {
    type: 'enhancement',
    title: 'Custom fields on invoices, such as a purchase order number',
    problem:
      'Larger companies reject invoices that lack their PO number. Owners type it into the notes field, which their ' +
      `clients' accounts-payable systems do not read.`,
    serves: 'Owners who invoice larger companies',
    outcome: 'Invoices carry the references clients require and are not bounced back.',
    acceptanceCriteria: [
      {
        text: 'An owner can define up to 5 custom fields that appear on the invoice form and the PDF',
        done: false,
      },
      { text: 'Custom fields are included in the API and the CSV export', done: false },
    ],
    estimate: 5,
    tags: ['invoices', 'api'],
    status: 'open',
    source: 'client_facing',
    requesters: [
      { name: 'Lars Eriksson (Customer Success)', email: 'lars.eriksson@example.org' },
      { name: 'Nadia Petrova (Support)', email: 'nadia.petrova@example.org' },
    ],
    lastActivityDaysAgo: 33,
  },
  // 19
  {
    type: 'bug',
    title: 'Android app crashes when scanning a receipt',
    problem:
      'On some Android 14 phones (reported on a Pixel 7 and a Galaxy S23), opening **Add expense → Scan** closes the ' +
      'app. Expected: the camera preview opens. Actual: the app crashes to the home screen.',
    serves: 'Android users who track expenses',
    outcome: 'Scanning works on Android 14.',
    acceptanceCriteria: [
      { text: 'Scanning a receipt works on a Pixel 7 and a Galaxy S23 running Android 14', done: false },
    ],
    estimate: 3,
    tags: ['mobile', 'android', 'expenses'],
    status: 'open',
    source: 'customer',
    requesters: [
      { name: 'Kwame Mensah (Mensah Logistics)', email: 'kwame@example.com' },
      { name: 'Mateus Silva (Silva Design Co.)', email: 'mateus@example.com' },
    ],
    comments: [
      {
        author: 'member',
        body: 'Crash log points at the camera permission flow that changed in Android 14. Need a device to confirm.',
      },
    ],
    lastActivityDaysAgo: 19,
  },
  // 20
  {
    type: 'compliance',
    title: 'Germany: issue invoices as XRechnung',
    problem:
      'German businesses above a turnover threshold must issue B2B e-invoices from January 2027, and smaller ones a ' +
      'year later. Our German accounts can receive e-invoices but cannot issue them yet.',
    serves: 'Account holders in Germany',
    outcome: 'German accounts can issue compliant e-invoices before their obligation starts.',
    acceptanceCriteria: [
      {
        text: 'An invoice from a German account exports as XRechnung XML that passes the KoSIT validator',
        done: false,
      },
    ],
    estimate: 8,
    deadline: '2027-01-01',
    tags: ['e-invoicing', 'tax', 'germany'],
    status: 'open',
    source: 'internal',
    requesters: [{ name: 'Camille Dubois (Legal)', email: 'camille.dubois@example.org' }],
    links: [{ kind: 'relates_to', to: 2 }],
    comments: [
      {
        author: 'owner',
        body:
          'Only a few of our German accounts are above the threshold; most must issue from 2028. Ranked below France ' +
          'for now.',
      },
    ],
    lastActivityDaysAgo: 24,
  },
  // 21
  {
    type: 'task',
    title: 'Move scheduled jobs from cron to a job queue',
    problem:
      'Reminders, recurring invoices and exports run as cron scripts on one server. A failed run is silent and is ' +
      'never retried, and that server is a single point of failure.',
    serves: 'The engineering team, and owners who rely on scheduled sends',
    outcome: 'Scheduled work retries on failure and is visible in one place.',
    acceptanceCriteria: [
      { text: 'A failed job is retried up to 3 times and then alerts the on-call developer', done: false },
    ],
    estimate: 8,
    tags: ['infrastructure', 'reliability'],
    status: 'open',
    source: 'internal',
    requesters: [{ name: 'Maya Okafor', email: 'maya.okafor@example.org' }],
    links: [{ kind: 'blocks', to: 15 }],
    lastActivityDaysAgo: 30,
  },
  // 22
  {
    type: 'story',
    title: 'Sign in with Google Workspace or Microsoft Entra ID',
    problem:
      'As an admin of a firm with 10+ users, I want staff to sign in with their company account so that they lose ' +
      'access the day they leave. Procurement questionnaires from larger prospects ask for SSO.',
    serves: 'Admins of multi-user accounts',
    outcome: 'Larger accounts can buy without an SSO objection.',
    acceptanceCriteria: [
      { text: 'Users can sign in with Google Workspace', done: false },
      { text: 'Users can sign in with Microsoft Entra ID', done: false },
      { text: 'An admin can require SSO for everyone in the account', done: false },
    ],
    estimate: 13,
    tags: ['security', 'auth'],
    status: 'open',
    source: 'client_facing',
    requesters: [
      { name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' },
      { name: 'Felix Hartmann (Hartmann Bau GmbH)', email: 'f.hartmann@example.com' },
      { name: 'Amara Obi (Sales)', email: 'amara.obi@example.org' },
    ],
    comments: [
      {
        author: 'editor',
        body: '13 is too big for one sprint. Proposal: one item per provider, and "require SSO" as a third.',
      },
    ],
    lastActivityDaysAgo: 38,
  },
  // 23
  {
    type: 'enhancement',
    title: 'Filter the aged receivables report by client tag',
    problem: 'Owners who tag clients by region or segment cannot see overdue amounts per group.',
    serves: 'Owners with many clients',
    outcome: 'Better overview of who owes what.',
    acceptanceCriteria: [],
    estimate: 2,
    tags: ['reporting'],
    status: 'open',
    source: 'customer',
    requesters: [{ name: 'Emily Clarke (Clarke & Co Accountants)', email: 'emily@example.org' }],
    lastActivityDaysAgo: 52,
  },
  // 24
  {
    type: 'bug',
    title: `Reminder emails use the account's language instead of the client's`,
    problem:
      `A Dutch owner sets a client's language to French. Invoices go out in French, but reminders go out in Dutch. ` +
      'Expected: every email to that client is in French.',
    serves: 'Owners with clients abroad',
    outcome: `All emails to a client use that client's language.`,
    acceptanceCriteria: [
      { text: 'A reminder to a client whose language is French is written in French', done: false },
    ],
    estimate: 2,
    tags: ['reminders', 'i18n'],
    status: 'open',
    source: 'customer',
    requesters: [{ name: 'Sanne de Vries (De Vries Interieur)', email: 'sanne@example.com' }],
    links: [{ kind: 'relates_to', to: 0 }],
    lastActivityDaysAgo: 15,
  },
  // 25
  {
    type: 'spike',
    title: 'Spike: one login for accountants who manage many businesses',
    problem:
      'Accounting firms look after 20 to 200 small businesses each and need a separate login for every one. Partners ' +
      'in the referral programme keep asking for a practice view.',
    serves: 'Accounting firms in the partner programme',
    outcome: 'A proposal for a multi-business model, with its effect on permissions and pricing.',
    acceptanceCriteria: [],
    estimate: null,
    timeboxDays: 4,
    tags: ['accountants', 'partners'],
    status: 'on_hold',
    holdReason: 'Paused until leadership decides on partner pricing, expected next quarter.',
    source: 'client_facing',
    requesters: [
      { name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' },
      { name: 'Emily Clarke (Clarke & Co Accountants)', email: 'emily@example.org' },
      { name: 'Ingrid Bauer (Bauer Steuerberatung)', email: 'i.bauer@example.org' },
    ],
    lastActivityDaysAgo: 70,
  },
  // 26
  {
    type: 'story',
    title: 'Quotes that clients accept online and that become invoices',
    problem:
      'As a tradesperson, I want to send a quote my client can accept online so that I can turn it into an invoice ' +
      'without retyping it. Today quotes are written in a word processor.',
    serves: 'Trades and agencies that quote before they work',
    outcome: 'From quote to invoice without retyping.',
    acceptanceCriteria: [
      { text: 'A quote is sent with a link the client uses to accept or decline it', done: false },
      { text: 'An accepted quote becomes a draft invoice with the same lines', done: false },
      { text: 'The whole flow feels easy for clients', done: false },
    ],
    estimate: 8,
    tags: ['quotes', 'invoices'],
    status: 'open',
    source: 'customer',
    requesters: [
      { name: `Grace O'Connor (O'Connor Plumbing)`, email: 'grace.oconnor@example.com' },
      { name: 'Tomasz Nowak (Nowak Joinery)', email: 'tomasz.nowak@example.com' },
      { name: 'Lucía Fernández (Panadería Sol)', email: 'lucia@example.com' },
    ],
    lastActivityDaysAgo: 60,
  },
  // 27
  {
    type: 'task',
    title: 'Replace moment.js with date-fns in the web app',
    problem: 'moment.js is in maintenance mode and adds about 70 kB to the main bundle.',
    serves: 'Developers, and users on slow connections',
    outcome: 'Smaller bundle.',
    acceptanceCriteria: [],
    estimate: 5,
    tags: ['performance', 'frontend'],
    status: 'open',
    source: 'internal',
    requesters: [],
    lastActivityDaysAgo: 85,
  },
  // 28
  {
    type: 'compliance',
    title: 'Labels and announced errors on the hosted payment form',
    problem:
      'Some fields on the hosted payment form have no accessible label, and errors are shown only in red. A ' +
      `public-sector prospect's procurement requires the payment page to meet the European Accessibility Act.`,
    serves: 'Clients who use screen readers, and public-sector sales',
    outcome: 'The payment form meets WCAG 2.2 AA.',
    acceptanceCriteria: [
      { text: 'Every form field has a programmatic label', done: false },
      { text: 'Errors are announced to screen readers and are not shown by colour alone', done: false },
    ],
    estimate: null,
    deadline: '2027-06-30',
    tags: ['accessibility', 'checkout'],
    status: 'open',
    source: 'client_facing',
    requesters: [
      { name: 'Amara Obi (Sales)', email: 'amara.obi@example.org' },
      { name: 'Niamh Byrne (Dún Laoghaire County Council)', email: 'niamh.byrne@example.org' },
    ],
    lastActivityDaysAgo: 41,
  },
  // 29
  {
    type: 'enhancement',
    title: 'Let owners choose the invoice number format',
    problem:
      'Some owners need a year prefix (2027-001) or a prefix per client to continue the numbering of their old tool.',
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: 3,
    tags: ['invoices', 'settings'],
    status: 'open',
    source: 'customer',
    requesters: [
      { name: 'Chloé Martin (Atelier Martin)', email: 'chloe.martin@example.com' },
      { name: 'Henrik Larsen (Fjord Bikes)', email: 'henrik@example.com' },
    ],
    lastActivityDaysAgo: 95,
  },
  // 30
  {
    type: 'bug',
    title: 'Client CSV export breaks on names that contain a comma',
    problem:
      'Exporting clients to CSV splits "Smith, Jones & Partners" across two columns. Expected: the name is quoted ' +
      'and stays in one column.',
    serves: 'Owners who move data into spreadsheets',
    outcome: 'Exports open correctly in Excel and LibreOffice.',
    acceptanceCriteria: [],
    estimate: 1,
    tags: ['export'],
    status: 'open',
    source: 'customer',
    requesters: [{ name: 'Daniel Cohen (Brightline Legal)', email: 'dcohen@example.com' }],
    lastActivityDaysAgo: 64,
  },
  // 31
  {
    type: 'story',
    title: 'Apple Pay and Google Pay on the hosted invoice page',
    problem:
      'As a client paying from my phone, I want to use Apple Pay or Google Pay so that I do not have to type card ' +
      'details. Sales reports that many mobile payments are abandoned at the card form.',
    serves: 'Clients paying from a phone',
    outcome: 'More invoices paid from mobile.',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['checkout', 'mobile', 'payments'],
    status: 'open',
    source: 'client_facing',
    requesters: [
      { name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' },
      { name: 'Lars Eriksson (Customer Success)', email: 'lars.eriksson@example.org' },
    ],
    links: [{ kind: 'relates_to', to: 7 }],
    comments: [
      {
        author: 'stakeholder',
        body: `Two prospects in this month's pipeline asked about Apple Pay in the demo.`,
      },
    ],
    lastActivityDaysAgo: 110,
  },
  // 32
  {
    type: 'spike',
    title: 'Spike: suggest matches between bank transactions and invoices',
    problem: 'Matching bank feed lines to invoices is manual when a transfer has no reference.',
    serves: '',
    outcome: 'Find out whether simple rules or a model would match most transfers.',
    acceptanceCriteria: [],
    estimate: null,
    timeboxDays: 2,
    tags: ['banking', 'research'],
    status: 'open',
    source: 'internal',
    requesters: [{ name: 'Jonas Weber (Data)' }],
    lastActivityDaysAgo: 130,
  },
  // 33
  {
    type: 'task',
    title: 'Rate-limit the public API per token',
    problem:
      'Last month one integration sent 40,000 requests in 10 minutes and slowed the app down for everyone.',
    serves: 'All users',
    outcome: '',
    acceptanceCriteria: [
      { text: 'Requests over the limit get HTTP 429 with a `Retry-After` header', done: false },
    ],
    estimate: 3,
    tags: ['api', 'security'],
    status: 'open',
    source: 'internal',
    requesters: [],
    lastActivityDaysAgo: 77,
  },
  // 34
  {
    type: 'story',
    title: 'Issue a credit note for a refunded invoice',
    problem:
      'As an owner who refunds a client, I want to issue a credit note so that the refund is documented properly. ' +
      'Today owners edit or delete the original invoice, which most countries do not allow.',
    serves: 'Owners who give refunds',
    outcome: 'Refunds are documented the legal way.',
    acceptanceCriteria: [],
    estimate: 5,
    tags: ['invoices', 'tax'],
    status: 'open',
    source: 'customer',
    requesters: [
      { name: 'Sofia Rossi (Rossi Wines)' },
      { name: 'Fatima Al-Sayed (Cedar Dental)', email: 'fatima@example.com' },
    ],
    links: [{ kind: 'relates_to', to: 5 }],
    lastActivityDaysAgo: 150,
  },
  // 35
  {
    type: 'enhancement',
    title: 'Dark mode',
    problem: '',
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['ui'],
    status: 'open',
    source: 'customer',
    requesters: [
      { name: 'Aiko Tanaka (Studio Kumo)', email: 'aiko@example.com' },
      { name: 'Mateus Silva (Silva Design Co.)', email: 'mateus@example.com' },
      { name: 'Nguyen Thi Lan (Lotus Spa)' },
      { name: 'Ravi Menon (Spice Route Catering)', email: 'ravi@example.com' },
    ],
    lastActivityDaysAgo: 175,
  },
  // 36
  {
    type: 'bug',
    title: 'Dashboard takes over 10 seconds to load for large accounts',
    problem:
      'Accounts with more than about 10,000 invoices wait 10 to 15 seconds for the dashboard. Expected: under 2 ' +
      'seconds.',
    serves: 'Our largest accounts',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['performance', 'dashboard'],
    status: 'open',
    source: 'client_facing',
    requesters: [{ name: 'Nadia Petrova (Support)', email: 'nadia.petrova@example.org' }],
    lastActivityDaysAgo: 120,
  },
  // 37
  {
    type: 'compliance',
    title: 'Tamper-evident history of changes to issued invoices (GoBD)',
    problem:
      'German bookkeeping rules require that every change to an issued invoice can be traced. We log edits, but an ' +
      'admin can alter the log.',
    serves: 'German accounts and their auditors',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['compliance', 'germany', 'audit'],
    status: 'open',
    source: 'internal',
    requesters: [{ name: 'Camille Dubois (Legal)', email: 'camille.dubois@example.org' }],
    links: [{ kind: 'relates_to', to: 10 }],
    lastActivityDaysAgo: 160,
  },
  // 38
  {
    type: 'story',
    title: 'Multi-currency invoices with daily exchange rates',
    problem:
      `As an owner who sells abroad, I want to invoice in my client's currency so that I do not convert amounts by ` +
      'hand. Exporters invoice in USD or GBP but report in EUR.',
    serves: 'Businesses with clients abroad',
    outcome: 'Better support for foreign clients.',
    acceptanceCriteria: [],
    estimate: 13,
    tags: ['currency', 'reporting'],
    status: 'open',
    source: 'client_facing',
    requesters: [
      { name: 'Lars Eriksson (Customer Success)', email: 'lars.eriksson@example.org' },
      { name: 'Henrik Larsen (Fjord Bikes)', email: 'henrik@example.com' },
    ],
    lastActivityDaysAgo: 200,
  },
  // 39
  {
    type: 'enhancement',
    title: 'Better onboarding',
    problem: 'New users get lost.',
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: [],
    status: 'open',
    source: 'internal',
    requesters: [],
    lastActivityDaysAgo: 230,
  },
  // 40
  {
    type: 'enhancement',
    title: 'Remind clients who have not paid',
    problem: 'It would be great if Tally could nudge clients who forget to pay.',
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['reminders'],
    status: 'open',
    source: 'customer',
    requesters: [{ name: 'Bruno Costa (Costa Café)' }],
    links: [{ kind: 'duplicate_of', to: 0 }],
    comments: [
      {
        author: 'editor',
        body: 'Same need as the payment reminders story at the top. Proposing to merge it there.',
      },
    ],
    lastActivityDaysAgo: 190,
  },
  // 41
  {
    type: 'task',
    title: 'Remove feature flags that have been on for everyone for 6+ months',
    problem: 'There are 34 flags in the code and most of them are permanently on.',
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: 2,
    tags: [],
    status: 'open',
    source: 'internal',
    requesters: [],
    lastActivityDaysAgo: 260,
  },
  // 42
  {
    type: 'story',
    title: 'Sync invoices to QuickBooks Online',
    problem:
      'As an owner who keeps my books in QuickBooks, I want invoices to sync there so that I stop copying them over.',
    serves: 'Owners who use QuickBooks',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['integrations'],
    status: 'on_hold',
    holdReason: 'Waiting for the QuickBooks partner programme to approve our app listing.',
    source: 'customer',
    requesters: [
      { name: `Grace O'Connor (O'Connor Plumbing)`, email: 'grace.oconnor@example.com' },
      { name: 'Jamal Harris (Harris Landscaping)', email: 'jamal@example.com' },
    ],
    lastActivityDaysAgo: 340,
  },
  // 43
  {
    type: 'bug',
    title: 'Logo upload sometimes fails',
    problem: 'A customer said the upload failed once and worked when they tried again.',
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['settings'],
    status: 'open',
    source: 'customer',
    requesters: [{ name: 'Mei Lin (Lin Florists)' }],
    lastActivityDaysAgo: 320,
  },
  // 44
  {
    type: 'enhancement',
    title: 'Print-friendly invoice list',
    problem: '',
    serves: '',
    outcome: 'Users can print the list.',
    acceptanceCriteria: [],
    estimate: null,
    tags: [],
    status: 'open',
    source: 'internal',
    requesters: [],
    lastActivityDaysAgo: 410,
  },
  // 45
  {
    type: 'story',
    title: 'Accept cryptocurrency payments',
    problem:
      'As an owner, I want clients to be able to pay in crypto so that I can get paid by more clients.',
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['payments'],
    status: 'open',
    source: 'customer',
    requesters: [{ name: 'Viktor Ivanov (Ivanov IT)', email: 'viktor@example.com' }],
    lastActivityDaysAgo: 480,
  },
  // 46
  {
    type: 'spike',
    title: 'Spike: a Slack app for payment notifications',
    problem: 'Might be useful to post "invoice paid" messages to a Slack channel.',
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    timeboxDays: 3,
    tags: ['integrations'],
    status: 'open',
    source: 'internal',
    requesters: [],
    lastActivityDaysAgo: 455,
  },
  // 47
  {
    type: 'compliance',
    title: 'Check whether the hosted invoice page needs a cookie banner',
    problem: `A prospect's data protection officer asked whether the hosted invoice page sets any tracking cookies.`,
    serves: '',
    outcome: '',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['privacy'],
    status: 'open',
    source: 'client_facing',
    requesters: [{ name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' }],
    lastActivityDaysAgo: 300,
  },
  // 48: newer asks at the bottom of the backlog, still rough
  {
    type: 'story',
    title: 'Download a whole year of invoices as one ZIP file',
    problem:
      'At year end owners send every invoice to their accountant. Today they open and download each PDF in turn.',
    serves: 'Owners closing their books, and their accountants',
    outcome: 'An owner gets a year of invoice PDFs in one download.',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['export', 'year-end'],
    status: 'open',
    source: 'customer',
    requesters: [{ name: 'Priya Nair (Nair Dental)', email: 'priya@example.com' }],
    lastActivityDaysAgo: 12,
  },
  // 49
  {
    type: 'bug',
    title: 'Credit note numbers skip one after a failed save',
    problem:
      'When saving a credit note fails (a validation error), the next credit note gets the number after the one ' +
      'that was never issued, leaving a gap auditors ask about.',
    serves: 'Owners whose numbering is checked by tax auditors',
    outcome: 'Credit note numbers have no gaps.',
    acceptanceCriteria: [{ text: 'A credit note that fails to save does not use up a number', done: false }],
    estimate: 3,
    tags: ['credit-notes', 'numbering'],
    status: 'open',
    source: 'internal',
    requesters: [],
    lastActivityDaysAgo: 6,
  },
  // 50
  {
    type: 'task',
    title: 'Render invoice PDFs in a background worker',
    problem:
      'PDFs are drawn inside the web request. A batch of large invoices slows every page for everyone for a minute.',
    serves: 'Every user, during busy month ends',
    outcome: 'Page times stay flat while a batch of PDFs renders.',
    acceptanceCriteria: [],
    estimate: 8,
    tags: ['performance', 'pdf'],
    status: 'open',
    source: 'internal',
    requesters: [],
    lastActivityDaysAgo: 20,
  },
  // 51
  {
    type: 'enhancement',
    title: 'Show the way a client prefers to pay on their invoices',
    problem:
      'Clients who always pay by bank transfer still see the card button first and ask support for the IBAN.',
    serves: 'Clients paying invoices, and the support team',
    outcome: 'Fewer "where do I send the money" questions to support.',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['payments', 'hosted-page'],
    status: 'open',
    source: 'client_facing',
    requesters: [{ name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' }],
    lastActivityDaysAgo: 9,
  },
  // 52
  {
    type: 'compliance',
    title: 'Keep Italian accounts’ invoices for ten years',
    problem:
      'Italian law asks businesses to keep invoices for ten years; our retention deletes closed accounts after seven.',
    serves: 'Owners in Italy',
    outcome: 'No Italian invoice is deleted before its tenth year.',
    acceptanceCriteria: [],
    estimate: null,
    tags: ['retention', 'italy'],
    status: 'open',
    source: 'client_facing',
    requesters: [{ name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' }],
    lastActivityDaysAgo: 15,
  },
];

export const sampleRequests: SampleRequest[] = [
  {
    source: 'customer',
    title: 'VAT on my PDF is different when I discount a line',
    problem:
      'When I put a discount on one line, the VAT on the PDF is higher than on screen. My accountant noticed the ' +
      'difference on three invoices last month.',
    requester: { name: 'Marta Kowalska (Kowalska Studio)', email: 'marta@example.com' },
    receivedDaysAgo: 1,
  },
  {
    source: 'customer',
    title: 'Let clients pay invoices with PayPal',
    problem:
      'Several of my clients abroad only want to pay by PayPal, so I send them a separate PayPal request by hand.',
    requester: { name: 'Oskar Lindqvist (Lindqvist Photo)', email: 'oskar@example.com' },
    receivedDaysAgo: 4,
  },
  {
    source: 'internal',
    title: 'Alert when invoice emails bounce above 5%',
    problem:
      'Last week one mail provider rejected our invoice emails for six hours and we only learned it from support ' +
      'tickets.',
    requester: { name: 'Maya Okafor', email: 'maya.okafor@example.org' },
    receivedDaysAgo: 2,
  },
  {
    source: 'internal',
    title: 'Getting-started checklist for new accounts',
    problem:
      'Only 38% of new accounts send a first invoice in their first week. A short checklist (logo, bank details, ' +
      'first client, first invoice) could guide them.',
    requester: { name: 'Hannah Schmidt (Design)', email: 'hannah.schmidt@example.org' },
    receivedDaysAgo: 9,
  },
  {
    source: 'client_facing',
    title: 'Approval step before large invoices are sent',
    problem:
      'Finance managers at mid-sized prospects want a second person to approve any invoice above a set amount before ' +
      'it goes to the client. It came up in three demos this month.',
    requester: { name: 'Sam Delgado (Sales)', email: 'sam.delgado@example.org' },
    accountsAffected: 12,
    dealValue: 48000,
    urgency: 'high',
    receivedDaysAgo: 3,
  },
  {
    source: 'client_facing',
    title: 'Invoice templates in Spanish and Italian',
    problem:
      'Customers in Spain and Italy edit every PDF by hand because fixed labels such as "Due date" are only ' +
      'available in English, French, German and Dutch.',
    requester: { name: 'Lars Eriksson (Customer Success)', email: 'lars.eriksson@example.org' },
    accountsAffected: 85,
    urgency: 'medium',
    receivedDaysAgo: 16,
  },
];

/**
 * WSJF scores the owner has given some items (by their place in `sampleItems`): business value,
 * time criticality, risk reduction or opportunity, job size. Enough for the scoring view and
 * "order by score" to have something to say on a fresh install.
 */
export const sampleWsjf: Record<number, [number, number, number, number]> = {
  0: [13, 8, 5, 5],
  3: [8, 5, 3, 8],
  5: [8, 3, 2, 3],
  9: [5, 13, 8, 5],
  12: [3, 13, 13, 8],
  13: [5, 2, 1, 3],
  15: [13, 5, 3, 8],
  18: [8, 3, 5, 13],
  20: [3, 13, 8, 8],
  23: [5, 2, 2, 2],
  26: [8, 5, 2, 8],
  29: [3, 2, 1, 2],
};
