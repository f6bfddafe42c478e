// Translations and the glossary for the fixture store (fixture-store.ts): the data, and an
// in-memory stand-in for the Rust side's translation commands (crates/core/src/translation.rs).
// French is well along (mostly approved, one version using a forbidden term, one draft), the
// Arabic translation of 2.1 is outdated (its source changed since), the Chinese ones are
// machine drafts, Spanish and Russian have nothing yet. The glossary holds safety, security,
// incident and open-source AI, with forbidden terms in French, Arabic and Chinese.
// Matching terms is simpler than the Rust side's (no accent folding), but follows its rules:
// case ignored, whole words in spaced scripts, longest terms first, never overlapping.

import type { AuthorLabel } from './bindings/AuthorLabel';
import type { ConceptView } from './bindings/ConceptView';
import type { GlossaryView } from './bindings/GlossaryView';
import type { PriorityView } from './bindings/PriorityView';
import type { StatementView } from './bindings/StatementView';
import type { TermFlag } from './bindings/TermFlag';
import type { TermSegment } from './bindings/TermSegment';
import type { TermView } from './bindings/TermView';
import type { TextView } from './bindings/TextView';
import type { TranslationBadge } from './bindings/TranslationBadge';
import type { TranslationDraft } from './bindings/TranslationDraft';
import type { TranslationEditorView } from './bindings/TranslationEditorView';
import type { TranslationOverview } from './bindings/TranslationOverview';
import { fixturePriority, you } from './fixtures';
import { diffWords } from './worddiff';

/** A title and a text in Markdown, as a translation record holds them. */
export type Text = { title: string | null; body: string };

type Stored = {
  source: Text;
  text: Text;
  state: string;
  author: AuthorLabel;
  updatedMs: number;
  approved: boolean;
  reviewNote: string | null;
};

const DRAFT_STATES = ['machine_draft', 'needs_review', 'translated'];
const TERM_STATUSES = ['preferred', 'admitted', 'forbidden'];
const MAX_TEXT_BYTES = 32 * 1024;
const MAX_TITLE_CHARS = 500;

// 20 January 2025, 10:00 UTC: some weeks after the workshop.
const JANUARY_MS = Date.UTC(2025, 0, 20, 10, 0);
const DAY_MS = 24 * 60 * 60 * 1000;

const translator = (pseudonym: string): AuthorLabel => ({
  pseudonym,
  group: null,
  region: null,
  name: null,
  affiliation: null,
  isYou: false,
});

function invalid(field: string, message: string) {
  return { code: 'invalid', field, message: `${field}: ${message}` };
}

/** Markdown-ish text from the sanitized HTML of the fixtures: paragraphs and list items. */
function markdownOf(html: string): string {
  return html
    .replace(/<li>/g, '- ')
    .replace(/<\/(p|li|ul|ol)>\s*/g, '\n')
    .replace(/<strong>|<\/strong>/g, '**')
    .replace(/<em>|<\/em>/g, '*')
    .replace(/<[^>]*>/g, '')
    .replace(/\n{2,}/g, '\n')
    .replace(/\n(?!- )/g, '\n\n')
    .trim();
}

