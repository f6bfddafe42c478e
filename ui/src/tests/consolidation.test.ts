// Organizers consolidate, through the mock backend: the queue of a priority's open amendments
// (accept, reject with a reason, merge, hide), the public decision log, the overview (sorting,
// breakdowns by group and region), the phase control and the export dialog, and what others
// see of them.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { you } from '../lib/fixtures';
import { tFor, UI_LOCALES } from '../lib/i18n.svelte';

// Fluent wraps each placeable in bidi isolation marks; they are right, but not what we read.
const plain = (value: string) => value.replace(/[\u2068\u2069]/g, '');
const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

const INCIDENT = 'pri-incident-reporting';

function open(hash: string) {
  history.replaceState(null, '', hash);
  return render(App);
}

function amendment(id: string): HTMLElement {
  const item = screen.getAllByTestId('queue-amendment').find((el) => el.dataset.amendmentId === id);
  if (!item) throw new Error(`no queued amendment ${id}`);
  return item;
}

describe('the queue of a priority’s open amendments', () => {
  it('shows each open amendment with its changes to the current text and its conflicts', async () => {
    open(`#/queue/${INCIDENT}`);
    const heading = await screen.findByTestId('queue-heading');
    expect(text(heading)).toBe('Amendment queue 2.1 Standardize Incident Reporting');
    expect(plain(document.title)).toBe('Queue: 2.1 Standardize Incident Reporting – Plenary');
    expect(screen.getAllByTestId('queue-amendment').map((el) => el.dataset.amendmentId)).toEqual([
      'amd-timeline',
      'amd-mine',
    ]);
    expect(text(screen.getByTestId('queue-count'))).toBe('2');

    const timeline = amendment('amd-timeline');
    // Written on an earlier revision: its changes are measured against the current text.
    expect(text(timeline)).toContain('Changes to the current text (it was written on an earlier revision)');
    expect(within(timeline).getAllByText(/shared taxonomy of harms/)[0]!.closest('ins')).not.toBeNull();
    const conflict = within(timeline).getByTestId('amendment-conflict');
    expect(text(conflict)).toBe('Changes the same passage as: “Standardize and Fund Incident Reporting”');

    // The positions and comments on the priority, to weigh.
    expect(text(screen.getByTestId('queue-stance-support'))).toBe('7 Support');
    expect(screen.getByTestId('queue-comments').children.length).toBeGreaterThan(2);

    // The conflict's link goes to the other amendment on this page.
    const user = userEvent.setup();
    await user.click(within(conflict).getByRole('link'));
    await waitFor(() => expect(document.activeElement).toBe(amendment('amd-mine')));

    // A comment's passage is shown on the priority's page.
    const comment = screen.getAllByTestId('comment').find((el) => text(el).includes('OECD common reporting'))!;
    await user.click(within(comment).getByTestId('show-passage'));
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/priority/${INCIDENT}?focus=comment-cmt-protocols`),
    );
    expect(await screen.findByTestId('priority-title')).toBeTruthy();
  });

  it('accepts an amendment: its text becomes the next revision, named in the log', async () => {
    const user = userEvent.setup();
    open(`#/queue/${INCIDENT}`);
    await screen.findByTestId('queue-heading');
    expect(text(screen.getByTestId('queue-revision'))).toMatch(/^Revision 2,/);

    await user.click(within(amendment('amd-timeline')).getByTestId('queue-accept'));
    expect(text(screen.getByTestId('accept-form').parentElement)).toContain(
      'Accept this amendment? Its text becomes revision 3 of the priority.',
    );
    expect(document.activeElement).toBe(screen.getByTestId('accept-form-reason'));
    await user.type(screen.getByTestId('accept-form-reason'), 'Taxonomy agreed in the plenary.');
    await user.click(screen.getByTestId('accept-form-submit'));

    expect(backend.decideAmendments).toHaveBeenCalledWith(
      INCIDENT,
      ['amd-timeline'],
      'accepted',
      'Taxonomy agreed in the plenary.',
    );
    await waitFor(() => expect(text(screen.getByTestId('queue-revision'))).toMatch(/^Revision 3,/));
    expect(text(screen.getByTestId('queue-current-text'))).toContain('with a shared taxonomy of harms');
    expect(text(screen.getByTestId('priority-provenance'))).toContain(
      `Accepted by organizer ${you.pseudonym} from the amendment “Standardize Incident Reporting”.`,
    );
    expect(text(screen.getByTestId('queue-announcement'))).toBe('Accepted. Revision 3 is now the current text.');
    // The other one is still open, its conflict gone with the accepted one.
    expect(screen.getAllByTestId('queue-amendment').map((el) => el.dataset.amendmentId)).toEqual(['amd-mine']);
    expect(within(amendment('amd-mine')).queryByTestId('amendment-conflict')).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('queue-current-heading'));

    // The log says so, with the note.
    await user.click(screen.getByTestId('nav-decisions'));
    const entries = await screen.findAllByTestId('log-entry');
    expect(entries[0]!.dataset.kind).toBe('accepted');
    expect(text(entries[0]!)).toContain('Accepted the amendment “Standardize Incident Reporting”.');
    expect(text(entries[0]!)).toContain('2.1 Standardize Incident Reporting');
    expect(text(entries[0]!)).toContain('Why: Taxonomy agreed in the plenary.');
  });

  it('rejects only with a reason, which is public', async () => {
    const user = userEvent.setup();
    open(`#/queue/${INCIDENT}`);
    await screen.findByTestId('queue-heading');
    await user.click(within(amendment('amd-mine')).getByTestId('queue-reject'));
    await user.click(screen.getByTestId('reject-form-submit'));
    expect(backend.decideAmendments).not.toHaveBeenCalled();
    expect(screen.getByTestId('reject-form-reason').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Say why it is rejected.')).toBeTruthy();

    await user.type(screen.getByTestId('reject-form-reason'), 'Funding is for the budget talks.');
    await user.click(screen.getByTestId('reject-form-submit'));
    expect(backend.decideAmendments).toHaveBeenCalledWith(
      INCIDENT,
      ['amd-mine'],
      'rejected',
      'Funding is for the budget talks.',
    );
    await waitFor(() => expect(screen.getAllByTestId('queue-amendment')).toHaveLength(1));
    expect(text(screen.getByTestId('queue-announcement'))).toBe('Rejected. The reason is in the decision log.');
  });

  it('keeps the form open and says why when a decision is refused', async () => {
    const user = userEvent.setup();
    open(`#/queue/${INCIDENT}`);
    await screen.findByTestId('queue-heading');
    vi.mocked(backend.decideAmendments).mockRejectedValueOnce({
      code: 'invalid',
      field: 'content',
      message: 'content: only organizers may do this',
    });
    await user.click(within(amendment('amd-mine')).getByTestId('queue-accept'));
    await user.click(screen.getByTestId('accept-form-submit'));
    const error = await screen.findByTestId('accept-form-error');
    expect(text(error)).toBe('This was refused. content: only organizers may do this');
    expect(screen.getByTestId('accept-form')).toBeTruthy();
    expect(screen.getAllByTestId('queue-amendment')).toHaveLength(2);
  });

  it('merges several amendments into a text the organizer writes', async () => {
    const user = userEvent.setup();
    open(`#/queue/${INCIDENT}`);
    await screen.findByTestId('queue-heading');
    const merge = screen.getByTestId('merge-open') as HTMLButtonElement;
    expect(merge.disabled).toBe(true);
    for (const id of ['amd-timeline', 'amd-mine']) {
      await user.click(within(amendment(id)).getByTestId('queue-select'));
    }
    expect(text(screen.getByTestId('merge-bar'))).toContain('2 amendments chosen.');
    await user.click(merge);

    const editor = await screen.findByTestId('merge-editor');
    expect(text(within(editor).getByRole('heading', { level: 3 }))).toBe('Merge 2 amendments');
    expect(within(editor).getAllByTestId('merge-source')).toHaveLength(2);
    const title = within(editor).getByTestId('merge-title') as HTMLInputElement;
    expect(title.value).toBe('Standardize Incident Reporting');
    const body = within(editor).getByTestId('merge-body') as HTMLTextAreaElement;
    await user.clear(body);
    await user.type(body, 'Establish consistent, funded protocols for incident reporting.');
    await user.click(within(editor).getByTestId('merge-submit'));
    expect(text(editor)).toContain('Make this text revision 3?');
    await user.click(within(editor).getByTestId('merge-confirm'));

    expect(backend.decideAmendments).toHaveBeenCalledWith(
      INCIDENT,
      ['amd-timeline', 'amd-mine'],
      'merged',
      null,
      { title: 'Standardize Incident Reporting', body: 'Establish consistent, funded protocols for incident reporting.' },
    );
    await waitFor(() => expect(screen.getByTestId('queue-empty')).toBeTruthy());
    expect(text(screen.getByTestId('queue-current-text'))).toContain('consistent, funded protocols');
    expect(text(screen.getByTestId('priority-provenance'))).toContain(`Merged by organizer ${you.pseudonym} from the amendments`);
  });

  it('hides a comment with a reason; the log says a comment was hidden and why, never what', async () => {
    const user = userEvent.setup();
    open(`#/queue/${INCIDENT}`);
    await screen.findByTestId('queue-heading');
    const comment = screen
      .getAllByTestId('comment')
      .find((el) => text(el).includes('OECD common reporting framework'))!;
    await user.click(within(comment).getByTestId('hide-comment'));
    expect(text(screen.getByTestId('hide-form'))).toContain('Why hide this comment?');
    await user.type(screen.getByTestId('hide-form-reason'), 'Names a delegate.');
    await user.click(screen.getByTestId('hide-form-submit'));
    expect(backend.hideContribution).toHaveBeenCalledWith('comment', 'cmt-protocols', 'Names a delegate.');
    await waitFor(() => expect(screen.queryByText(/OECD common reporting framework/)).toBeNull());

    await user.click(screen.getByTestId('nav-decisions'));
    const entries = await screen.findAllByTestId('log-entry');
    expect(entries[0]!.dataset.kind).toBe('hidden');
    expect(text(entries[0]!)).toContain('A comment was hidden.');
    expect(text(entries[0]!)).toContain('Why: Names a delegate.');
    const page = text(screen.getByRole('main'));
    expect(page).not.toContain('OECD');
    expect(page).not.toContain('K7QM2');
  });

  it('is for organizers only', async () => {
    store.role = 'delegate';
    open(`#/queue/${INCIDENT}`);
    expect(text(await screen.findByTestId('queue-organizers-only'))).toContain('Only the forum’s organizers');
    expect(screen.queryByTestId('queue-amendment')).toBeNull();
    expect(screen.queryByTestId('nav-overview')).toBeNull();
    expect(screen.getByTestId('nav-decisions')).toBeTruthy();
  });
});

