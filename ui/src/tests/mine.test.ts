// My contributions: drafts, ready to send and sent, each with what can be done with it.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function openMine() {
  history.replaceState(null, '', '#/mine');
  render(App);
  return screen.findByRole('heading', { level: 1, name: t('mine-heading') });
}

describe('my contributions', () => {
  it('is linked from the header', async () => {
    const user = userEvent.setup();
    render(App);
    const link = await screen.findByTestId('nav-mine');
    expect(link.getAttribute('href')).toBe('#/mine');
    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: t('mine-heading') });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(document.title.replace(/[\u2068\u2069]/g, '')).toBe(`${t('mine-heading')} – Plenary`);
  });

  it('lists drafts, contributions ready to send, and those sent', async () => {
    await openMine();
    const drafts = within(screen.getByTestId('mine-drafts')).getAllByTestId('mine-item');
    expect(drafts.map(text)).toEqual([
      expect.stringContaining('1.1 Broaden Participation in Global AI Safety Forums'),
    ]);
    expect(text(drafts[0]!)).toContain('Mention visa support');
    expect(within(drafts[0]!).getByTestId('mine-open').getAttribute('href')).toBe(
      '#/priority/pri-broaden-participation?focus=draft-cmt-draft-visas',
    );

    const ready = within(screen.getByTestId('mine-ready')).getAllByTestId('mine-item');
    expect(ready).toHaveLength(1);
    expect(text(ready[0]!)).toContain('2.1 Standardize Incident Reporting');
    expect(text(ready[0]!)).toContain('Comment Question Ready to send');
    expect(text(ready[0]!)).toContain('Should incident reports be shared');

    const sent = within(screen.getByTestId('mine-sent')).getAllByTestId('mine-item');
    expect(sent.map((item) => item.dataset.kind).sort()).toEqual(['amendment', 'position']);
    const amendment = sent.find((item) => item.dataset.kind === 'amendment')!;
    expect(text(amendment)).toContain('Amendment Standardize and Fund Incident Reporting Sent');
    const position = sent.find((item) => item.dataset.kind === 'position')!;
    expect(text(position)).toContain('Position Support Sent');
  });

  it('says when a list is empty', async () => {
    store.discardDraft({ kind: 'comment', target: 'cmt-draft-visas' });
    vi.mocked(backend.getMyContributions).mockResolvedValueOnce({ drafts: [], ready: [], sent: [] });
    await openMine();
    expect(screen.queryByTestId('mine-drafts')).toBeNull();
    expect(screen.getByText(t('mine-drafts-empty'))).toBeTruthy();
    expect(screen.getByText(t('mine-ready-empty'))).toBeTruthy();
    expect(screen.getByText(t('mine-sent-empty'))).toBeTruthy();
  });

  it('discards a draft after asking', async () => {
    const user = userEvent.setup();
    await openMine();
    await user.click(screen.getByTestId('mine-discard'));
    expect(backend.discardDraft).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: t('draft-discard-confirm') }));
    await waitFor(() => expect(screen.queryByTestId('mine-drafts')).toBeNull());
    expect(backend.discardDraft).toHaveBeenCalledWith({
      kind: 'comment',
      target: 'cmt-draft-visas',
    });
  });

  it('retracts a contribution after asking, and keeps it listed as retracted', async () => {
    const user = userEvent.setup();
    await openMine();
    const ready = screen.getByTestId('mine-ready');
    await user.click(within(ready).getByTestId('mine-retract'));
    await user.click(within(ready).getByRole('button', { name: 'Retract' }));
    await waitFor(() => expect(backend.retract).toHaveBeenCalledWith('comment', 'cmt-mine'));
    await waitFor(() =>
      expect(text(screen.getByTestId('mine-ready'))).toContain(
        t('contribution-state', { state: 'retracted' }),
      ),
    );
    expect(within(screen.getByTestId('mine-ready')).queryByTestId('mine-retract')).toBeNull();
  });

  it('edits a contribution in its priority’s editor', async () => {
    const user = userEvent.setup();
    await openMine();
    await user.click(within(screen.getByTestId('mine-ready')).getByTestId('mine-edit'));
    await waitFor(() =>
      expect(window.location.hash).toBe('#/priority/pri-incident-reporting?focus=draft-cmt-mine'),
    );
    const composer = await screen.findByTestId('composer');
    expect(composer.id).toBe('draft-cmt-mine');
    expect(within(composer).getByRole('heading').textContent).toBe(t('composer-heading-edit'));
    expect((within(composer).getByTestId('composer-body') as HTMLTextAreaElement).value).toBe(
      'Should incident reports be shared with the organizers only, or published?',
    );
    await waitFor(() => expect(document.activeElement).toBe(composer));
  });
});
