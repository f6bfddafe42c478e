// The fixture store's consolidation (see fixture-store.ts): organizers' decisions on
// amendments, moderation, the forum's phase, the public decision log, the overview and the
// export of the consolidated statement. Its rules follow crates/core/src/consolidate.rs and
// crates/proto/src/record.rs where the UI can tell: only organizers decide, hide and move the
// phase; an acceptance takes one open amendment and a merge two or more with a text; a
// rejection and a hiding need a reason; accepting or merging makes the priority's next
// revision, which names the amendments and the organizer; a hidden contribution stays
// visible to its author only, with the reason. Never part of a production build.
//
// Sample data: a decision log with an earlier acceptance (priority 1.2's revision 3), a
// rejection, a hidden comment and the move to commenting; positions by stakeholder group and
// region for the priorities that have positions.

import type { Annexes } from './bindings/Annexes';
import type { ForumSummary } from './bindings/ForumSummary';
import type { LogEntry } from './bindings/LogEntry';
import type { OverviewRow } from './bindings/OverviewRow';
import type { PriorityLink } from './bindings/PriorityLink';
import type { PriorityView } from './bindings/PriorityView';
import type { Tally } from './bindings/Tally';
import { you } from './fixtures';
import { PHASES } from './phase';
import { diffWords } from './worddiff';

const DAY_MS = 24 * 60 * 60 * 1000;
// 12 December 2024, 15:30 UTC, as in fixtures.ts.
const WORKSHOP_MS = Date.UTC(2024, 11, 12, 15, 30);

const STANCES = ['support', 'neutral', 'oppose'] as const;
const FORMATS: Record<string, string> = { markdown: 'md', html: 'html', docx: 'docx', json: 'json' };

/** What the fixture store lends: its priorities as stored (changed in place), and the forum. */
export type ConsolidationHost = {
  /** Every priority, in reading order, as stored (not copies). */
  views: () => PriorityView[];
  /** The forum shown, with this device's role and the phase. */
  summary: () => ForumSummary;
  /** Hides an input with the reason; false when there is no such input. */
  hideInput: (id: string, reason: string) => boolean;
  /** An amendment's proposed text as its author wrote it (Markdown). */
  amendmentBody: (priority: PriorityView, id: string) => string;
  /** The text of sanitized HTML, whitespace collapsed. */
  plain: (html: string) => string;
  /** Markdown rendered as the fixtures render it. */
  render: (markdown: string) => string;
};

/** Other participants' positions as their authors disclosed them (group and region), by
 * priority; what the view counts beyond these was not disclosed. */
const DISCLOSED: Record<string, { stance: string; group: string; region: string }[]> = {
  'pri-incident-reporting': [
    { stance: 'support', group: 'government', region: '002' },
    { stance: 'support', group: 'government', region: '142' },
    { stance: 'support', group: 'civil_society', region: '150' },
    { stance: 'support', group: 'academia', region: '019' },
    { stance: 'neutral', group: 'industry', region: '150' },
    { stance: 'oppose', group: 'industry', region: '019' },
  ],
  'pri-cultural-nuances': [
    { stance: 'support', group: 'academia', region: '142' },
    { stance: 'support', group: 'international_organization', region: '150' },
  ],
};

function invalid(field: string, message: string) {
  return { code: 'invalid', field, message: `${field}: ${message}` };
}

function emptyTally(): Tally {
  return { support: 0, neutral: 0, oppose: 0 };
}

function add(tally: Record<string, Tally>, key: string, stance: string, count = 1): void {
  const row = (tally[key] ??= emptyTally());
  if (stance === 'support' || stance === 'neutral' || stance === 'oppose') row[stance] += count;
}

export class ConsolidationFixtures {
  /** The forum's phase once an organizer moved it here; null for the fixture's own. */
  phase: string | null = null;
  #log: LogEntry[];
  #host: ConsolidationHost;
  #now: () => number;
  #revisions = 0;

