// A small forum, shaped exactly like what the Rust commands return, for the Vitest mock and
// for working on the UI in a plain browser (`npm run dev:fixtures`). The texts come from the
// sample statement in assets/sample/, with one priority drafted in Chinese and one in Arabic
// so that scripts, directions and `lang` handling are exercised.

import type { AmendmentView } from './bindings/AmendmentView';
import type { AuthorLabel } from './bindings/AuthorLabel';
import type { CommentView } from './bindings/CommentView';
import type { ForumListItem } from './bindings/ForumListItem';
import type { ForumSummary } from './bindings/ForumSummary';
import type { OpenDraft } from './bindings/OpenDraft';
import type { PositionsView } from './bindings/PositionsView';
import type { PriorityLink } from './bindings/PriorityLink';
import type { PriorityView } from './bindings/PriorityView';
import type { RevisionInfo } from './bindings/RevisionInfo';
import type { StatementView } from './bindings/StatementView';
import type { SyncLine } from './bindings/SyncLine';

export const forum: ForumSummary = {
  id: '0193f2a0-7c1e-7a4b-9d3e-5b8f1c2d4e6a',
  title: 'Enhancing International Collaboration to Improve Open-Source AI Safety and Security',
  language: 'en',
  attribution: 'chatham_house',
  phase: 'commenting',
  languages: ['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru'],
  role: 'organizer',
};

const statement: StatementView = {
  forum,
  readingLanguage: 'en',
  preamble: {
    title: 'Preamble',
    language: 'en',
    html:
      '<p>Artificial intelligence (AI) holds the potential to address some of the world’s most ' +
      'pressing challenges and accelerate scientific progress. Open-source AI can facilitate ' +
      'these immense benefits by enhancing access to AI, enabling open collaboration, and ' +
      'fostering inclusive innovation.</p>\n<p>Ensuring the safe development and deployment of ' +
      'open-source AI requires <em>global</em> collaboration and cooperation, as no single nation ' +
      'can solve these risks on its own.</p>\n',
  },
  sections: [
    {
      id: 'sec-collaboration',
      number: 1,
      title: 'Collaboration and Inclusivity',
      language: 'en',
      priorities: [
        {
          id: 'pri-broaden-participation',
          number: '1.1',
          title: 'Broaden Participation in Global AI Safety Forums',
          html:
            '<p>Global AI safety forums should allow participants from countries without ' +
            'established AI Safety Institutes to contribute, fostering inclusivity and knowledge ' +
            'sharing.</p>\n',
          language: 'en',
        },
        {
          id: 'pri-remove-barriers',
          number: '1.2',
          title: 'Remove Barriers to Collaboration',
          html:
            '<p>Governments, universities, and research labs should strive to promote ' +
            'international collaboration on research on the safety and governance of open-source ' +
            'AI models and avoid imposing restrictions on such research, such as through policy ' +
            'or funding decisions.</p>\n',
          language: 'en',
        },
        {
          id: 'pri-close-divide',
          number: '1.3',
          title: 'Close the AI Safety Divide',
          html:
            '<p>Ensure underrepresented regions and vulnerable populations have a meaningful ' +
            'voice in AI safety discussions by providing:</p>\n<ul>\n<li>resources for their ' +
            'participation;</li>\n<li>platforms that work over slow and intermittent ' +
            'connections.</li>\n</ul>\n',
          language: 'en',
        },
      ],
    },
    {
      id: 'sec-standards',
      number: 2,
      title: 'Standards and Openness',
      language: 'en',
      priorities: [
        {
          id: 'pri-incident-reporting',
          number: '2.1',
          title: 'Standardize Incident Reporting',
          html:
            '<p>Establish <strong>consistent protocols</strong> for AI safety incident reporting ' +
            'across countries and institutions to enhance global transparency, accountability, ' +
            'and information sharing for the public good. Consider creating incentives for ' +
            'incident reporting.</p>\n',
          language: 'en',
        },
        {
          id: 'pri-cultural-nuances',
          number: '2.2',
          title: '关注文化与语境差异',
          html:
            '<p>关注与风险相关的文化和国家差异，例如“安全”（safety）与“安保”（security）等术语' +
            '在不同语境中的不同理解。</p>\n',
          language: 'zh',
        },
      ],
    },
    {
      id: 'sec-processes',
      number: 3,
      title: 'AI Safety Processes',
      language: 'en',
      priorities: [
        {
          id: 'pri-enduring-process',
          number: '3.1',
          title: 'Create an Enduring, Inclusive AI Safety Process',
          html:
            '<p>Consolidate discrete AI safety initiatives and events into an enduring, ' +
            'inclusive, community-driven process. This process should not be owned by any one ' +
            'country.</p>\n',
          language: 'en',
        },
        {
          id: 'pri-critical-risks',
          number: '3.2',
          title: 'إعطاء الأولوية للمخاطر الحرجة',
          html:
            '<p>إيلاء الأولوية للمخاطر الشديدة الأثر والمرجّحة الحدوث، وتعزيز التوافق الدولي ' +
            'بشأن التصدي للمخاطر العدائية (adversarial risks).</p>\n',
          language: 'ar',
        },
      ],
    },
  ],
  about: {
    title: 'About This Statement',
    language: 'en',
    html:
      '<p>This statement reflects ideas developed by a group of international experts at a ' +
      'workshop held in December 2024. The workshop used the <a ' +
      'href="https://www.chathamhouse.org/about-us/chatham-house-rule" rel="noopener noreferrer ' +
      'nofollow">Chatham House Rule</a>, therefore neither the identities nor the affiliations ' +
      'of the participants may be revealed or confirmed without their permission.</p>\n',
  },
};