/** The text of Markdown as a reader sees it, whitespace collapsed (as `anchor::plain_text`). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\*\*|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The forum's glossary as first loaded. */
function glossary(): ConceptView[] {
  const entry = (
    language: string,
    terms: [string, string][],
    definition: string,
    usageNote = '',
  ) => ({
    language,
    terms: terms.map(([text, status]) => ({ text, status })),
    definition,
    usageNote,
  });
  return [
    {
      id: 'cpt-safety',
      note: 'Many languages use one word for both safety and security; the statement asks to keep them apart.',
      entries: [
        entry(
          'en',
          [['safety', 'preferred']],
          'Protection against harm that an AI system causes through its own failures, errors or unintended behaviour.',
          'Use “safety” for accidental harm; use “security” only for deliberate attacks.',
        ),
        entry(
          'fr',
          [
            ['sûreté', 'preferred'],
            ['sécurité', 'forbidden'],
          ],
          'Protection contre les dommages causés par les défaillances ou les comportements imprévus d’un système d’IA.',
          '« Sécurité » désigne la protection contre les attaques : employer « sûreté » pour safety.',
        ),
        entry(
          'ar',
          [
            ['السلامة', 'preferred'],
            ['الأمان', 'admitted'],
            ['الأمن', 'forbidden'],
          ],
          'الحماية من الأضرار التي يسببها نظام الذكاء الاصطناعي بسبب أعطاله أو سلوكه غير المقصود.',
          'تُستخدم «الأمن» لمفهوم security فقط.',
        ),
        entry(
          'zh-Hans',
          [
            ['安全', 'preferred'],
            ['安保', 'forbidden'],
          ],
          '防止人工智能系统因自身故障或意外行为造成伤害。',
        ),
        entry('es', [['seguridad', 'preferred']], 'Protección frente a los daños que causa un sistema de IA por sus propios fallos.'),
      ],
    },
    {
      id: 'cpt-security',
      note: null,
      entries: [
        entry(
          'en',
          [['security', 'preferred']],
          'Protection of an AI system, its data and its users against deliberate attacks and misuse.',
        ),
        entry(
          'fr',
          [['sécurité', 'preferred']],
          'Protection d’un système d’IA, de ses données et de ses utilisateurs contre les attaques délibérées.',
        ),
        entry('ar', [['الأمن', 'preferred']], 'حماية نظام الذكاء الاصطناعي وبياناته ومستخدميه من الهجمات المتعمدة.'),
        entry(
          'zh-Hans',
          [
            ['安保', 'preferred'],
            ['安全', 'forbidden'],
          ],
          '保护人工智能系统及其数据和用户免受蓄意攻击。',
        ),
      ],
    },
    {
      id: 'cpt-incident',
      note: null,
      entries: [
        entry(
          'en',
          [
            ['incident', 'preferred'],
            ['event', 'admitted'],
          ],
          'An event in which an AI system caused or nearly caused harm.',
          'Follow the OECD common reporting framework: a hazard is a potential incident.',
        ),
        entry('fr', [['incident', 'preferred']], 'Événement au cours duquel un système d’IA a causé ou failli causer un dommage.'),
        entry(
          'ar',
          [
            ['حادث', 'preferred'],
            ['حادثة', 'admitted'],
          ],
          'واقعة تسبب فيها نظام ذكاء اصطناعي في ضرر أو كاد أن يتسبب فيه.',
        ),
        entry('es', [['incidente', 'preferred']], 'Suceso en el que un sistema de IA causó o estuvo a punto de causar un daño.'),
        entry('ru', [['инцидент', 'preferred']], 'Событие, в котором система ИИ причинила или едва не причинила вред.'),
      ],
    },
    {
      id: 'cpt-open-source',
      note: 'Whose weights and code anyone may use, study, change and share.',
      entries: [
        entry(
          'en',
          [
            ['open-source AI', 'preferred'],
            ['open AI', 'forbidden'],
          ],
          'AI systems whose weights and code are published under terms that let anyone use, study, modify and share them.',
        ),
        entry(
          'fr',
          [
            ['IA open source', 'preferred'],
            ['IA ouverte', 'admitted'],
          ],
          'Systèmes d’IA dont les poids et le code sont publiés sous des conditions permettant à chacun de les utiliser, étudier, modifier et partager.',
        ),
      ],
    },
  ];
}

