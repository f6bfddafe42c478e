// What others and the user contributed to a priority: authors as redaction allows, amendments
// with their word-level changes, positions as counts, and the user's own actions on theirs.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import AuthorName from '../components/AuthorName.svelte';
import * as backend from '../lib/backend';
import type { AuthorLabel } from '../lib/bindings/AuthorLabel';
import { store } from '../lib/backend.mock';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

const label = (over: Partial<AuthorLabel>): AuthorLabel => ({
  pseudonym: 'K7QM2',
  group: null,
  region: null,
  name: null,
  affiliation: null,
  isYou: false,
  ...over,
});

async function openPriority(id = 'pri-incident-reporting') {
  history.replaceState(null, '', `#/priority/${id}`);
  render(App);
  await screen.findByTestId('priority-text');
}

describe('an author', () => {
  it('is shown by pseudonym only, unless the label carries more', () => {
    const { container } = render(AuthorName, { author: label({}) });
    expect(text(container)).toBe('Participant K7QM2');
    expect(container.querySelector('bdi')).toBeTruthy();
  });

  it('shows group and region, but no name, when only those were disclosed', () => {
    const { container } = render(AuthorName, {
      author: label({ group: 'civil_society', region: '142' }),
    });
    // The separators are drawn by CSS, so each detail is its own element.
    expect(text(container)).toBe('Participant K7QM2 Civil society Asia');
    expect([...container.querySelectorAll('.detail')].map(text)).toEqual(['Civil society', 'Asia']);
  });

  it('shows a name and affiliation only when the label has them', () => {
    const { container } = render(AuthorName, {
      author: label({ name: 'نور الهدى', affiliation: 'Open Safety Network', region: '002' }),
    });
    expect(text(container)).toBe('نور الهدى Open Safety Network Africa');
    const name = container.querySelector('bdi')!;
    expect(name.textContent).toBe('نور الهدى');
    expect(name.getAttribute('dir')).toBe('auto');
    expect(text(container)).not.toContain('K7QM2');
  });

  it('is "You" for the viewer’s own', () => {
    const { container } = render(AuthorName, {
      author: label({ isYou: true, name: 'Should not show' }),
    });
    expect(text(container)).toBe('You');
  });
});

