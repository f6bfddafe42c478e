// An in-memory stand-in for the Rust side, answering every command from fixtures.ts: drafts
// are kept, submitted contributions appear on their priority's page and in "my
// contributions", retracting takes them back, search finds text. Used by the Vitest mock
// (backend.mock.ts) and by `npm run dev:fixtures`; never part of a production build.
// Its rules follow the Rust side's where the UI can tell (which fields are required and the
// `field` an error names) and are simple elsewhere (Markdown, search).
// Forums: the sample (shown), one joined on a server, and one joined whose first sync has
// not arrived (no title). Every forum shows the same fixture statement under its own title.
// Joining works with any invite code but `USED-UP` and `NOT-VALID` (the server refuses them)
// and any server but one whose address contains `unreachable` (a network failure); the
// joined forum arrives with the next `sync_now`. Translations and the glossary are answered by
// fixture-translations.ts (exports say where they were saved, imports only count units);
// interface settings are kept in memory. Reports, input, groups, triage and attachments are
// answered by fixture-reports.ts; `role` stands in for the fixture forum's role in a test.
// Organizers' decisions, moderation, the phase, the decision log, the overview and the
// statement's export are answered by fixture-consolidation.ts; as on the Rust side, a
// participant's contribution is refused when the phase does not allow it. Backups are
// answered by fixture-backups.ts. The first-run screens count as done, as after the first
// start, unless a test clears the `first-run` setting.

import { BackupFixtures } from './fixture-backups';
import type { AmendmentView } from './bindings/AmendmentView';
import type { AttachmentView } from './bindings/AttachmentView';
import type { CommentView } from './bindings/CommentView';
import type { ContributionItem } from './bindings/ContributionItem';
import type { DraftContent } from './bindings/DraftContent';
import type { DraftItem } from './bindings/DraftItem';
import type { DraftKey } from './bindings/DraftKey';
import type { DraftKind } from './bindings/DraftKind';
import type { ForumListItem } from './bindings/ForumListItem';
import type { ForumSummary } from './bindings/ForumSummary';
import type { IdentityDetails } from './bindings/IdentityDetails';
import type { MyContributions } from './bindings/MyContributions';
import type { PriorityLink } from './bindings/PriorityLink';
import type { PriorityView } from './bindings/PriorityView';
import type { SearchResult } from './bindings/SearchResult';
import type { Segment } from './bindings/Segment';
import type { SyncLine } from './bindings/SyncLine';
import type { TermView } from './bindings/TermView';
import type { TranslationDraft } from './bindings/TranslationDraft';
import { ConsolidationFixtures } from './fixture-consolidation';
import { FIXTURE_DEVICE_KEY, ReportFixtures } from './fixture-reports';
import { TranslationFixtures, fixtureHtml } from './fixture-translations';
import {
  fixtureForums,
  fixturePriority,
  fixtureStatement,
  fixtureSyncLine,
  rejectedReasons,
  revisionId,
  you,
} from './fixtures';
import type { JoinDetails } from './join';
import { allowedIn, type Act } from './phase';
import { GROUPS } from './vocabularies';
import { diffWords } from './worddiff';

type StoredDraft = {
  key: DraftKey;
  priority: string;
  content: DraftContent;
  updatedMs: number;
  editsExisting: boolean;
};

/** A retracted comment or withdrawn amendment stays in the user's list. */
type Retracted = { item: ContributionItem };

const COMMENT_KINDS = ['support', 'concern', 'question', 'suggestion'];
const STANCES = ['support', 'neutral', 'oppose'];
const ATTRIBUTIONS = ['pseudonym', 'group_and_region', 'name'];

function invalid(field: string, message: string) {
  return { code: 'invalid', field, message: `${field}: ${message}` };
}

/** A small Markdown renderer for fixtures only: paragraphs, lists, **strong** and *emphasis*. */
export const fixtureMarkdown = fixtureHtml;

/** The text of sanitized HTML, whitespace collapsed. */
function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function excerpt(text: string, max = 140): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : chars.join('');
}