/** The Markdown the priorities were written in, where it is more than their text. */
const sources: Record<string, string> = {
  'pri-close-divide':
    'Ensure underrepresented regions and vulnerable populations have a meaningful voice in AI ' +
    'safety discussions by providing:\n\n- resources for their participation;\n- platforms ' +
    'that work over slow and intermittent connections.',
  'pri-incident-reporting':
    'Establish **consistent protocols** for AI safety incident reporting across countries and ' +
    'institutions to enhance global transparency, accountability, and information sharing for ' +
    'the public good. Consider creating incentives for incident reporting.',
};

// 12 December 2024, 15:30 UTC: the workshop's last afternoon.
const WORKSHOP_MS = Date.UTC(2024, 11, 12, 15, 30);
const DAY_MS = 24 * 60 * 60 * 1000;

const revisions: Record<string, Omit<RevisionInfo, 'id'>> = {
  'pri-broaden-participation': { createdMs: WORKSHOP_MS, count: 1, note: null, decision: null, fromAmendments: [], madeBy: 'Organizers' },
  'pri-remove-barriers': {
    createdMs: WORKSHOP_MS + 40 * DAY_MS,
    count: 3,
    note: 'Accepted the amendment naming funding decisions explicitly.',
    decision: 'accepted',
    fromAmendments: ['Name funding decisions explicitly'],
    madeBy: 'R4TW8',
  },
  'pri-incident-reporting': {
    createdMs: WORKSHOP_MS + 12 * DAY_MS,
    count: 2,
    note: null,
    decision: null,
    fromAmendments: [],
    madeBy: 'R4TW8',
  },
};

/** The revision a priority's page shows: `rev-<priority id>`. */
export function revisionId(priority: string): string {
  return `rev-${priority}`;
}

const anonymous = (pseudonym: string): AuthorLabel => ({
  pseudonym,
  group: null,
  region: null,
  name: null,
  affiliation: null,
  isYou: false,
});

/** The fixture user's own label. */
export const you: AuthorLabel = { ...anonymous('M3YF8'), isYou: true };

/** Priority 2.1's text with the passages its comments are anchored to marked, as the Rust
 * side renders it: the first found exactly, the second found in slightly changed words. */
const incidentReportingHtml =
  '<p>Establish <strong><mark data-anchor="cmt-protocols">consistent protocols</mark></strong> ' +
  'for AI safety incident reporting across countries and institutions to enhance global ' +
  'transparency, accountability, and <mark data-anchor="cmt-public-good cmt-sharing-zh">' +
  'information sharing for the public good</mark>. Consider creating incentives for incident ' +
  'reporting.</p>\n';