describe('the decision log', () => {
  it('lists every decision newest first, with links to the priorities, for everyone', async () => {
    store.role = 'delegate';
    open('#/decisions');
    const entries = await screen.findAllByTestId('log-entry');
    expect(entries.map((el) => el.dataset.kind)).toEqual(['accepted', 'hidden', 'rejected', 'phase']);
    expect(text(entries[0]!)).toContain('Accepted the amendment “Name funding decisions explicitly”.');
    expect(text(entries[0]!)).toContain('Decided by organizer R4TW8');
    expect(within(entries[0]!).getByTestId('log-priority').getAttribute('href')).toBe(
      '#/priority/pri-remove-barriers',
    );
    expect(text(entries[1]!)).toContain('A comment was hidden.');
    expect(text(entries[2]!)).toContain('Why: Research labs are among those the priority addresses.');
    expect(text(entries[3]!)).toContain('The forum opened for comments.');
    expect(screen.getByTestId('nav-decisions').getAttribute('aria-current')).toBe('page');
    expect(plain(document.title)).toBe('Decision log – Plenary');
  });

  it('says when there is nothing yet', async () => {
    vi.mocked(backend.getDecisionLog).mockResolvedValueOnce([]);
    open('#/decisions');
    expect(text(await screen.findByTestId('log-empty'))).toBe('No decisions yet.');
  });
});

