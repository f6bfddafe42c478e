// Reading the statement in another language: the choice of language, remembered on this
// device; each part's translation state; a translated priority beside its original, where
// comments and their passages stay.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { i18n, t } from '../lib/i18n.svelte';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The badge of the part whose heading contains `title`. */
function badgeNear(title: string): HTMLElement | null {
  const link = screen.getAllByTestId('priority-link').find((l) => text(l) === title);
  return link?.closest('li')?.querySelector<HTMLElement>('[data-testid="translation-badge"]') ?? null;
}

describe('the reading language', () => {
  it('offers the forum’s languages, the original marked, and reads the statement in the one chosen', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('priority-link');
    expect(screen.queryByTestId('translation-badge')).toBeNull();

    const select = screen.getByTestId<HTMLSelectElement>('reading-language');
    expect(select.value).toBe('en');
    expect(screen.getByLabelText(t('reading-language-label'))).toBe(select);
    const options = [...select.options];
    expect(options.map((o) => o.value)).toEqual(['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru']);
    expect(options[0]!.textContent?.trim()).toBe(
      t('reading-language-original', { language: 'English' }),
    );
    expect(options[1]!.textContent?.trim()).toBe('French (Français)');

    await user.selectOptions(select, 'fr');
    await waitFor(() => expect(backend.getStatement).toHaveBeenLastCalledWith('fr'));
    expect(backend.setUiSetting).toHaveBeenCalledWith('reading-language', 'fr');
    expect(store.settings.get('reading-language')).toBe('fr');

    // Translated parts show the translation in their language, with their state.
    const translated = await screen.findByText('Élargir la participation aux forums mondiaux sur la sûreté de l’IA');
    const item = translated.closest('li')!;
    expect(item.getAttribute('lang')).toBe('fr');
    expect(item.getAttribute('dir')).toBe('auto');
    const approved = within(item).getByTestId('translation-badge');
    expect(approved.dataset.state).toBe('approved');
    expect(text(approved)).toBe('Approved');
    // The badge speaks the interface's language inside the French text.
    expect(approved.getAttribute('lang')).toBe('en');

    expect(badgeNear('Lever les obstacles à la collaboration')?.dataset.state).toBe('translated');

    // Parts without a translation show their original, in its language, and say so.
    const untranslated = badgeNear('Close the AI Safety Divide')!;
    expect(untranslated.dataset.state).toBe('untranslated');
    expect(text(untranslated)).toBe(t('reading-untranslated'));
    expect(untranslated.closest('li')?.getAttribute('lang')).toBe('en');
    const chinese = badgeNear('关注文化与语境差异')!;
    expect(chinese.closest('li')?.getAttribute('lang')).toBe('zh');

    // Section headings and the preamble carry their own state and language.
    const heading = screen.getByText('Normes et ouverture');
    expect(heading.getAttribute('lang')).toBe('fr');
    const section = heading.closest('section')!;
    expect(section.querySelector('[data-testid="translation-badge"]')?.getAttribute('data-state')).toBe(
      'needs_review',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Préambule' }).getAttribute('lang')).toBe('fr');

    // The statement's title is read in French too, with its own state.
    const title = screen.getByTestId('statement-title');
    expect(text(title)).toBe(
      'Renforcer la collaboration internationale pour améliorer la sûreté et la sécurité de l’IA open source',
    );
    expect(title.getAttribute('lang')).toBe('fr');
    expect(title.parentElement?.querySelector('[data-testid="translation-badge"]')?.getAttribute('data-state')).toBe(
      'approved',
    );
    expect(document.title).toContain('Renforcer la collaboration');

    // Screen readers hear that the page changed language; focus stays on the menu.
    expect(
      screen.getByText(t('reading-language-changed', { language: 'French (Français)' })),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('reading-language'));

    // Back to the original: no badges.
    await user.selectOptions(screen.getByTestId('reading-language'), 'en');
    await waitFor(() => expect(screen.queryByTestId('translation-badge')).toBeNull());
    expect(text(screen.getByTestId('statement-title'))).toBe(
      'Enhancing International Collaboration to Improve Open-Source AI Safety and Security',
    );
  });

  it('is remembered: the next start reads in it, outdated translations marked', async () => {
    store.settings.set('reading-language', 'ar');
    render(App);
    await screen.findAllByTestId('priority-link');
    expect(backend.getUiSetting).toHaveBeenCalledWith('reading-language');
    expect(backend.getStatement).toHaveBeenCalledWith('ar');
    expect(screen.getByTestId<HTMLSelectElement>('reading-language').value).toBe('ar');

    const outdated = badgeNear('توحيد الإبلاغ عن الحوادث')!;
    expect(outdated.dataset.state).toBe('translated');
    expect(outdated.dataset.outdated).toBe('true');
    expect(text(outdated)).toContain(t('translation-outdated'));
    const item = outdated.closest('li')!;
    expect(item.getAttribute('lang')).toBe('ar');
    expect(item.getAttribute('dir')).toBe('auto');
    // An untranslated title shows the original, and says so.
    const title = screen.getByTestId('statement-title');
    expect(title.parentElement?.querySelector('[data-testid="translation-badge"]')?.getAttribute('data-state')).toBe(
      'needs_review',
    );
  });

  it('reads the original when the forum does not work in the remembered language', async () => {
    store.settings.set('reading-language', 'de');
    render(App);
    await screen.findAllByTestId('priority-link');
    expect(screen.queryByTestId('translation-badge')).toBeNull();
    expect(screen.getByTestId<HTMLSelectElement>('reading-language').value).toBe('en');
    expect(vi.mocked(backend.getStatement).mock.calls.at(-1)).toEqual([]);
  });

  it('still reads the statement when the remembered language cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.mocked(backend.getUiSetting).mockRejectedValueOnce({ code: 'store', message: 'locked' });
    render(App);
    expect(await screen.findAllByTestId('priority-link')).not.toHaveLength(0);
    expect(screen.queryByTestId('translation-badge')).toBeNull();
  });
});