const incidentComments: CommentView[] = [
  {
    id: 'cmt-protocols',
    kind: 'support',
    html:
      '<p>Consistent protocols would let small institutes report without building their own ' +
      'formats. The OECD common reporting framework is a good starting point.</p>\n',
    language: 'en',
    author: { ...anonymous('K7QM2'), group: 'government', region: '002' },
    createdMs: WORKSHOP_MS + 13 * DAY_MS,
    editedMs: null,
    onEarlierRevision: false,
    anchor: { exact: 'consistent protocols', state: 'exact' },
    status: null,
    rejectedReason: null,
    hiddenReason: null,
  },
  {
    id: 'cmt-sharing-zh',
    kind: 'concern',
    html:
      '<p>“信息共享”需要明确范围：涉及安保（security）漏洞的细节不应在修复前公开。建议区分' +
      '公开报告与保密报告。</p>\n',
    language: 'zh',
    author: anonymous('P4XN8'),
    createdMs: WORKSHOP_MS + 2 * DAY_MS,
    editedMs: WORKSHOP_MS + 3 * DAY_MS,
    onEarlierRevision: true,
    anchor: { exact: 'information sharing for the common good', state: 'fuzzy' },
    status: null,
    rejectedReason: null,
    hiddenReason: null,
  },
  {
    id: 'cmt-72-hours',
    kind: 'question',
    html:
      '<p>هل ما زالت مهلة الاثنتين والسبعين ساعة مطروحة؟ كثير من المؤسسات في منطقتنا لا ' +
      'تستطيع الالتزام بها.</p>\n',
    language: 'ar',
    author: { ...anonymous('R2HD6'), region: '142' },
    createdMs: WORKSHOP_MS + 4 * DAY_MS,
    editedMs: null,
    onEarlierRevision: true,
    anchor: { exact: 'within 72 hours of discovery', state: 'orphaned' },
    status: null,
    rejectedReason: null,
    hiddenReason: null,
  },
  {
    id: 'cmt-public-good',
    kind: 'suggestion',
    html:
      '<p>Name <strong>who</strong> the public good is served by: affected communities ' +
      'should be able to read the reports too.</p>\n',
    language: 'en',
    author: {
      ...anonymous('W9TB4'),
      name: 'Lena Okafor',
      affiliation: 'Open Safety Network',
      group: 'civil_society',
      region: '150',
    },
    createdMs: WORKSHOP_MS + 14 * DAY_MS,
    editedMs: null,
    onEarlierRevision: false,
    anchor: { exact: 'information sharing for the public good', state: 'exact' },
    status: null,
    rejectedReason: null,
    hiddenReason: null,
  },
  {
    id: 'cmt-mine',
    kind: 'question',
    html: '<p>Should incident reports be shared with the organizers only, or published?</p>\n',
    language: 'en',
    author: you,
    createdMs: WORKSHOP_MS + 15 * DAY_MS,
    editedMs: WORKSHOP_MS + 16 * DAY_MS,
    onEarlierRevision: false,
    anchor: null,
    status: 'ready',
    rejectedReason: null,
    hiddenReason: null,
  },
];