describe('a priority’s comments, amendments and positions', () => {
  it('lists comments with kind, author, date and flags, each in its own language', async () => {
    await openPriority();
    const comments = screen.getAllByTestId('comment');
    expect(comments.map((c) => c.dataset.commentId)).toEqual([
      'cmt-protocols',
      'cmt-sharing-zh',
      'cmt-72-hours',
      'cmt-public-good',
      'cmt-mine',
    ]);
    expect(text(comments[0]!)).toMatch(/^Support Participant K7QM2 Government Africa December 25, 2024/);
    expect([...comments[1]!.querySelectorAll('.flag')].map(text)).toEqual([
      'edited',
      'on an earlier revision',
    ]);
    expect(comments[1]!.querySelector('.prose')?.getAttribute('lang')).toBe('zh');
    expect(comments[2]!.querySelector('.prose')?.getAttribute('lang')).toBe('ar');
    // Only the user's own show a status and actions.
    expect(within(comments[0]!).queryByText('Ready to send')).toBeNull();
    expect(within(comments[0]!).queryByTestId('comment-edit')).toBeNull();
    expect(within(comments[4]!).getByTestId('comment-edit')).toBeTruthy();
  });

  it('retracts the user’s comment after asking', async () => {
    const user = userEvent.setup();
    await openPriority();
    const mine = document.getElementById('comment-cmt-mine')!;
    await user.click(within(mine).getByTestId('comment-retract'));
    const confirm = within(mine).getByRole('button', { name: t('action-retract-confirm') });
    expect(document.activeElement).toBe(confirm);
    await user.click(confirm);
    await waitFor(() => expect(document.getElementById('comment-cmt-mine')).toBeNull());
    expect(backend.retract).toHaveBeenCalledWith('comment', 'cmt-mine');
  });

  it('shows an amendment’s changes as ins and del, named for screen readers', async () => {
    await openPriority();
    const amendment = document.getElementById('amendment-amd-timeline')!;
    const diff = within(amendment).getAllByTestId('diff')[0]!;
    expect([...diff.querySelectorAll('ins')].map((e) => e.textContent)).toEqual([
      `${t('diff-added-start')}, with a shared taxonomy of harms,${t('diff-added-end')}`,
      `${t('diff-added-start')} and accountability${t('diff-added-end')}`,
    ]);
    expect(diff.querySelector('del .visually-hidden')?.textContent).toBe(t('diff-removed-start'));
    expect(text(amendment)).toContain(t('amendment-changes-from-current'));
    expect(within(amendment).queryByRole('button', { name: t('action-withdraw') })).toBeNull();
  });

  it('proposes an amendment prefilled with the current text, previewing its changes', async () => {
    const user = userEvent.setup();
    await openPriority('pri-remove-barriers');
    await user.click(screen.getByTestId('add-amendment'));
    const composer = await screen.findByTestId('amendment-composer');
    const title = within(composer).getByTestId('amendment-title') as HTMLInputElement;
    const body = within(composer).getByTestId('amendment-body') as HTMLTextAreaElement;
    expect(title.value).toBe('Remove Barriers to Collaboration');
    expect(body.value).toMatch(/^Governments, universities, and research labs should strive/);
    expect(text(composer)).toContain(t('amendment-no-changes'));

    await user.clear(title);
    await user.type(title, 'Remove Barriers to Open Collaboration');
    const diff = within(composer).getByTestId('diff');
    expect([...diff.querySelectorAll('ins')].map((e) => text(e))).toEqual([
      `${t('diff-added-start')}Open ${t('diff-added-end')}`.replace(/\s+/g, ' ').trim(),
    ]);
    await user.click(within(composer).getByTestId('amendment-submit'));
    const listed = await waitFor(() => {
      const found = screen.getAllByTestId('amendment');
      if (found.length === 0) throw new Error('not yet');
      return found[0]!;
    });
    expect(text(listed)).toContain('Remove Barriers to Open Collaboration');
    expect(text(listed)).toContain('Ready to send');
  });

  it('starts an amendment from the current text’s Markdown source, not its rendering', async () => {
    const user = userEvent.setup();
    await openPriority('pri-close-divide');
    await user.click(screen.getByTestId('add-amendment'));
    const composer = await screen.findByTestId('amendment-composer');
    const body = within(composer).getByTestId('amendment-body') as HTMLTextAreaElement;
    expect(body.value).toBe(store.priority('pri-close-divide').markdown);
    expect(body.value).toContain('by providing:\n\n- resources for their participation;\n- platforms');
    expect(text(composer)).toContain(t('amendment-no-changes'));
  });

  it('keeps Markdown emphasis and leaves the marks of anchored passages out', async () => {
    const user = userEvent.setup();
    await openPriority();
    await user.click(screen.getByTestId('add-amendment'));
    const composer = await screen.findByTestId('amendment-composer');
    const body = within(composer).getByTestId('amendment-body') as HTMLTextAreaElement;
    expect(body.value).toMatch(/^Establish \*\*consistent protocols\*\* for AI safety/);
    expect(body.value).not.toContain('mark');
  });

  it('offers the forum’s languages first, then the others, for a contribution', async () => {
    const user = userEvent.setup();
    await openPriority();
    await user.click(screen.getByTestId('add-comment'));
    const composer = await screen.findByTestId('composer');
    const select = within(composer).getByLabelText(t('composer-language')) as HTMLSelectElement;
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual([
      t('language-group-forum'),
      t('language-group-other'),
    ]);
    const values = (group: Element) => [...group.querySelectorAll('option')].map((o) => o.value);
    expect(values(groups[0]!)).toEqual(['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru']);
    expect(values(groups[1]!)).toEqual(['zh']);
    const option = (code: string) => [...select.options].find((o) => o.value === code)!;
    expect(text(option('zh-Hans'))).toBe('Simplified Chinese (简体中文)');
    expect(text(option('fr'))).toBe('French (Français)');

    await user.selectOptions(select, 'zh-Hans');
    await user.type(within(composer).getByTestId('composer-body'), '术语');
    await within(composer).findByTestId('composer-saved', {}, { timeout: 2000 });
    expect(vi.mocked(backend.saveDraft).mock.calls.at(-1)![2]).toMatchObject({ language: 'zh-Hans' });
  });

  it('shows positions as counts only, and sets, changes and clears the user’s', async () => {
    const user = userEvent.setup();
    await openPriority('pri-cultural-nuances');
    const positions = screen.getByTestId('positions');
    const counts = within(positions).getByTestId('position-counts');
    expect(counts.tagName).toBe('DL');
    expect([...counts.querySelectorAll('dt')].map(text)).toEqual(['Support', 'Neutral', 'Oppose']);
    expect([...counts.querySelectorAll('dd')].map(text)).toEqual(['4', '0', '0']);
    // Without a position, the choice is offered straight away; nothing is stored yet.
    const form = within(positions).getByTestId('position-form');
    await user.click(within(form).getByTestId('position-submit'));
    expect(await within(form).findByTestId('field-error')).toBeTruthy();
    expect(text(within(form).getByTestId('field-error'))).toBe(t('invalid-stance'));

    await user.click(within(form).getByTestId('position-stance-oppose'));
    await user.type(within(form).getByTestId('position-reason'), '术语需要先统一');
    await user.click(within(form).getByTestId('position-submit'));
    await waitFor(() => expect(within(positions).getByTestId('position-mine')).toBeTruthy());
    expect(text(within(positions).getByTestId('position-count-oppose'))).toBe('1');
    expect(text(within(positions).getByTestId('position-mine'))).toContain('Oppose');
    expect(text(within(positions).getByTestId('position-mine'))).toContain('术语需要先统一');
    expect(store.priority('pri-cultural-nuances').positions.mine).toBe('oppose');

    await user.click(within(positions).getByTestId('position-change'));
    const edit = await within(positions).findByTestId('position-form');
    expect((within(edit).getByTestId('position-stance-oppose') as HTMLInputElement).checked).toBe(true);
    await user.click(within(edit).getByTestId('position-stance-neutral'));
    await user.click(within(edit).getByTestId('position-submit'));
    await waitFor(() => expect(text(within(positions).getByTestId('position-count-neutral'))).toBe('1'));
    expect(text(within(positions).getByTestId('position-count-oppose'))).toBe('0');

    await user.click(within(positions).getByTestId('position-clear'));
    await user.click(within(positions).getByRole('button', { name: t('position-clear-confirm') }));
    await waitFor(() => expect(within(positions).queryByTestId('position-mine')).toBeNull());
    expect(backend.retract).toHaveBeenCalledWith('position', 'pri-cultural-nuances');
    expect(text(within(positions).getByTestId('position-count-neutral'))).toBe('0');
  });

  it('warns when the chosen attribution needs details the settings lack', async () => {
    const user = userEvent.setup();
    await openPriority();
    await user.click(screen.getByTestId('add-comment'));
    const composer = await screen.findByTestId('composer');
    expect(within(composer).queryByTestId('attribution-missing')).toBeNull();
    // Chatham House forum: pseudonym by default.
    expect((within(composer).getByTestId('attribution-pseudonym') as HTMLInputElement).checked).toBe(true);
    await user.click(within(composer).getByTestId('attribution-name'));
    const warning = within(composer).getByTestId('attribution-missing');
    expect(within(warning).getByRole('link').getAttribute('href')).toBe('#/settings');
  });
});