describe('the interface language', () => {
  it('is read from this device, and one the interface lacks is ignored', async () => {
    store.settings.set('ui-locale', 'tlh');
    render(App);
    await screen.findAllByTestId('priority-link');
    await waitFor(() => expect(backend.getUiSetting).toHaveBeenCalledWith('ui-locale'));
    expect(i18n.locale).toBe('en');
  });
});

describe('a translated priority', () => {
  async function openInFrench(id: string) {
    store.settings.set('reading-language', 'fr');
    history.replaceState(null, '', `#/priority/${id}`);
    render(App);
    return screen.findByTestId('priority-title');
  }

  it('shows the translation with its state, and its original on request', async () => {
    const user = userEvent.setup();
    const heading = await openInFrench('pri-remove-barriers');
    expect(backend.getPriority).toHaveBeenCalledWith('pri-remove-barriers', 'fr');
    expect(text(heading)).toBe('1.2 Lever les obstacles à la collaboration');
    expect(heading.getAttribute('lang')).toBe('fr');
    const badge = screen.getAllByTestId('translation-badge').find((b) => b.closest('article'))!;
    expect(badge.dataset.state).toBe('translated');
    expect(screen.getByTestId<HTMLSelectElement>('reading-language').value).toBe('fr');

    // Comments belong to the original: until it is shown, no passage can be selected.
    expect(screen.queryByTestId('priority-text')).toBeNull();
    expect(screen.getByText(t('original-comment-hint'))).toBeTruthy();

    const toggle = screen.getByTestId('show-original');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const original = screen.getByTestId('original-text');
    expect(toggle.getAttribute('aria-controls')).toBe(original.id);
    expect(within(original).getByText('Remove Barriers to Collaboration').getAttribute('lang')).toBe('en');
    const prose = within(original).getByTestId('priority-text').querySelector('.prose')!;
    expect(prose.getAttribute('lang')).toBe('en');
    expect(text(prose)).toContain('Governments, universities, and research labs');
    expect(screen.queryByText(t('original-comment-hint'))).toBeNull();

    // An amendment starts from the original, not from the translation.
    await user.click(screen.getByTestId('add-amendment'));
    const title = await screen.findByTestId<HTMLInputElement>('amendment-title');
    expect(title.value).toBe('Remove Barriers to Collaboration');
  });

  it('takes a comment’s "Show in the text" to its passage in the original', async () => {
    const user = userEvent.setup();
    await openInFrench('pri-incident-reporting');
    expect(screen.queryByTestId('original-text')).toBeNull();
    const comment = screen
      .getAllByTestId('comment')
      .find((c) => c.textContent?.includes('Consistent protocols would let'))!;
    await user.click(within(comment).getByTestId('show-passage'));
    const original = await screen.findByTestId('original-text');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('MARK'));
    expect(original.contains(document.activeElement)).toBe(true);
    expect(text(document.activeElement)).toBe('consistent protocols');
  });

  it('shows an untranslated priority’s original with the comment tools, and says so', async () => {
    await openInFrench('pri-close-divide');
    const badge = screen.getAllByTestId('translation-badge').find((b) => b.closest('article'))!;
    expect(badge.dataset.state).toBe('untranslated');
    expect(screen.getByTestId('priority-text')).toBeTruthy();
    expect(screen.queryByTestId('show-original')).toBeNull();
    expect(screen.getByTestId('priority-title').getAttribute('lang')).toBe('en');
  });
});