const incidentAmendments: AmendmentView[] = [
  {
    id: 'amd-timeline',
    title: 'Standardize Incident Reporting',
    html:
      '<p>Establish consistent protocols for AI safety incident reporting across countries and ' +
      'institutions, with a shared taxonomy of harms, to enhance global transparency and ' +
      'accountability.</p>\n',
    rationaleHtml: '<p>A shared taxonomy makes reports comparable across countries.</p>\n',
    language: 'en',
    author: { ...anonymous('K7QM2'), group: 'government', region: '002' },
    createdMs: WORKSHOP_MS + 5 * DAY_MS,
    state: 'proposed',
    decisionReason: null,
    // Both rewrite the end of the text: the same passage.
    conflictsWith: ['amd-mine'],
    baseIsCurrent: false,
    diffFromBase: [
      { kind: 'same', text: 'Standardize Incident Reporting\n\nEstablish ' },
      { kind: 'removed', text: 'common' },
      { kind: 'added', text: 'consistent' },
      {
        kind: 'same',
        text: ' protocols for AI safety incident reporting across countries and institutions',
      },
      { kind: 'added', text: ', with a shared taxonomy of harms,' },
      { kind: 'same', text: ' to enhance global transparency and accountability.' },
    ],
    diffFromCurrent: [
      {
        kind: 'same',
        text:
          'Standardize Incident Reporting\n\nEstablish **consistent protocols** for AI safety ' +
          'incident reporting across countries and institutions',
      },
      { kind: 'added', text: ', with a shared taxonomy of harms,' },
      { kind: 'same', text: ' to enhance global transparency' },
      { kind: 'removed', text: ', accountability, and information sharing for the public good' },
      { kind: 'added', text: ' and accountability' },
      { kind: 'same', text: '.' },
      { kind: 'removed', text: ' Consider creating incentives for incident reporting.' },
    ],
    status: null,
    rejectedReason: null,
    hiddenReason: null,
  },
  {
    id: 'amd-mine',
    title: 'Standardize and Fund Incident Reporting',
    html:
      '<p>Establish consistent protocols for AI safety incident reporting across countries and ' +
      'institutions, and fund reporting bodies in every region.</p>\n',
    rationaleHtml: '<p>Protocols without funding leave most regions out.</p>\n',
    language: 'en',
    author: you,
    createdMs: WORKSHOP_MS + 15 * DAY_MS,
    state: 'proposed',
    decisionReason: null,
    conflictsWith: ['amd-timeline'],
    baseIsCurrent: true,
    diffFromBase: [
      { kind: 'same', text: 'Standardize ' },
      { kind: 'added', text: 'and Fund ' },
      { kind: 'same', text: 'Incident Reporting\n\nEstablish ' },
      { kind: 'removed', text: '**consistent protocols**' },
      { kind: 'added', text: 'consistent protocols' },
      {
        kind: 'same',
        text: ' for AI safety incident reporting across countries and institutions',
      },
      {
        kind: 'removed',
        text:
          ' to enhance global transparency, accountability, and information sharing for the ' +
          'public good. Consider creating incentives for incident reporting.',
      },
      { kind: 'added', text: ', and fund reporting bodies in every region.' },
    ],
    diffFromCurrent: null,
    status: 'sent',
    rejectedReason: null,
    hiddenReason: null,
  },
];

/** Comments, amendments, positions and drafts by priority; the rest have none. */
const contributions: Record<
  string,
  {
    html?: string;
    comments: CommentView[];
    amendments: AmendmentView[];
    positions: PositionsView;
    drafts: OpenDraft[];
  }
> = {
  'pri-incident-reporting': {
    html: incidentReportingHtml,
    comments: incidentComments,
    amendments: incidentAmendments,
    positions: {
      support: 7,
      neutral: 2,
      oppose: 1,
      mine: 'support',
      myReason: 'Comparable reports are the basis for any shared response.',
      status: 'sent',
      rejectedReason: null,
    },
    drafts: [],
  },
  'pri-cultural-nuances': {
    comments: [
      {
        id: 'cmt-terms-zh',
        kind: 'support',
        html: '<p>术语表对翻译工作非常重要，应与本条一同发布。</p>\n',
        language: 'zh',
        author: anonymous('J5VC3'),
        createdMs: WORKSHOP_MS + 6 * DAY_MS,
        editedMs: null,
        onEarlierRevision: false,
        anchor: null,
        status: null,
        rejectedReason: null,
        hiddenReason: null,
      },
      {
        id: 'cmt-refused',
        kind: 'suggestion',
        html:
          '<p>Translate “safety” and “security” with separate terms in every UN language, and ' +
          'list both in the glossary.</p>\n',
        language: 'en',
        author: you,
        createdMs: WORKSHOP_MS + 17 * DAY_MS,
        editedMs: null,
        onEarlierRevision: false,
        anchor: null,
        status: 'rejected',
        rejectedReason: 'The forum is closed for comments on this priority.',
        hiddenReason: null,
      },
    ],
    amendments: [],
    positions: { support: 4, neutral: 0, oppose: 0, mine: null, myReason: null, status: null, rejectedReason: null },
    drafts: [],
  },
  'pri-broaden-participation': {
    comments: [],
    amendments: [],
    positions: { support: 0, neutral: 0, oppose: 0, mine: null, myReason: null, status: null, rejectedReason: null },
    drafts: [
      {
        key: { kind: 'comment', target: 'cmt-draft-visas' },
        content: {
          kind: 'comment',
          revision: 'rev-pri-broaden-participation',
          commentKind: 'suggestion',
          body: 'Mention visa support: many delegates cannot travel to forums at all.',
          language: 'en',
          attribution: 'pseudonym',
          anchor: {
            exact: 'without established AI Safety Institutes',
            prefix: 'low participants from countries ',
            suffix: ' to contribute, fostering inclus',
            start: 65,
          },
        },
        editsExisting: false,
        updatedMs: WORKSHOP_MS + 20 * DAY_MS,
      },
    ],
  },
};