function segments(text: string, query: string): Segment[] {
  const out: Segment[] = [];
  const lower = text.toLowerCase();
  const needle = query.toLowerCase();
  let at = 0;
  for (;;) {
    const found = lower.indexOf(needle, at);
    if (found < 0 || needle === '') break;
    if (found > at) out.push({ text: text.slice(at, found), hit: false });
    out.push({ text: text.slice(found, found + needle.length), hit: true });
    at = found + needle.length;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

function snippet(text: string, query: string): Segment[] {
  const found = text.toLowerCase().indexOf(query.toLowerCase());
  const start = Math.max(0, found - 60);
  const end = Math.min(text.length, found + query.length + 60);
  const cut = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  return segments(cut, query);
}

export class FixtureStore {
  #views = new Map<string, PriorityView>();
  #drafts = new Map<string, StoredDraft>();
  /** Markdown sources of comments and amendments, to prefill an edit. */
  #sources = new Map<string, string>();
  #retracted: Retracted[] = [];
  /** When each of the user's contributions last changed. */
  #updated = new Map<string, number>();
  #identity: IdentityDetails = { name: null, affiliation: null, group: null, region: null };
  #forums: ForumListItem[] = fixtureForums();
  /** Forums joined through this store, waiting for their first sync. */
  #joining = new Set<string>();
  /** When each server forum last synced. */
  #synced = new Map<string, number>();
  /** What each join told the organizers, by forum. */
  joined = new Map<string, JoinDetails>();
  /** Translations and the glossary. */
  translations: TranslationFixtures;
  /** Interface settings remembered on this device. */
  settings = new Map<string, string>([['first-run', 'done']]);
  /** Backups made and restored, and the automatic snapshots. */
  backups: BackupFixtures;
  /** Reports, input, groups and attachments. */
  reports: ReportFixtures;
  /** This device's role in the forum shown, when a test sets one other than the fixture's. */
  role: string | null = null;
  /** Organizers' decisions, moderation, the phase, the log, the overview and exports. */
  consolidation: ConsolidationFixtures;
  #next = 1;
  #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
    this.backups = new BackupFixtures(now);
    this.translations = new TranslationFixtures(() => this.#statement(), now);
    this.reports = new ReportFixtures(
      now,
      () => this.#summary().role,
      () => fixtureStatement().sections.flatMap((s) => s.priorities.map((p) => ({ id: p.id, number: p.number }))),
    );
    this.consolidation = new ConsolidationFixtures(
      {
        views: () => [...this.#views.values()],
        summary: () => this.#summary(),
        hideInput: (id, reason) => this.reports.hideInput(id, reason),
        amendmentBody: (view, id) => {
          const source = this.#sources.get(id);
          if (source) return (JSON.parse(source) as { body: string }).body.trim();
          return plain(view.amendments.find((a) => a.id === id)?.html ?? '');
        },
        plain,
        render: fixtureMarkdown,
      },
      now,
    );
    for (const id of this.#priorityIds()) {
      const view = fixturePriority(id)!;
      for (const draft of view.drafts) {
        this.#drafts.set(this.#name(draft.key), {
          key: draft.key,
          priority: id,
          content: draft.content,
          updatedMs: draft.updatedMs,
          editsExisting: draft.editsExisting,
        });
      }
      this.#views.set(id, { ...view, drafts: [] });
    }
  }

  /** Answers a command as the desktop shell would, or throws its error. */
  answer(command: string, given: Record<string, unknown>): unknown {
    // Arguments cross IPC as JSON: the same copy here, so that reactive proxies or values
    // JSON cannot carry behave as they would with the real shell.
    const args = JSON.parse(JSON.stringify(given)) as Record<string, unknown>;
    switch (command) {
      case 'statement':
        return this.translations.statementIn(this.#statement(), this.#language(args.language));
      case 'priority':
        return this.translations.priorityIn(
          { ...this.priority(String(args.id)), forum: this.#summary() },
          this.#language(args.language),
        );
      case 'new_draft':
        return this.newDraft(args.kind as DraftKind, String(args.priority));
      case 'save_draft':
        return this.saveDraft(args.key as DraftKey, String(args.priority), args.content as DraftContent);
      case 'discard_draft':
        return this.discardDraft(args.key as DraftKey);
      case 'submit_draft':
        return this.submitDraft(args.key as DraftKey);
      case 'edit_contribution':
        return this.editContribution(args.kind as DraftKind, String(args.target));
      case 'retract':
        return this.retract(args.kind as DraftKind, String(args.target));
      case 'my_contributions':
        return this.myContributions();
      case 'search':
        return this.search(String(args.query ?? ''));
      case 'preview_markdown':
        return fixtureMarkdown(String(args.text ?? ''));
      case 'identity_details':
        return structuredClone(this.#identity);
      case 'set_identity_details':
        this.#identity = structuredClone(args.details as IdentityDetails);
        return undefined;
      case 'forums':
        return structuredClone(this.#forums);
      case 'open_forum':
        return this.openForum(String(args.forum));
      case 'join_forum':
        return this.joinForum(String(args.server), String(args.invite), args.details as JoinDetails);
      case 'sync_now':
        return this.syncNow();
      case 'sync_line':
        return this.syncLine();
      case 'ui_ready':
        return undefined;
      case 'ui_setting':
        return this.settings.get(this.#settingKey(args.key)) ?? null;
      case 'set_ui_setting':
        this.settings.set(this.#settingKey(args.key), String(args.value));
        return undefined;
      case 'translation_overview':
        return this.translations.overview(String(args.language));
      case 'translation_editor':
        return this.translations.editor(String(args.subject), String(args.language));
      case 'save_translation_draft':
        return this.translations.saveDraft(
          String(args.subject),
          String(args.language),
          args.draft as TranslationDraft,
        );
      case 'discard_translation_draft':
        return this.translations.discardDraft(String(args.subject), String(args.language));
      case 'submit_translation':
        return this.translations.submit(String(args.subject), String(args.language));
      case 'review_translation':
        return this.translations.review(
          String(args.subject),
          String(args.language),
          String(args.decision),
          (args.note as string | null | undefined) ?? null,
        );
      case 'glossary':
        return this.translations.glossary();
      case 'export_translations':
        return this.translations.exportFile(`translations-${String(args.language)}`, String(args.format));
      case 'import_translations':
        return this.translations.importFile(String(args.text ?? ''), String(args.format));
      case 'export_glossary':
        return this.translations.exportFile('glossary', 'tbx');
      case 'import_glossary':
        return this.translations.importFile(String(args.text ?? ''), 'tbx');
      case 'add_concept':
        return this.translations.addConcept((args.note as string | null | undefined) ?? null);
      case 'save_glossary_entry':
        return this.translations.saveEntry(
          String(args.concept),
          String(args.language),
          args.terms as TermView[],
          String(args.definition ?? ''),
          String(args.usageNote ?? ''),
        );
      case 'new_form_id':
        return this.reports.newFormId();
      case 'save_form':
        return this.reports.saveForm(args.kind, args.target, args.content);
      case 'form':
        return this.reports.form(args.kind, args.target);
      case 'discard_form':
        return this.reports.discardForm(args.kind, args.target);
      case 'my_forms':
        return this.reports.myForms();
      case 'submit_report':
        return this.reports.submitReport(String(args.target));
      case 'submit_input':
        return this.reports.submitInput(String(args.target));
      case 'withdraw_report':
        return this.reports.withdrawReport(String(args.id));
      case 'create_group':
        return this.reports.createGroup(String(args.name ?? ''));
      case 'add_group_member':
        return this.reports.addGroupMember(String(args.group), String(args.key ?? ''));
      case 'my_groups':
        return this.reports.myGroups();
      case 'device_key':
        return FIXTURE_DEVICE_KEY;
      case 'endorse':
        return this.reports.endorse(String(args.kind), String(args.id), String(args.group));
      case 'triage':
        return this.reports.triage(
          String(args.kind),
          String(args.id),
          String(args.triage),
          (args.note as string | null | undefined) ?? null,
        );
      case 'submissions':
        return this.reports.submissions((args.filter ?? {}) as Record<string, string | null>);
      case 'report':
        return this.reports.report(String(args.id));
      case 'add_attachment':
        return this.reports.addAttachment(String(args.name), String(args.mediaType), String(args.data ?? ''));
      case 'fetch_attachment':
        return this.reports.fetchAttachment((args.chunks ?? []) as string[]);
      case 'save_attachment':
        return this.reports.saveAttachment(args.attachment as AttachmentView);
      case 'export_report':
        return this.reports.exportReport(String(args.id), String(args.format));
      case 'import_report':
        return this.reports.importReport(String(args.text ?? ''));
      case 'decide_amendments':
        return this.consolidation.decide(
          String(args.priority),
          (args.amendments ?? []) as string[],
          String(args.outcome),
          (args.reason as string | null | undefined) ?? null,
          (args.mergedTitle as string | null | undefined) ?? null,
          (args.mergedBody as string | null | undefined) ?? null,
        );
      case 'hide_contribution':
        return this.consolidation.hide(String(args.kind), String(args.id), String(args.reason ?? ''));
      case 'set_phase':
        return this.consolidation.setPhase(String(args.phase));
      case 'decision_log':
        return this.consolidation.log();
      case 'overview':
        return this.consolidation.overview();
      case 'create_backup':
        return this.backups.create(String(args.passphrase ?? ''));
      case 'restore_backup':
        return this.backups.restore(
          args.source as { path?: string; data?: string },
          String(args.passphrase ?? ''),
          args.replace === true,
        );
      case 'automatic_backups':
        return structuredClone(this.backups.automatic);
      case 'restore_automatic_backup':
        return this.backups.restoreAutomatic(String(args.name));
      case 'export_statement':
        return this.consolidation.exportStatement(
          String(args.language),
          String(args.format),
          args.annexes as { positions: boolean; decisions: boolean; comments: boolean },
        );
      default:
        throw `Command ${command} not found`;
    }
  }

  priority(id: string): PriorityView {
    const view = this.#views.get(id);
    if (!view) throw { code: 'not-found', message: `the priority ${id} was not found` };
    const drafts = [...this.#drafts.values()]
      .filter((d) => d.priority === id)
      .sort((a, b) => a.updatedMs - b.updatedMs)
      .map(({ key, content, editsExisting, updatedMs }) => ({
        key,
        content,
        editsExisting,
        updatedMs,
      }));
    return structuredClone({ ...view, drafts });
  }

  newDraft(kind: DraftKind, priority: string): DraftKey {
    this.#view(priority);
    if (kind === 'position') return { kind, target: priority };
    return { kind, target: `${kind === 'comment' ? 'cmt' : 'amd'}-new-${this.#next++}` };
  }

  saveDraft(key: DraftKey, priority: string, content: DraftContent): void {
    this.#view(priority);
    if (content.kind !== key.kind) throw invalid('kind', 'the draft’s content is not of the draft’s kind');
    const name = this.#name(key);
    const existing = this.#drafts.get(name);
    this.#drafts.set(name, {
      key: structuredClone(key),
      priority,
      content: structuredClone(content),
      updatedMs: this.#now(),
      editsExisting: existing?.editsExisting ?? this.#exists(key),
    });
  }

  discardDraft(key: DraftKey): void {
    this.#drafts.delete(this.#name(key));
  }

  submitDraft(key: DraftKey): void {
    const draft = this.#drafts.get(this.#name(key));
    if (!draft) throw { code: 'not-found', message: 'this draft was not found' };
    const view = this.#view(draft.priority);
    const content = draft.content;
    const now = this.#now();
    this.#allowed(content.kind);
    if (!ATTRIBUTIONS.includes(content.attribution)) {
      throw invalid('attribution', `'${content.attribution}' is not an attribution`);
    }
    if (content.kind === 'comment') {
      if (!COMMENT_KINDS.includes(content.commentKind)) {
        throw invalid('commentKind', `'${content.commentKind}' is not a comment kind`);
      }
      if (content.language.trim() === '') throw invalid('language', 'is not a language tag');
      if (content.body.trim() === '') throw invalid('body', 'a comment needs some text');
      if (content.anchor && content.anchor.exact.trim() === '') {
        throw invalid('anchor', 'the quoted passage is empty');
      }
      if (content.anchor && !plain(view.html).includes(content.anchor.exact)) {
        throw invalid('anchor', 'the selected passage is not in the text; select it again');
      }
      this.#sources.set(key.target, content.body.trim());
      const existing = view.comments.find((c) => c.id === key.target);
      const comment: CommentView = {
        id: key.target,
        kind: content.commentKind,
        html: fixtureMarkdown(content.body),
        language: content.language,
        author: this.#author(content.attribution),
        createdMs: existing?.createdMs ?? now,
        editedMs: existing ? now : null,
        onEarlierRevision: content.revision !== view.revision.id,
        anchor: content.anchor ? { exact: content.anchor.exact, state: 'exact' } : null,
        status: 'ready',
        rejectedReason: null,
        hiddenReason: null,
      };
      if (existing) Object.assign(existing, comment);
      else view.comments.push(comment);
    } else if (content.kind === 'amendment') {
      if (content.title.trim() === '') throw invalid('title', 'must not be empty');
      if (content.body.trim() === '') throw invalid('body', 'an amendment needs the proposed text');
      this.#sources.set(key.target, JSON.stringify(content));
      const existing = view.amendments.find((a) => a.id === key.target);
      const amendment: AmendmentView = {
        id: key.target,
        title: content.title.trim(),
        html: fixtureMarkdown(content.body),
        rationaleHtml: fixtureMarkdown(content.rationale),
        language: content.language,
        author: this.#author(content.attribution),
        createdMs: existing?.createdMs ?? now,
        state: 'proposed',
        decisionReason: null,
        conflictsWith: [],
        baseIsCurrent: content.base === view.revision.id,
        diffFromBase: diffWords(
          `${view.title}\n\n${plain(view.html)}`,
          `${content.title.trim()}\n\n${content.body.trim()}`,
        ),
        diffFromCurrent: null,
        status: 'ready',
        rejectedReason: null,
        hiddenReason: null,
      };
      if (existing) Object.assign(existing, amendment);
      else view.amendments.push(amendment);
    } else {
      if (content.stance === null) throw invalid('stance', 'choose support, neutral or oppose');
      if (!STANCES.includes(content.stance)) throw invalid('stance', 'is not a stance');
      const positions = view.positions;
      if (positions.mine) positions[positions.mine as 'support'] -= 1;
      positions[content.stance as 'support'] += 1;
      positions.mine = content.stance;
      positions.myReason = content.reason.trim() === '' ? null : content.reason.trim();
      positions.status = 'ready';
    }
    this.#updated.set(key.target, now);
    this.#drafts.delete(this.#name(key));
  }

  editContribution(kind: DraftKind, target: string): DraftKey {
    const key: DraftKey = { kind, target };
    const name = this.#name(key);
    if (this.#drafts.has(name)) return key;
    const found = this.#find(kind, target);
    if (!found) throw { code: 'not-found', message: `the ${kind} ${target} was not found` };
    const { view } = found;
    let content: DraftContent;
    if (kind === 'comment') {
      const comment = view.comments.find((c) => c.id === target)!;
      content = {
        kind: 'comment',
        revision: view.revision.id,
        commentKind: comment.kind,
        body: this.#sources.get(target) ?? plain(comment.html),
        language: comment.language,
        attribution: this.#attributionOf(comment.author),
        anchor: comment.anchor
          ? { exact: comment.anchor.exact, prefix: '', suffix: '', start: 0 }
          : null,
      };
    } else if (kind === 'amendment') {
      const amendment = view.amendments.find((a) => a.id === target)!;
      const source = this.#sources.get(target);
      content = source
        ? (JSON.parse(source) as DraftContent)
        : {
            kind: 'amendment',
            base: view.revision.id,
            title: amendment.title,
            body: plain(amendment.html),
            rationale: plain(amendment.rationaleHtml),
            language: amendment.language,
            attribution: this.#attributionOf(amendment.author),
          };
    } else {
      content = {
        kind: 'position',
        stance: view.positions.mine,
        reason: view.positions.myReason ?? '',
        attribution: 'pseudonym',
      };
    }
    this.#drafts.set(name, { key, priority: view.id, content, updatedMs: this.#now(), editsExisting: true });
    return key;
  }

  retract(kind: DraftKind, target: string): void {
    const found = this.#find(kind, target);
    if (!found) throw { code: 'not-found', message: `the ${kind} ${target} was not found` };
    const { view } = found;
    this.#allowed('retract');
    const now = this.#now();
    if (kind === 'comment') {
      const comment = view.comments.find((c) => c.id === target)!;
      view.comments = view.comments.filter((c) => c.id !== target);
      this.#retracted.push({
        item: {
          ...this.#commentItem(view, comment),
          state: 'retracted',
          status: 'ready',
          updatedMs: now,
        },
      });
    } else if (kind === 'amendment') {
      const amendment = view.amendments.find((a) => a.id === target)!;
      amendment.state = 'withdrawn';
      amendment.status = 'ready';
      view.amendments = [
        ...view.amendments.filter((a) => a.state !== 'withdrawn'),
        ...view.amendments.filter((a) => a.state === 'withdrawn'),
      ];
    } else {
      const positions = view.positions;
      if (positions.mine) positions[positions.mine as 'support'] -= 1;
      positions.mine = null;
      positions.myReason = null;
      positions.status = 'ready';
    }
    this.#updated.set(target, now);
  }

  myContributions(): MyContributions {
    const drafts: DraftItem[] = [...this.#drafts.values()]
      .sort((a, b) => b.updatedMs - a.updatedMs)
      .map((d) => ({
        key: structuredClone(d.key),
        priority: this.#link(this.#view(d.priority)),
        excerpt: excerpt(
          d.content.kind === 'comment'
            ? d.content.body
            : d.content.kind === 'amendment'
              ? `${d.content.title} — ${d.content.body}`
              : d.content.reason,
        ),
        editsExisting: d.editsExisting,
        updatedMs: d.updatedMs,
      }));
    const items: ContributionItem[] = [];
    for (const view of this.#views.values()) {
      for (const comment of view.comments) {
        if (comment.author.isYou) items.push(this.#commentItem(view, comment));
      }
      for (const amendment of view.amendments) {
        if (!amendment.author.isYou) continue;
        items.push({
          kind: 'amendment',
          id: amendment.id,
          priority: this.#link(view),
          detail: amendment.title,
          excerpt: excerpt(plain(amendment.html)),
          state: amendment.state === 'withdrawn' ? 'withdrawn' : 'active',
          status: amendment.status ?? 'sent',
          rejectedReason: null,
          updatedMs: this.#updated.get(amendment.id) ?? amendment.createdMs,
          hasDraft: this.#drafts.has(this.#name({ kind: 'amendment', target: amendment.id })),
        });
      }
      if (view.positions.status) {
        items.push({
          kind: 'position',
          id: view.id,
          priority: this.#link(view),
          detail: view.positions.mine ?? '',
          excerpt: view.positions.myReason ?? '',
          state: view.positions.mine ? 'active' : 'retracted',
          status: view.positions.status,
          rejectedReason: null,
          updatedMs: this.#updated.get(view.id) ?? view.revision.createdMs,
          hasDraft: this.#drafts.has(this.#name({ kind: 'position', target: view.id })),
        });
      }
    }
    items.push(...this.#retracted.map((r) => r.item));
    items.sort((a, b) => b.updatedMs - a.updatedMs);
    return structuredClone({
      drafts,
      ready: items.filter((i) => i.status === 'ready'),
      sent: items.filter((i) => i.status !== 'ready'),
    });
  }

  openForum(id: string): void {
    const target = this.#forums.find((f) => f.id === id && f.title !== null);
    if (!target) throw { code: 'not-found', message: `the forum ${id} was not found` };
    for (const forum of this.#forums) forum.current = forum.id === id;
  }

  joinForum(server: string, invite: string, details: JoinDetails): string {
    const address = server.trim().replace(/\/+$/, '');
    if (!/^(https?:\/\/)?[a-z0-9.-]+(:\d+)?$/i.test(address)) {
      throw invalid('server', `'${server}' is not a server address`);
    }
    const url = address.includes('://') ? address : `https://${address}`;
    const code = invite.trim();
    if (code === '') throw invalid('invite', 'enter the invite code you were given');
    if (details.group && !GROUPS.includes(details.group)) {
      throw invalid('group', `'${details.group}' is not a stakeholder group`);
    }
    if (url.includes('unreachable')) {
      throw {
        code: 'network',
        message: `could not reach the forum server: error sending request for url (${url}/v1/join)`,
      };
    }
    if (code.toUpperCase() === 'USED-UP') {
      throw {
        code: 'server',
        message:
          'the forum server refused the request (403): this invite has been used up; ask the ' +
          'organizers for a new one',
      };
    }
    if (code.toUpperCase() === 'NOT-VALID') {
      throw {
        code: 'server',
        message:
          'the forum server refused the request (404): this invite code is not valid on this ' +
          'server; check it and try again',
      };
    }
    const id = `0193f2a3-0000-7000-8000-${String(this.#next++).padStart(12, '0')}`;
    this.#forums.push({ id, title: null, origin: 'server', language: null, server: url, current: false });
    this.#joining.add(id);
    this.joined.set(id, structuredClone(details));
    return id;
  }

  /** Syncs at once: every forum joined here arrives, titled after its server. */
  syncNow(): void {
    const now = this.#now();
    for (const forum of this.#forums) {
      if (!forum.server) continue;
      this.#synced.set(forum.id, now);
      if (this.#joining.delete(forum.id)) forum.title = `Forum at ${new URL(forum.server).host}`;
    }
  }

  /** The status line of the forum shown, or of a forum just joined while the one shown is
   * on this device only (as the Rust side does). */
  syncLine(): SyncLine {
    const current = this.#forums.find((f) => f.current);
    const joining = this.#forums.find((f) => this.#joining.has(f.id));
    const shown = current?.server ? current : joining;
    if (!shown) return fixtureSyncLine();
    if (this.#joining.has(shown.id)) {
      return fixtureSyncLine({ state: 'syncing', server: shown.server, role: 'delegate' });
    }
    const mine = this.myContributions();
    return fixtureSyncLine({
      state: 'up_to_date',
      server: shown.server,
      role: 'delegate',
      lastSyncMs: this.#synced.get(shown.id) ?? this.#now() - 4 * 60 * 1000,
      waiting: mine.ready.length,
      rejected: mine.sent.filter((item) => item.status === 'rejected').length,
      bytesThisMonth: 1_234_567,
    });
  }

  search(query: string) {
    const q = query.trim();
    const results: SearchResult[] = [];
    if (q !== '') {
      const has = (text: string) => text.toLowerCase().includes(q.toLowerCase());
      for (const view of this.#views.values()) {
        const text = plain(view.html);
        if (has(view.title) || has(text)) {
          results.push({
            kind: 'priority',
            id: view.id,
            priority: this.#link(view),
            title: segments(view.title, q),
            snippet: has(text) ? snippet(text, q) : [{ text: excerpt(text, 120), hit: false }],
            author: null,
          });
        }
        for (const comment of view.comments) {
          const body = plain(comment.html);
          if (!has(body)) continue;
          results.push({
            kind: 'comment',
            id: comment.id,
            priority: this.#link(view),
            title: [],
            snippet: snippet(body, q),
            author: comment.author,
          });
        }
        for (const amendment of view.amendments) {
          const body = plain(amendment.html);
          if (!has(amendment.title) && !has(body)) continue;
          results.push({
            kind: 'amendment',
            id: amendment.id,
            priority: this.#link(view),
            title: segments(amendment.title, q),
            snippet: has(body) ? snippet(body, q) : [{ text: excerpt(body, 120), hit: false }],
            author: amendment.author,
          });
        }
      }
    }
    return structuredClone({ query: q, results });
  }

  /** The statement in its original language, under the title of the forum shown. */
  #statement() {
    const statement = fixtureStatement();
    // A priority whose text organizers have since decided on reads as its new revision.
    for (const priority of statement.sections.flatMap((s) => s.priorities)) {
      const view = this.#views.get(priority.id);
      if (view && view.revision.id !== revisionId(priority.id)) {
        priority.title = view.title;
        priority.html = view.html;
      }
    }
    return { ...statement, forum: this.#summary() };
  }

  /** Refuses what the forum's phase does not let this device do, as the Rust side does. */
  #allowed(act: Act): void {
    const forum = this.#summary();
    if (!allowedIn(forum.phase, act, forum.role === 'organizer')) {
      throw invalid('phase', `the forum is ${forum.phase}: this cannot be sent now`);
    }
  }

  /** A `language` argument: none, or a language tag. */
  #language(value: unknown): string | null {
    return typeof value === 'string' && value !== '' ? value : null;
  }

  #settingKey(key: unknown): string {
    if (key !== 'ui-locale' && key !== 'reading-language' && key !== 'first-run') {
      throw invalid('key', `'${String(key)}' is not an interface setting`);
    }
    return key;
  }

  /** The fixture forum's summary under the title of the forum shown. */
  #summary(): ForumSummary {
    const { forum } = fixtureStatement();
    const current = this.#forums.find((f) => f.current);
    return {
      ...forum,
      id: current?.id ?? forum.id,
      title: current?.title ?? forum.title,
      role: this.role ?? forum.role,
      phase: this.consolidation?.phase ?? forum.phase,
    };
  }

  #priorityIds(): string[] {
    return fixtureStatement().sections.flatMap((s) => s.priorities.map((p) => p.id));
  }

  #view(id: string): PriorityView {
    const view = this.#views.get(id);
    if (!view) throw { code: 'not-found', message: `the priority ${id} was not found` };
    return view;
  }

  #name(key: DraftKey): string {
    return `${key.kind}:${key.target}`;
  }

  #exists(key: DraftKey): boolean {
    return this.#find(key.kind, key.target) !== undefined;
  }

  #find(kind: DraftKind, target: string): { view: PriorityView } | undefined {
    for (const view of this.#views.values()) {
      if (kind === 'comment' && view.comments.some((c) => c.id === target && c.author.isYou)) {
        return { view };
      }
      if (kind === 'amendment' && view.amendments.some((a) => a.id === target && a.author.isYou)) {
        return { view };
      }
      if (kind === 'position' && view.id === target && view.positions.mine) return { view };
    }
    return undefined;
  }

  #link(view: PriorityView): PriorityLink {
    return { id: view.id, number: view.number, title: view.title };
  }

  #author(attribution: string) {
    const me = this.#identity;
    return {
      ...you,
      group: attribution === 'pseudonym' ? null : me.group,
      region: attribution === 'pseudonym' ? null : me.region,
      name: attribution === 'name' ? me.name : null,
      affiliation: attribution === 'name' ? me.affiliation : null,
    };
  }

  #attributionOf(author: CommentView['author']): string {
    if (author.name || author.affiliation) return 'name';
    if (author.group || author.region) return 'group_and_region';
    return 'pseudonym';
  }

  #commentItem(view: PriorityView, comment: CommentView): ContributionItem {
    return {
      kind: 'comment',
      id: comment.id,
      priority: this.#link(view),
      detail: comment.kind,
      excerpt: excerpt(plain(comment.html)),
      state: 'active',
      status: comment.status ?? 'sent',
      rejectedReason: comment.status === 'rejected' ? (rejectedReasons[comment.id] ?? null) : null,
      updatedMs: this.#updated.get(comment.id) ?? comment.editedMs ?? comment.createdMs,
      hasDraft: this.#drafts.has(this.#name({ kind: 'comment', target: comment.id })),
    };
  }
}