  constructor(host: ConsolidationHost, now: () => number) {
    this.#host = host;
    this.#now = now;
    const barriers: PriorityLink = {
      id: 'pri-remove-barriers',
      number: '1.2',
      title: 'Remove Barriers to Collaboration',
    };
    const incident: PriorityLink = {
      id: 'pri-incident-reporting',
      number: '2.1',
      title: 'Standardize Incident Reporting',
    };
    const entry = (over: Partial<LogEntry>): LogEntry => ({
      kind: 'accepted',
      priority: null,
      amendments: [],
      hiddenKind: null,
      phase: null,
      reason: null,
      organizer: 'R4TW8',
      atMs: WORKSHOP_MS,
      ...over,
    });
    this.#log = [
      entry({
        kind: 'accepted',
        priority: barriers,
        amendments: ['Name funding decisions explicitly'],
        reason: 'Accepted the amendment naming funding decisions explicitly.',
        atMs: WORKSHOP_MS + 40 * DAY_MS,
      }),
      entry({
        kind: 'hidden',
        priority: incident,
        hiddenKind: 'comment',
        reason: 'Named a delegate, against the Chatham House Rule.',
        atMs: WORKSHOP_MS + 18 * DAY_MS,
      }),
      entry({
        kind: 'rejected',
        priority: barriers,
        amendments: ['Drop the reference to research labs'],
        reason: 'Research labs are among those the priority addresses.',
        atMs: WORKSHOP_MS + 11 * DAY_MS,
      }),
      entry({ kind: 'phase', phase: 'commenting', atMs: WORKSHOP_MS + DAY_MS }),
    ];
  }

  /** Throws the Rust side's refusal unless this device organizes the forum. */
  #organizer(): void {
    if (this.#host.summary().role !== 'organizer') {
      throw invalid('content', 'only organizers may do this: its author is not an organizer of the forum');
    }
  }

  #view(id: string): PriorityView {
    const view = this.#host.views().find((v) => v.id === id);
    if (!view) throw { code: 'not-found', message: `the priority ${id}` };
    return view;
  }

  #link(view: PriorityView): PriorityLink {
    return { id: view.id, number: view.number, title: view.title };
  }

  decide(
    priority: string,
    amendments: string[],
    outcome: string,
    reason: string | null,
    mergedTitle: string | null,
    mergedBody: string | null,
  ): void {
    if (!['accepted', 'merged', 'rejected'].includes(outcome)) {
      throw invalid('outcome', `'${outcome}' is not accepted, merged or rejected`);
    }
    this.#organizer();
    const view = this.#view(priority);
    if (amendments.length === 0 || amendments.length > 50) throw invalid('amendments', 'name 1 to 50 amendments');
    const chosen = amendments.map((id) => {
      const amendment = view.amendments.find((a) => a.id === id);
      if (!amendment) throw { code: 'not-found', message: `the amendment ${id}` };
      return amendment;
    });
    const why = reason?.trim() ? reason.trim() : null;
    if (outcome === 'accepted' && chosen.length !== 1) {
      throw invalid('amendments', 'an acceptance takes one amendment; merge several');
    }
    if (outcome === 'rejected' && why === null) throw invalid('reason', 'say why the amendments are rejected');
    let revision: { title: string; body: string } | null = null;
    if (outcome === 'accepted') {
      const amendment = chosen[0]!;
      revision = { title: amendment.title, body: this.#host.amendmentBody(view, amendment.id) };
    } else if (outcome === 'merged') {
      if (mergedBody === null) throw invalid('body', 'write the merged text');
      const title = (mergedTitle ?? '').trim();
      if (title === '') throw invalid('title', 'must not be empty');
      if (mergedBody.trim() === '') throw invalid('body', 'a priority needs some text');
      revision = { title, body: mergedBody.trim() };
    }
    const now = this.#now();
    for (const amendment of chosen) {
      amendment.state = outcome;
      amendment.decisionReason = why;
      amendment.conflictsWith = [];
    }
    if (revision) this.#revise(view, revision, outcome, why, chosen.map((a) => a.title), now);
    this.#log.unshift({
      kind: outcome,
      priority: this.#link(view),
      amendments: chosen.map((a) => a.title),
      hiddenKind: null,
      phase: null,
      reason: why,
      organizer: you.pseudonym,
      atMs: now,
    });
  }

  /** The priority's next revision: its text, and the open amendments measured against it. */
  #revise(
    view: PriorityView,
    text: { title: string; body: string },
    outcome: string,
    note: string | null,
    from: string[],
    now: number,
  ): void {
    view.title = text.title;
    view.markdown = text.body;
    view.html = this.#host.render(text.body);
    view.revision = {
      id: `rev-${view.id}-${++this.#revisions}`,
      createdMs: now,
      count: view.revision.count + 1,
      note,
      decision: outcome,
      fromAmendments: from,
      madeBy: you.pseudonym,
    };
    const current = `${text.title}\n\n${this.#host.plain(view.html)}`;
    const open = view.amendments.filter((a) => a.state === 'proposed');
    for (const amendment of open) {
      amendment.baseIsCurrent = false;
      amendment.diffFromCurrent = diffWords(
        current,
        `${amendment.title}\n\n${this.#host.plain(amendment.html)}`,
      );
    }
    for (const comment of view.comments) {
      comment.onEarlierRevision = true;
      if (comment.anchor && !this.#host.plain(view.html).includes(comment.anchor.exact)) {
        comment.anchor.state = 'orphaned';
      }
    }
  }

  hide(kind: string, id: string, reason: string): void {
    this.#organizer();
    if (!['comment', 'amendment', 'input'].includes(kind)) {
      throw invalid('target', `'${kind}/${id}' is not a contribution`);
    }
    const why = reason.trim();
    if (why === '') throw invalid('reason', 'say why it is hidden');
    if (kind === 'input') {
      // Input concerns priorities but belongs to none: the log names no priority for it.
      if (!this.#host.hideInput(id, why)) throw { code: 'not-found', message: `the ${kind} ${id}` };
      this.#logHidden(null, kind, why);
      return;
    }
    let found: PriorityView | undefined;
    for (const view of this.#host.views()) {
      if (kind === 'comment') {
        const comment = view.comments.find((c) => c.id === id);
        if (!comment) continue;
        found = view;
        if (comment.author.isYou) comment.hiddenReason = why;
        else view.comments = view.comments.filter((c) => c.id !== id);
      } else if (kind === 'amendment') {
        const amendment = view.amendments.find((a) => a.id === id);
        if (!amendment) continue;
        found = view;
        if (amendment.author.isYou) amendment.hiddenReason = why;
        else view.amendments = view.amendments.filter((a) => a.id !== id);
        for (const other of view.amendments) other.conflictsWith = other.conflictsWith.filter((c) => c !== id);
      }
    }
    if (!found) throw { code: 'not-found', message: `the ${kind} ${id}` };
    this.#logHidden(this.#link(found), kind, why);
  }

  #logHidden(priority: PriorityLink | null, kind: string, reason: string): void {
    this.#log.unshift({
      kind: 'hidden',
      priority,
      amendments: [],
      hiddenKind: kind,
      phase: null,
      reason,
      organizer: you.pseudonym,
      atMs: this.#now(),
    });
  }

  setPhase(phase: string): void {
    if (!(PHASES as readonly string[]).includes(phase)) {
      throw invalid('phase', `'${phase}' is not a phase (drafting, commenting, consolidating, closed)`);
    }
    this.#organizer();
    this.phase = phase;
    this.#log.unshift({
      kind: 'phase',
      priority: null,
      amendments: [],
      hiddenKind: null,
      phase,
      reason: null,
      organizer: you.pseudonym,
      atMs: this.#now(),
    });
  }

  /** Newest first. */
  log(): LogEntry[] {
    return structuredClone([...this.#log].sort((a, b) => b.atMs - a.atMs));
  }

  overview(): OverviewRow[] {
    return structuredClone(
      this.#host.views().map((view) => {
        const positions: Tally = {
          support: view.positions.support,
          neutral: view.positions.neutral,
          oppose: view.positions.oppose,
        };
        const byGroup: Record<string, Tally> = {};
        const byRegion: Record<string, Tally> = {};
        const disclosed = DISCLOSED[view.id] ?? [];
        for (const p of disclosed) {
          add(byGroup, p.group, p.stance);
          add(byRegion, p.region, p.stance);
        }
        for (const stance of STANCES) {
          const rest = positions[stance] - disclosed.filter((p) => p.stance === stance).length;
          if (rest > 0) {
            add(byGroup, 'undisclosed', stance, rest);
            add(byRegion, 'undisclosed', stance, rest);
          }
        }
        const comments: Record<string, number> = {};
        for (const comment of view.comments) {
          if (comment.hiddenReason !== null) continue;
          comments[comment.kind] = (comments[comment.kind] ?? 0) + 1;
        }
        const openAmendments = view.amendments.filter(
          (a) => a.state === 'proposed' && a.hiddenReason === null,
        ).length;
        return {
          priority: this.#link(view),
          positions,
          byGroup,
          byRegion,
          comments,
          openAmendments,
          contention: positions.oppose * 3 + openAmendments * 2 + (comments.concern ?? 0),
        };
      }),
    );
  }

  exportStatement(language: string, format: string, annexes: Annexes): { path: string } {
    const extension = FORMATS[format];
    if (!extension) throw invalid('format', `'${format}' is not an export format (markdown, html, docx or json)`);
    if (!this.#host.summary().languages.includes(language)) {
      throw invalid('language', `'${language}' is not one of the forum's languages`);
    }
    if (typeof annexes !== 'object' || annexes === null) throw invalid('annexes', 'are missing');
    return { path: `/home/delegate/Downloads/plenary-statement-${language}.${extension}` };
  }
}
