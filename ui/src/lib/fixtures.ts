// A small forum, shaped exactly like what the Rust commands return, for the Vitest mock and
// for working on the UI in a plain browser (`npm run dev:fixtures`). The texts come from the
// sample statement in assets/sample/, with one priority drafted in Chinese and one in Arabic
// so that scripts, directions and `lang` handling are exercised.

import type { ForumSummary } from './bindings/ForumSummary';
import type { PriorityLink } from './bindings/PriorityLink';
import type { PriorityView } from './bindings/PriorityView';
import type { RevisionInfo } from './bindings/RevisionInfo';
import type { StatementView } from './bindings/StatementView';

export const forum: ForumSummary = {
  id: '0193f2a0-7c1e-7a4b-9d3e-5b8f1c2d4e6a',
  title: 'Enhancing International Collaboration to Improve Open-Source AI Safety and Security',
  language: 'en',
  attribution: 'chatham_house',
  phase: 'commenting',
};

const statement: StatementView = {
  forum,
  preamble: {
    title: 'Preamble',
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
    html:
      '<p>This statement reflects ideas developed by a group of international experts at a ' +
      'workshop held in December 2024. The workshop used the <a ' +
      'href="https://www.chathamhouse.org/about-us/chatham-house-rule" rel="noopener noreferrer ' +
      'nofollow">Chatham House Rule</a>, therefore neither the identities nor the affiliations ' +
      'of the participants may be revealed or confirmed without their permission.</p>\n',
  },
};

// 12 December 2024, 15:30 UTC: the workshop's last afternoon.
const WORKSHOP_MS = Date.UTC(2024, 11, 12, 15, 30);
const DAY_MS = 24 * 60 * 60 * 1000;

const revisions: Record<string, Omit<RevisionInfo, 'id'>> = {
  'pri-broaden-participation': { createdMs: WORKSHOP_MS, count: 1, note: null },
  'pri-remove-barriers': {
    createdMs: WORKSHOP_MS + 40 * DAY_MS,
    count: 3,
    note: 'Accepted the amendment naming funding decisions explicitly.',
  },
  'pri-incident-reporting': { createdMs: WORKSHOP_MS + 12 * DAY_MS, count: 2, note: null },
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
    html: priority.html,
    language: priority.language,
    revision: {
      id: `rev-${priority.id}`,
      ...(revisions[priority.id] ?? { createdMs: WORKSHOP_MS, count: 1, note: null }),
    },
    previous: link(index - 1),
    next: link(index + 1),
    comments: [],
    amendments: [],
    positions: { support: 0, neutral: 0, oppose: 0, mine: null, myReason: null, status: null },
    drafts: [],
  });
}
