// Contributions the forum server refused: set apart in My contributions and marked on their
// priority's page, each with the server's reason, Edit (a new version to send) and Retract;
// and nobody else's contribution ever offers either.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import AmendmentItem from '../components/AmendmentItem.svelte';
import CommentItem from '../components/CommentItem.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import type { AmendmentView } from '../lib/bindings/AmendmentView';
import type { CommentView } from '../lib/bindings/CommentView';
import { fixturePriority } from '../lib/fixtures';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

const REASON = 'comments on this priority are closed while the organizers consolidate it';

describe('in My contributions, a refused contribution', () => {
  it('is listed apart, first, with the server’s reason and what can be done', async () => {
    history.replaceState(null, '', '#/mine');
    render(App);
    const refused = await screen.findByTestId('mine-refused');
    const items = within(refused).getAllByTestId('mine-item');
    expect(items.map((i) => i.dataset.target)).toEqual(['cmt-refused']);
    const item = items[0]!;
    const reason = within(item).getByTestId('refused-reason');
    expect(reason.textContent).toBe(REASON);
    expect(reason.getAttribute('lang')).toBe('en');
    expect(text(within(item).getByTestId('refused-note'))).toContain(t('refused-by-server'));
    expect(within(item).getByTestId('mine-edit')).toBeTruthy();
    expect(within(item).getByTestId('mine-retract')).toBeTruthy();

    // Not among the sent ones, and before the drafts: it needs attention.
    const sent = within(screen.getByTestId('mine-sent')).getAllByTestId('mine-item');
    expect(sent.map((i) => i.dataset.target)).not.toContain('cmt-refused');
    const drafts = screen.getByTestId('mine-drafts');
    expect(refused.compareDocumentPosition(drafts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Refused by the server/ })).toBeTruthy();
  });

  it('is edited into a new version, in its priority’s editor', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/mine');
    render(App);
    const refused = await screen.findByTestId('mine-refused');
    await user.click(within(refused).getByTestId('mine-edit'));
    expect(backend.editContribution).toHaveBeenCalledWith('comment', 'cmt-refused');
    await waitFor(() =>
      expect(window.location.hash).toBe('#/priority/pri-cultural-nuances?focus=draft-cmt-refused'),
    );
    const composer = await screen.findByTestId('composer');
    expect(within(composer).getByRole('heading').textContent).toBe(t('composer-heading-edit'));

    // Submitted again, it waits to be sent and is no longer refused.
    await user.click(within(composer).getByTestId('composer-submit'));
    await waitFor(() => expect(backend.submitDraft).toHaveBeenCalled());
    const mine = store.myContributions();
    expect(mine.ready.map((i) => i.id)).toContain('cmt-refused');
    expect(mine.sent.map((i) => i.id)).not.toContain('cmt-refused');
  });

  it('is retracted after asking', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/mine');
    render(App);
    const refused = await screen.findByTestId('mine-refused');
    await user.click(within(refused).getByTestId('mine-retract'));
    await user.click(within(refused).getByRole('button', { name: 'Retract' }));
    await waitFor(() => expect(backend.retract).toHaveBeenCalledWith('comment', 'cmt-refused'));
  });
});

describe('on a priority’s page', () => {
  it('the user’s refused comment says so, with the reason, Edit and Retract', async () => {
    history.replaceState(null, '', '#/priority/pri-cultural-nuances');
    render(App);
    await screen.findByTestId('priority-text');
    const mine = document.getElementById('comment-cmt-refused')!;
    await waitFor(() => expect(within(mine).getByTestId('refused-reason').textContent).toBe(REASON));
    expect(within(mine).queryByTestId('comment-status')).toBeNull();
    expect(within(mine).getByTestId('comment-edit')).toBeTruthy();
    expect(within(mine).getByTestId('comment-retract')).toBeTruthy();

    const theirs = document.getElementById('comment-cmt-terms-zh')!;
    expect(within(theirs).queryByTestId('refused-note')).toBeNull();
    expect(within(theirs).queryByTestId('comment-edit')).toBeNull();
    expect(within(theirs).queryByTestId('comment-retract')).toBeNull();
  });

  it('a refused position says so too', async () => {
    const view = fixturePriority('pri-cultural-nuances')!;
    view.positions = { ...view.positions, support: 5, mine: 'support', status: 'rejected' };
    vi.mocked(backend.getPriority).mockResolvedValue(view);
    vi.mocked(backend.getMyContributions).mockResolvedValue({
      drafts: [],
      ready: [],
      sent: [
        {
          kind: 'position',
          id: 'pri-cultural-nuances',
          priority: { id: view.id, number: view.number, title: view.title },
          detail: 'support',
          excerpt: '',
          state: 'active',
          status: 'rejected',
          rejectedReason: 'the forum is closed',
          updatedMs: 0,
          hasDraft: false,
        },
      ],
    });
    history.replaceState(null, '', '#/priority/pri-cultural-nuances');
    render(App);
    const mine = await screen.findByTestId('position-mine');
    await waitFor(() =>
      expect(within(mine).getByTestId('refused-reason').textContent).toBe('the forum is closed'),
    );
    expect(within(mine).getByTestId('position-change')).toBeTruthy();
  });

  it('without the reasons, a refused comment still says it was refused', async () => {
    vi.mocked(backend.getMyContributions).mockRejectedValue({ code: 'store', message: 'locked' });
    history.replaceState(null, '', '#/priority/pri-cultural-nuances');
    render(App);
    await screen.findByTestId('priority-text');
    const note = within(document.getElementById('comment-cmt-refused')!).getByTestId('refused-note');
    expect(text(note)).toContain(t('refused-by-server-no-reason'));
  });
});

describe('another participant’s contribution', () => {
  const comment: CommentView = {
    id: 'cmt-theirs',
    kind: 'concern',
    html: '<p>Not yours.</p>',
    language: 'en',
    author: {
      pseudonym: 'K7QM2',
      group: null,
      region: null,
      name: null,
      affiliation: null,
      isYou: false,
    },
    createdMs: 0,
    editedMs: null,
    onEarlierRevision: false,
    anchor: null,
    // Even if a status came with it, it is not the viewer's to act on.
    status: 'rejected',
    rejectedReason: 'their reason, never shown to you',
    hiddenReason: null,
  };

  it('never offers Edit or Retract, nor a status, even with one set', () => {
    const onedit = vi.fn(async () => {});
    render(CommentItem, {
      comment,
      priorityLanguage: 'en',
      refusedReason: 'should not show',
      onshowpassage: () => {},
      onedit,
      onretract: onedit,
    });
    const item = screen.getByTestId('comment');
    expect(within(item).queryByRole('button')).toBeNull();
    expect(within(item).queryByTestId('refused-note')).toBeNull();
    expect(text(item)).not.toContain('should not show');
    expect(text(item)).toContain('Participant K7QM2');
  });

  it('as an amendment, never offers Edit or Withdraw', () => {
    const amendment: AmendmentView = {
      ...fixturePriority('pri-incident-reporting')!.amendments[0]!,
      status: 'rejected',
    };
    expect(amendment.author.isYou).toBe(false);
    render(AmendmentItem, { amendment, onedit: vi.fn(), onwithdraw: vi.fn() });
    const item = screen.getByTestId('amendment');
    expect(within(item).queryByTestId('amendment-edit')).toBeNull();
    expect(within(item).queryByTestId('amendment-withdraw')).toBeNull();
    expect(within(item).queryByTestId('refused-note')).toBeNull();
  });
});