/** A fresh copy of the whole statement, as the `statement` command returns it. */
export function fixtureStatement(): StatementView {
  return structuredClone(statement);
}

/** A priority's page, as the `priority` command returns it, or undefined for an unknown id. */
export function fixturePriority(id: string): PriorityView | undefined {
  const ordered = statement.sections.flatMap((section) =>
    section.priorities.map((priority) => ({ section, priority })),
  );
  const index = ordered.findIndex((entry) => entry.priority.id === id);
  const entry = ordered[index];
  if (!entry) return undefined;
  const link = (i: number): PriorityLink | null => {
    const other = ordered[i]?.priority;
    return other ? { id: other.id, number: other.number, title: other.title } : null;
  };
  const { section, priority } = entry;
  return structuredClone({
    forum,
    section: { id: section.id, number: section.number, title: section.title },
    id: priority.id,
    number: priority.number,
    title: priority.title,
    html: contributions[priority.id]?.html ?? priority.html,
    markdown: sources[priority.id] ?? priority.html.replace(/<[^>]+>/g, '').trim(),
    language: priority.language,
    revision: {
      id: revisionId(priority.id),
      ...(revisions[priority.id] ?? { createdMs: WORKSHOP_MS, count: 1, note: null, decision: null, fromAmendments: [], madeBy: 'Organizers' }),
    },
    previous: link(index - 1),
    next: link(index + 1),
    comments: contributions[priority.id]?.comments ?? [],
    amendments: contributions[priority.id]?.amendments ?? [],
    positions: contributions[priority.id]?.positions ?? {
      support: 0,
      neutral: 0,
      oppose: 0,
      mine: null,
      myReason: null,
      status: null,
      rejectedReason: null,
    },
    drafts: contributions[priority.id]?.drafts ?? [],
  });
}

/** Why the forum server refused the fixture user's contributions that it refused, by id. */
export const rejectedReasons: Record<string, string> = {
  'cmt-refused': 'comments on this priority are closed while the organizers consolidate it',
};

/** The forum the fixture statement belongs to: the sample, on this device only. */
export const SAMPLE_FORUM_ID = forum.id;
/** A forum joined on a server and synced. */
export const SERVER_FORUM_ID = '0193f2a1-3b5d-7e20-8c41-9a0e6f1d2b37';
/** A forum joined on a server whose first sync has not arrived: it has no title yet. */
export const JOINING_FORUM_ID = '0193f2a2-8d10-7f3c-a5b6-1c2d3e4f5a60';

/** The forums on the fixture device, as the `forums` command lists them. */
export function fixtureForums(): ForumListItem[] {
  return [
    { id: SAMPLE_FORUM_ID, title: forum.title, origin: 'sample', language: 'en', server: null, current: true },
    {
      id: SERVER_FORUM_ID,
      title: 'Kigali Workshop on AI Incident Reporting',
      origin: 'server',
      language: 'en',
      server: 'https://forum.example.org',
      current: false,
    },
    {
      id: JOINING_FORUM_ID,
      title: null,
      origin: 'server',
      language: null,
      server: 'https://plenary.example.net',
      current: false,
    },
  ];
}

/** A status line; `over` says what differs from a forum on this device only. */
export function fixtureSyncLine(over: Partial<SyncLine> = {}): SyncLine {
  return {
    forum: SAMPLE_FORUM_ID,
    dataVersion: 0,
    state: 'local',
    sent: 0,
    toSend: 0,
    received: 0,
    server: null,
    role: null,
    lastSyncMs: null,
    lastError: null,
    nextAttemptMs: null,
    waiting: 0,
    rejected: 0,
    bytesThisMonth: 0,
    ...over,
  };
}