/** The translations as first loaded, by language, then subject. */
function translations(source: (subject: string) => Text | undefined): Map<string, Map<string, Stored>> {
  const current = (subject: string): Text => source(subject) ?? { title: null, body: '' };
  const put = (
    subject: string,
    text: Text,
    state: string,
    over: Partial<Omit<Stored, 'text' | 'state'>> = {},
  ): [string, Stored] => [
    subject,
    {
      source: current(subject),
      text,
      state: state === 'approved' ? 'translated' : state,
      author: translator('T4LW9'),
      updatedMs: JANUARY_MS,
      approved: state === 'approved',
      reviewNote: null,
      ...over,
    },
  ];
  const french = new Map<string, Stored>([
    put(
      'title',
      {
        title: null,
        body: 'Renforcer la collaboration internationale pour améliorer la sûreté et la sécurité de l’IA open source',
      },
      'approved',
    ),
    put(
      'preamble',
      {
        title: 'Préambule',
        body:
          'L’intelligence artificielle (IA) peut contribuer à relever certains des défis les plus ' +
          'pressants du monde et accélérer le progrès scientifique. L’IA open source peut ' +
          'faciliter ces immenses bénéfices en élargissant l’accès à l’IA, en permettant une ' +
          'collaboration ouverte et en favorisant une innovation inclusive.\n\nGarantir le ' +
          'développement et le déploiement sûrs de l’IA open source exige une collaboration et ' +
          'une coopération *mondiales*, car aucun pays ne peut résoudre seul ces risques.',
      },
      'approved',
    ),
    put('section/sec-collaboration', { title: null, body: 'Collaboration et inclusion' }, 'approved', {
      author: you,
    }),
    put(
      'priority/pri-broaden-participation',
      {
        title: 'Élargir la participation aux forums mondiaux sur la sûreté de l’IA',
        body:
          'Les forums mondiaux sur la sûreté de l’IA devraient permettre aux participants de pays ' +
          'dépourvus d’instituts de sûreté de l’IA de contribuer, favorisant l’inclusion et le ' +
          'partage des connaissances.',
      },
      'approved',
      { author: you, updatedMs: JANUARY_MS + 2 * DAY_MS },
    ),
    put(
      'priority/pri-remove-barriers',
      {
        title: 'Lever les obstacles à la collaboration',
        body:
          'Les gouvernements, les universités et les laboratoires de recherche devraient ' +
          's’efforcer de promouvoir la collaboration internationale sur la recherche en matière de ' +
          'sécurité et de gouvernance des modèles d’IA open source, et éviter d’imposer des ' +
          'restrictions à ces recherches, par exemple par des décisions politiques ou de ' +
          'financement.',
      },
      'translated',
    ),
    put('section/sec-standards', { title: null, body: 'Normes et ouverture' }, 'needs_review', {
      reviewNote: '« Normes » ou « Normalisation » ? À vérifier avec le glossaire.',
    }),
    put(
      'priority/pri-incident-reporting',
      {
        title: 'Normaliser le signalement des incidents',
        body:
          'Établir des **protocoles cohérents** de signalement des incidents de sûreté de l’IA ' +
          'entre pays et institutions afin de renforcer la transparence mondiale, la ' +
          'responsabilité et le partage d’informations au service du bien public. Envisager des ' +
          'incitations au signalement des incidents.',
      },
      'approved',
      { updatedMs: JANUARY_MS + 5 * DAY_MS },
    ),
  ]);
  const arabic = new Map<string, Stored>([
    put(
      'title',
      { title: null, body: 'تعزيز التعاون الدولي لتحسين سلامة وأمن الذكاء الاصطناعي مفتوح المصدر' },
      'needs_review',
      { author: translator('R2HD6') },
    ),
    put('section/sec-collaboration', { title: null, body: 'التعاون والشمول' }, 'translated', {
      author: translator('R2HD6'),
    }),
    put(
      'priority/pri-incident-reporting',
      {
        title: 'توحيد الإبلاغ عن الحوادث',
        body:
          'وضع بروتوكولات مشتركة للإبلاغ عن حوادث السلامة في الذكاء الاصطناعي عبر البلدان ' +
          'والمؤسسات لتعزيز الشفافية والمساءلة على الصعيد العالمي.',
      },
      'translated',
      {
        author: translator('R2HD6'),
        updatedMs: JANUARY_MS - 30 * DAY_MS,
        // Made from an earlier revision of 2.1: the source has changed since.
        source: {
          title: 'Standardize Incident Reporting',
          body:
            'Establish common protocols for AI safety incident reporting across countries and ' +
            'institutions to enhance global transparency and accountability.',
        },
      },
    ),
  ]);
  const chinese = new Map<string, Stored>([
    put('title', { title: null, body: '加强国际合作，提升开源人工智能的安全与安保' }, 'machine_draft', {
      author: translator('P4XN8'),
    }),
    put(
      'priority/pri-broaden-participation',
      {
        title: '扩大全球人工智能安全论坛的参与',
        body: '全球人工智能安全论坛应允许来自尚未设立人工智能安全研究所的国家的参与者作出贡献，促进包容性和知识共享。',
      },
      'machine_draft',
      { author: translator('P4XN8') },
    ),
  ]);
  return new Map([
    ['fr', french],
    ['ar', arabic],
    ['zh-Hans', chinese],
  ]);
}