describe('the overview', () => {
  const rowIds = () => screen.getAllByTestId('overview-row').map((row) => row.dataset.priorityId);
  const sortButton = (column: string) => screen.getByTestId(`sort-${column}`);

  it('lists every priority, most contested first, and sorts by any column', async () => {
    const user = userEvent.setup();
    open('#/overview');
    await screen.findAllByTestId('overview-row');
    const rows = await vi.mocked(backend.getOverview).mock.results[0]!.value;
    const byContention = [...rows]
      .map((row: { priority: { id: string }; contention: number }, index: number) => ({ row, index }))
      .sort((a, b) => b.row.contention - a.row.contention || a.index - b.index)
      .map(({ row }) => row.priority.id);
    expect(rowIds()).toEqual(byContention);
    expect(rowIds()[0]).toBe(INCIDENT);
    expect(sortButton('contention').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(sortButton('priority').getAttribute('aria-label')).toBe('Priority: sort in the statement’s order');

    // The statement's order, and back.
    await user.click(sortButton('priority'));
    expect(rowIds()).toEqual(rows.map((row: { priority: { id: string } }) => row.priority.id));
    expect(sortButton('priority').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await user.click(sortButton('priority'));
    expect(rowIds()).toEqual(rows.map((row: { priority: { id: string } }) => row.priority.id).reverse());

    // Most opposed first.
    await user.click(sortButton('oppose'));
    expect(rowIds()[0]).toBe(INCIDENT);
    expect(sortButton('contention').closest('th')!.getAttribute('aria-sort')).toBe('none');

    const incident = screen.getAllByTestId('overview-row').find((row) => row.dataset.priorityId === INCIDENT)!;
    const cell = (column: string) => text(incident.querySelector(`[data-column="${column}"]`));
    expect([cell('support'), cell('neutral'), cell('oppose'), cell('amendments')]).toEqual(['7', '2', '1', '2']);
    expect(within(incident).getByTestId('overview-queue-link').getAttribute('href')).toBe(`#/queue/${INCIDENT}`);
    expect(screen.getByTestId('nav-overview').getAttribute('aria-current')).toBe('page');
  });

  it('breaks positions down by stakeholder group and region, counts only', async () => {
    open('#/overview');
    const details = (await screen.findAllByTestId('overview-breakdown')).find(
      (el) => el.dataset.priorityId === INCIDENT,
    )!;
    const groups = within(details).getByTestId('overview-by-group');
    const row = (table: HTMLElement, key: string) =>
      [...table.querySelectorAll(`tr[data-key="${key}"] td`)].map((cell) => text(cell));
    expect(row(groups, 'government')).toEqual(['2', '0', '0']);
    expect(row(groups, 'industry')).toEqual(['0', '1', '1']);
    expect(row(groups, 'undisclosed')).toEqual(['3', '1', '0']);
    expect(text(groups.querySelector('tr[data-key="undisclosed"] th'))).toBe('Not disclosed');
    // "Not disclosed" comes last.
    expect([...groups.querySelectorAll('tbody tr')].at(-1)!.getAttribute('data-key')).toBe('undisclosed');
    const regions = within(details).getByTestId('overview-by-region');
    expect(text(regions.querySelector('tr[data-key="150"] th'))).toBe('Europe');
    expect(row(regions, '150')).toEqual(['1', '1', '0']);
  });

  it('moves the forum to another phase after asking, and the header follows', async () => {
    const user = userEvent.setup();
    open('#/overview');
    const control = await screen.findByTestId('phase-control');
    expect(text(screen.getByTestId('phase-now'))).toBe('Now: open for comments.');
    const submit = within(control).getByTestId('phase-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await user.click(within(control).getByTestId('phase-consolidating'));
    await user.click(submit);
    expect(text(control)).toContain('Move the forum to consolidating? Participants can then no longer propose amendments.');
    expect(document.activeElement).toBe(within(control).getByTestId('phase-confirm'));
    await user.click(within(control).getByTestId('phase-confirm'));

    expect(backend.setPhase).toHaveBeenCalledWith('consolidating');
    await waitFor(() => expect(text(screen.getByTestId('phase-now'))).toBe('Now: consolidating.'));
    expect(text(screen.getByRole('banner'))).toContain('Consolidating');
    expect(text(screen.getByTestId('notice'))).toBe('The forum is now consolidating.');
  });

  it('exports the consolidated statement and says where the file went', async () => {
    const user = userEvent.setup();
    open('#/overview');
    const opener = await screen.findByTestId('export-open');
    expect(screen.queryByTestId('export-dialog')).toBeNull();
    await user.click(opener);
    const dialog = screen.getByTestId('export-dialog');
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement?.id).toBe('export-dialog-heading'));
    const language = within(dialog).getByTestId('export-language') as HTMLSelectElement;
    expect([...language.options].map((o) => o.value)).toEqual(['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru']);
    expect(language.value).toBe('en');

    await user.selectOptions(language, 'fr');
    await user.click(within(dialog).getByTestId('export-format-docx'));
    await user.click(within(dialog).getByTestId('export-annex-decisions'));
    await user.click(within(dialog).getByTestId('export-annex-comments'));
    await user.click(within(dialog).getByTestId('export-submit'));

    expect(backend.exportStatement).toHaveBeenCalledWith('fr', 'docx', {
      positions: true,
      decisions: false,
      comments: true,
    });
    expect(text(await screen.findByTestId('export-saved'))).toBe(
      'Saved to: /home/delegate/Downloads/plenary-statement-fr.docx',
    );

    // A failure says why; Escape closes the dialog and focus goes back to its button.
    vi.mocked(backend.exportStatement).mockRejectedValueOnce({ code: 'io', message: '/home/delegate/Downloads: disk full' });
    await user.click(within(dialog).getByTestId('export-submit'));
    expect(text(await screen.findByTestId('export-error'))).toContain('A file could not be read or written.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('export-dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('is for organizers only', async () => {
    store.role = 'delegate';
    open('#/overview');
    expect(await screen.findByTestId('overview-organizers-only')).toBeTruthy();
    expect(screen.queryByTestId('phase-control')).toBeNull();
    expect(screen.queryByTestId('export-open')).toBeNull();
  });
});

describe('the priority’s page, for organizers', () => {
  it('links to the queue with the count of open amendments', async () => {
    open(`#/priority/${INCIDENT}`);
    const link = await screen.findByTestId('open-queue');
    expect(text(link)).toBe('Amendment queue (2 open)');
    expect(link.getAttribute('href')).toBe(`#/queue/${INCIDENT}`);
  });
});

describe('consolidation’s messages chosen by a value', () => {
  const cases: [string, string, string[]][] = [
    ['amendment-decision', 'state', ['accepted', 'merged', 'rejected']],
    ['log-kind', 'kind', ['accepted', 'merged', 'rejected', 'hidden', 'phase']],
    ['log-hidden', 'kind', ['comment', 'amendment', 'input']],
    ['log-phase', 'phase', ['drafting', 'commenting', 'consolidating', 'closed']],
    ['phase-explain', 'phase', ['drafting', 'commenting', 'consolidating', 'closed']],
    ['phase-question', 'phase', ['drafting', 'commenting', 'consolidating', 'closed']],
    ['phase-blocked', 'phase', ['drafting', 'consolidating', 'closed']],
    ['hide-confirm', 'kind', ['comment', 'amendment', 'input']],
    ['export-format-name', 'format', ['markdown', 'html', 'docx', 'json']],
    ['export-annex', 'annex', ['positions', 'decisions', 'comments']],
  ];

  it.each(UI_LOCALES)('have a distinct wording for every value in %s', (locale) => {
    for (const [id, name, values] of cases) {
      const texts = values.map((value) => tFor(locale, id, { [name]: value }));
      expect(new Set(texts).size, `${locale} ${id}`).toBe(values.length);
      for (const wording of texts) expect(wording, `${locale} ${id}`).not.toMatch(/^[a-z_]+$/);
    }
  });
});