/** Where the terms of `language` occur in `text`: [start, end, concept] in code units,
 * longest terms first, never overlapping. */
function findTerms(
  text: string,
  concepts: ConceptView[],
  language: string,
  statuses: readonly string[],
): [number, number, string, string][] {
  const terms = concepts
    .flatMap((c) =>
      c.entries
        .filter((e) => e.language === language)
        .flatMap((e) => e.terms.filter((t) => statuses.includes(t.status)))
        .map((t) => ({ term: t.text, folded: t.text.toLowerCase(), concept: c.id })),
    )
    .filter((t) => t.folded !== '')
    .sort((a, b) => b.folded.length - a.folded.length);
  const lower = text.toLowerCase();
  const taken = new Array<boolean>(text.length).fill(false);
  const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const found: [number, number, string, string][] = [];
  for (const { term, folded, concept } of terms) {
    const spaced = !/[\p{Script=Han}]/u.test(folded);
    for (let at = lower.indexOf(folded); at >= 0; at = lower.indexOf(folded, at + 1)) {
      const end = at + folded.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      if (spaced && (wordChar(lower[at - 1]) || wordChar(lower[end]))) continue;
      taken.fill(true, at, end);
      found.push([at, end, concept, term]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** `text` in runs, each glossary term of `language` its own run with its concept. */
export function termSegments(text: string, concepts: ConceptView[], language: string): TermSegment[] {
  const out: TermSegment[] = [];
  let at = 0;
  for (const [start, end, concept] of findTerms(text, concepts, language, TERM_STATUSES)) {
    if (start > at) out.push({ text: text.slice(at, start), concept: null });
    out.push({ text: text.slice(start, end), concept });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), concept: null });
  return out;
}

/** What the glossary finds in a translation `target` of `source` (as `term_flags`). */
export function termFlags(
  source: string,
  target: string,
  concepts: ConceptView[],
  sourceLanguage: string,
  language: string,
): TermFlag[] {
  const flags: TermFlag[] = findTerms(target, concepts, language, ['forbidden']).map(
    ([, , concept, term]) => ({ kind: 'forbidden', concept, term }),
  );
  const used = [...new Set(findTerms(source, concepts, sourceLanguage, TERM_STATUSES).map((f) => f[2]))].sort();
  for (const id of used) {
    const concept = concepts.find((c) => c.id === id);
    const entry = concept?.entries.find((e) => e.language === language);
    const preferred = entry?.terms.filter((t) => t.status === 'preferred').map((t) => t.text) ?? [];
    if (!concept || preferred.length === 0) continue;
    if (findTerms(target, [concept], language, ['preferred']).length === 0) {
      flags.push({ kind: 'missing_preferred', concept: id, term: preferred.join(' / ') });
    }
  }
  return flags;
}

/** The parts of the statement, in reading order, with their labels. */
type Part = { subject: string; label: string; source: Text };

export class TranslationFixtures {
  #statement: () => StatementView;
  #concepts: ConceptView[] = glossary();
  #stored: Map<string, Map<string, Stored>>;
  #drafts = new Map<string, TranslationDraft>();
  #now: () => number;
  #next = 1;
  /** What the fixture user may do; tests change these. */
  roles = { translate: true, review: true, editGlossary: true };

  constructor(statement: () => StatementView, now: () => number) {
    this.#statement = statement;
    this.#now = now;
    this.#stored = translations((subject) => this.#parts().find((p) => p.subject === subject)?.source);
    this.#drafts.set(this.#draftKey('priority/pri-close-divide', 'fr'), {
      title: 'Combler le fossé en matière de sûreté de l’IA',
      body:
        'Veiller à ce que les régions sous-représentées et les populations vulnérables aient ' +
        'voix au chapitre dans les discussions sur la sûreté de l’IA en leur fournissant :\n\n' +
        '- des ressources pour leur participation ;\n- des plateformes qui fonctionnent sur des ' +
        'connexions lentes et intermittentes.',
      state: 'machine_draft',
    });
  }

  /** The forum's drafting language and the languages it translates into. */
  #languages(): { source: string; targets: string[] } {
    const { forum } = this.#statement();
    return { source: forum.language, targets: forum.languages.filter((l) => l !== forum.language) };
  }

  #parts(): Part[] {
    const view = this.#statement();
    const parts: Part[] = [{ subject: 'title', label: view.forum.title, source: { title: null, body: view.forum.title } }];
    if (view.preamble) {
      parts.push({
        subject: 'preamble',
        label: view.preamble.title,
        source: { title: view.preamble.title, body: markdownOf(view.preamble.html) },
      });
    }
    for (const section of view.sections) {
      parts.push({
        subject: `section/${section.id}`,
        label: `${section.number} ${section.title}`,
        source: { title: null, body: section.title },
      });
      for (const priority of section.priorities) {
        parts.push({
          subject: `priority/${priority.id}`,
          label: `${priority.number} ${priority.title}`,
          source: { title: priority.title, body: fixturePriority(priority.id)!.markdown },
        });
      }
    }
    if (view.about) {
      parts.push({
        subject: 'about',
        label: view.about.title,
        source: { title: view.about.title, body: markdownOf(view.about.html) },
      });
    }
    return parts;
  }

  #part(subject: string): Part {
    const part = this.#parts().find((p) => p.subject === subject);
    if (!part) {
      if (!/^(title|preamble|about|(section|priority)\/.+)$/.test(subject)) {
        throw invalid('subject', `'${subject}' does not name a part of the statement`);
      }
      throw { code: 'not-found', message: 'this part of the statement was not found' };
    }
    return part;
  }

  #draftKey(subject: string, language: string): string {
    return `${language}:${subject}`;
  }

  #target(language: string): void {
    if (language.trim() === '') throw invalid('language', 'is not a language tag');
  }

  #badge(stored: Stored, language: string, source: Text): TranslationBadge {
    return {
      language,
      state: stored.approved ? 'approved' : stored.state,
      outdated: stored.source.title !== source.title || stored.source.body !== source.body,
    };
  }

  /** What to show of a part read in `language`: the translation, or the original. */
  #show(subject: string, source: Text, originalLanguage: string, reading: string) {
    const stored = this.#stored.get(reading)?.get(subject);
    if (!stored) {
      const badge: TranslationBadge = { language: reading, state: 'untranslated', outdated: false };
      return { text: source, language: originalLanguage, translation: badge };
    }
    const text = { title: source.title === null ? null : stored.text.title, body: stored.text.body };
    return { text, language: reading, translation: this.#badge(stored, reading, source) };
  }

  /** The statement read in `language`, from the original `view`. */
  statementIn(view: StatementView, language: string | null): StatementView {
    const { source } = this.#languages();
    const reading = language && language !== '' ? language : source;
    if (reading === source) return { ...view, readingLanguage: source };
    const render = (markdown: string) => fixtureHtml(markdown);
    const textView = (subject: string, part: TextView): TextView => {
      const original = { title: part.title, body: markdownOf(part.html) };
      const shown = this.#show(subject, original, part.language, reading);
      if (shown.translation.state === 'untranslated') return { ...part, translation: shown.translation };
      return {
        title: shown.text.title ?? '',
        html: render(shown.text.body),
        language: shown.language,
        translation: shown.translation,
      };
    };
    const title = this.#show('title', { title: null, body: view.forum.title }, view.forum.language, reading);
    return {
      ...view,
      readingLanguage: reading,
      preamble: view.preamble && textView('preamble', view.preamble),
      about: view.about && textView('about', view.about),
      sections: view.sections.map((section) => {
        const heading = this.#show(`section/${section.id}`, { title: null, body: section.title }, section.language, reading);
        return {
          ...section,
          title: heading.text.body,
          language: heading.language,
          translation: heading.translation,
          priorities: section.priorities.map((priority) => {
            const original = { title: priority.title, body: fixturePriority(priority.id)!.markdown };
            const shown = this.#show(`priority/${priority.id}`, original, priority.language, reading);
            if (shown.translation.state === 'untranslated') {
              return { ...priority, translation: shown.translation };
            }
            return {
              ...priority,
              title: shown.text.title ?? '',
              html: render(shown.text.body),
              language: shown.language,
              translation: shown.translation,
            };
          }),
        };
      }),
      // As the Rust side sends it: the title is the text of a part without a heading, so it
      // arrives as `html`, and only once it has been translated.
      ...(title.translation.state === 'untranslated'
        ? {}
        : {
            titleTranslation: {
              title: '',
              html: render(title.text.body),
              language: title.language,
              translation: title.translation,
            },
          }),
    };
  }

  /** A priority's page read in `language`, from its page in the original. */
  priorityIn(view: PriorityView, language: string | null): PriorityView {
    const { source } = this.#languages();
    const reading = language && language !== '' ? language : source;
    if (reading === source) return view;
    const original = { title: view.title, body: view.markdown };
    const shown = this.#show(`priority/${view.id}`, original, view.language, reading);
    if (shown.translation.state === 'untranslated') return { ...view, translation: shown.translation };
    return {
      ...view,
      title: shown.text.title ?? '',
      html: fixtureHtml(shown.text.body),
      language: shown.language,
      translation: shown.translation,
      original: { title: view.title, html: view.html, language: view.language },
    };
  }

  overview(language: string): TranslationOverview {
    this.#target(language);
    const { source, targets } = this.#languages();
    const stored = this.#stored.get(language);
    return structuredClone({
      language,
      sourceLanguage: source,
      languages: targets,
      items: this.#parts().map((part) => {
        const found = stored?.get(part.subject);
        const badge = found ? this.#badge(found, language, part.source) : null;
        return {
          subject: part.subject,
          label: part.label,
          state: badge?.state ?? 'untranslated',
          outdated: badge?.outdated ?? false,
          hasDraft: this.#drafts.has(this.#draftKey(part.subject, language)),
        };
      }),
    });
  }

  editor(subject: string, language: string): TranslationEditorView {
    this.#target(language);
    const part = this.#part(subject);
    const { source: sourceLanguage } = this.#languages();
    const parts = this.#parts();
    const at = parts.findIndex((p) => p.subject === subject);
    const stored = this.#stored.get(language)?.get(subject);
    const draft = this.#drafts.get(this.#draftKey(subject, language)) ?? null;
    const plain = plainText(part.source.body);
    const sourceAll = `${part.source.title ?? ''} ${plain}`;
    const current = stored
      ? {
          title: stored.text.title,
          body: stored.text.body,
          state: this.#badge(stored, language, part.source).state,
          outdated: this.#badge(stored, language, part.source).outdated,
          author: stored.author,
          updatedMs: stored.updatedMs,
          reviewNote: stored.reviewNote,
        }
      : null;
    const checked = draft ?? current;
    const used = new Set(findTerms(sourceAll, this.#concepts, sourceLanguage, TERM_STATUSES).map((f) => f[2]));
    return structuredClone({
      subject,
      label: part.label,
      language,
      sourceLanguage,
      sourceTitle: part.source.title === null ? null : termSegments(part.source.title, this.#concepts, sourceLanguage),
      sourceBody: termSegments(plain, this.#concepts, sourceLanguage),
      sourceHtml: fixtureHtml(part.source.body),
      current,
      draft,
      sourceChanges:
        current?.outdated && stored
          ? {
              title: diffWords(stored.source.title ?? '', part.source.title ?? ''),
              body: diffWords(plainText(stored.source.body), plain),
            }
          : null,
      glossary: this.#concepts
        .filter((c) => used.has(c.id))
        .map((c) => ({
          ...c,
          entries: c.entries.filter((e) => e.language === sourceLanguage || e.language === language),
        })),
      flags: checked
        ? termFlags(sourceAll, `${checked.title ?? ''} ${checked.body}`, this.#concepts, sourceLanguage, language)
        : [],
      canTranslate: this.roles.translate,
      canReview: this.roles.review,
      previous: parts[at - 1]?.subject ?? null,
      next: parts[at + 1]?.subject ?? null,
    });
  }

  saveDraft(subject: string, language: string, draft: TranslationDraft): void {
    this.#target(language);
    this.#part(subject);
    if (!DRAFT_STATES.includes(draft.state)) throw invalid('state', `'${draft.state}' is not a translation state`);
    if (new TextEncoder().encode(draft.body).length > MAX_TEXT_BYTES) {
      throw invalid('body', 'the translation is too long');
    }
    this.#drafts.set(this.#draftKey(subject, language), structuredClone(draft));
  }

  discardDraft(subject: string, language: string): void {
    this.#part(subject);
    this.#drafts.delete(this.#draftKey(subject, language));
  }

  submit(subject: string, language: string): void {
    const part = this.#part(subject);
    const key = this.#draftKey(subject, language);
    const draft = this.#drafts.get(key);
    if (!draft) throw { code: 'not-found', message: 'a draft of this translation was not found' };
    const { source, targets } = this.#languages();
    if (language === source || !targets.includes(language)) {
      throw invalid('content', `${language} is not one of this forum's languages to translate into`);
    }
    if (!this.roles.translate) {
      throw invalid('content', 'waiting: its author may not translate in this forum');
    }
    if (!DRAFT_STATES.includes(draft.state)) throw invalid('state', `'${draft.state}' is not a translation state`);
    const title = part.source.title === null ? null : (draft.title ?? '');
    if (title !== null && Array.from(title).length > MAX_TITLE_CHARS) {
      throw invalid('text', `is longer than ${MAX_TITLE_CHARS} characters`);
    }
    if (draft.body.trim() === '') throw invalid('text', 'a translation needs some text');
    let byLanguage = this.#stored.get(language);
    if (!byLanguage) {
      byLanguage = new Map();
      this.#stored.set(language, byLanguage);
    }
    byLanguage.set(subject, {
      source: structuredClone(part.source),
      text: { title, body: draft.body.trim() },
      state: draft.state,
      author: you,
      updatedMs: this.#now(),
      approved: false,
      reviewNote: null,
    });
    this.#drafts.delete(key);
  }

  review(subject: string, language: string, decision: string, note: string | null): void {
    this.#part(subject);
    const stored = this.#stored.get(language)?.get(subject);
    if (!stored) throw { code: 'not-found', message: 'a translation to review was not found' };
    if (decision !== 'approved' && decision !== 'needs_review') {
      throw invalid('decision', `'${decision}' is not a review decision`);
    }
    if (!this.roles.review) throw invalid('content', 'waiting: its author may not review translations');
    stored.approved = decision === 'approved';
    if (decision === 'needs_review') stored.state = 'needs_review';
    stored.reviewNote = note && note.trim() !== '' ? note.trim() : null;
  }

  /** An export, saved nowhere: where the shell would have saved it. */
  exportFile(stem: string, format: string): { path: string } {
    const extension = { xliff: 'xlf', po: 'po', tbx: 'tbx' }[format];
    if (!extension) throw invalid('format', `'${format}' is not xliff or po`);
    return { path: `/home/delegate/Downloads/plenary-${stem}.${extension}` };
  }

  /** An import, counted but not applied: the units of an XLIFF, PO or TBX file are written;
   * a file without any is refused, as the Rust side refuses a malformed one. */
  importFile(text: string, format: string): { written: number; unchanged: number; skipped: number } {
    const marker = { xliff: /<unit\b/g, po: /^msgid "(?!")/gm, tbx: /<conceptEntry\b/g }[format];
    if (!marker) throw invalid('format', `'${format}' is not xliff or po`);
    const units = text.match(marker)?.length ?? 0;
    if (units === 0) {
      throw {
        code: 'import',
        message: 'the file cannot be imported',
        problems: [`line 1: this is not a${format === 'xliff' ? 'n' : ''} ${format.toUpperCase()} file Plenary can read`],
      };
    }
    return { written: units, unchanged: 0, skipped: 0 };
  }

  glossary(): GlossaryView {
    const { source } = this.#languages();
    const { forum } = this.#statement();
    const first = (c: ConceptView) =>
      c.entries.find((e) => e.language === source)?.terms[0]?.text.toLowerCase() ?? '';
    const concepts = [...this.#concepts]
      .map((c) => ({
        ...c,
        entries: [...c.entries].sort(
          (a, b) =>
            Number(a.language !== source) - Number(b.language !== source) ||
            a.language.localeCompare(b.language),
        ),
      }))
      .sort((a, b) => first(a).localeCompare(first(b)));
    return structuredClone({
      languages: [source, ...forum.languages.filter((l) => l !== source)],
      concepts,
      canEdit: this.roles.editGlossary,
    });
  }

  addConcept(note: string | null): string {
    if (!this.roles.editGlossary) throw invalid('content', 'waiting: its author may not edit the glossary');
    const id = `cpt-new-${this.#next++}`;
    this.#concepts.push({ id, note: note && note.trim() !== '' ? note.trim() : null, entries: [] });
    return id;
  }

  saveEntry(concept: string, language: string, terms: TermView[], definition: string, usageNote: string): void {
    const found = this.#concepts.find((c) => c.id === concept);
    if (!found) throw invalid('concept', `'${concept}' is not a concept id`);
    this.#target(language);
    if (!this.roles.editGlossary) throw invalid('content', 'waiting: its author may not edit the glossary');
    const kept = terms
      .filter((t) => t.text.trim() !== '')
      .map((t) => {
        if (!TERM_STATUSES.includes(t.status)) throw invalid('terms', `'${t.status}' is not a term status`);
        if (Array.from(t.text.trim()).length > MAX_TITLE_CHARS) {
          throw invalid('terms', `is longer than ${MAX_TITLE_CHARS} characters`);
        }
        if (/[\p{Cc}]/u.test(t.text)) throw invalid('terms', 'must be one line without control characters');
        return { text: t.text.trim(), status: t.status };
      });
    if (kept.length > 50) throw invalid('terms', 'an entry has at most 50 terms');
    if (new TextEncoder().encode(definition).length > MAX_TEXT_BYTES) {
      throw invalid('definition', `is longer than ${MAX_TEXT_BYTES} bytes`);
    }
    if (new TextEncoder().encode(usageNote).length > MAX_TEXT_BYTES) {
      throw invalid('usage_note', `is longer than ${MAX_TEXT_BYTES} bytes`);
    }
    const entry = { language, terms: kept, definition: definition.trim(), usageNote: usageNote.trim() };
    const at = found.entries.findIndex((e) => e.language === language);
    if (at >= 0) found.entries[at] = entry;
    else found.entries.push(entry);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small Markdown renderer for fixtures only: paragraphs, lists, **strong** and *emphasis*. */
export function fixtureHtml(markdown: string): string {
  const inline = (text: string) =>
    escapeHtml(text)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/\*(.+?)\*/g, '<em>$1</em>')
      .replace(/\n/g, ' ');
  return markdown
    .trim()
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.trim().split('\n');
      if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
        const items = lines.map((line) => `<li>${inline(line.replace(/^\s*[-*]\s+/, ''))}</li>`);
        return `<ul>\n${items.join('\n')}\n</ul>\n`;
      }
      return `<p>${inline(block.trim())}</p>\n`;
    })
    .join('');
}
