// Translating the statement: the language to translate into, how far it has come, and every
// part with its state, reached from the header.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function item(subject: string): HTMLElement {
  const found = screen.getAllByTestId('translate-item').find((i) => i.dataset.subject === subject);
  if (!found) throw new Error(`no part ${subject}`);
  return found;
}

async function openTranslate(hash = '#/translate') {
  history.replaceState(null, '', hash);
  render(App);
  return screen.findAllByTestId('translate-item');
}

describe('the translation overview', () => {
  it('is in the header, and opens on the first language the forum translates into', async () => {
    const user = userEvent.setup();
    render(App);
    const link = await screen.findByTestId('nav-translate');
    expect(text(link)).toBe('Translate');
    expect(text(screen.getByTestId('nav-glossary'))).toBe('Glossary');
    await user.click(link);
    await screen.findAllByTestId('translate-item');
    expect(window.location.hash).toBe('#/translate');
    expect(link.getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));

    expect(screen.getByTestId<HTMLSelectElement>('translate-language').value).toBe('fr');
    const options = [...screen.getByTestId<HTMLSelectElement>('translate-language').options];
    expect(options.map((o) => o.value)).toEqual(['fr', 'es', 'ar', 'zh-Hans', 'ru']);
    expect(document.title).toBe(`Translate into \u2068French (Français)\u2069 – Plenary`);
    // The header's link now opens the language last translated into.
    expect(link.getAttribute('href')).toBe('#/translate/fr');
  });

  it('lists every part in reading order with its state, its drafts and the progress', async () => {
    const items = await openTranslate('#/translate/fr');
    expect(items.map((i) => i.dataset.subject)).toEqual([
      'title',
      'preamble',
      'section/sec-collaboration',
      'priority/pri-broaden-participation',
      'priority/pri-remove-barriers',
      'priority/pri-close-divide',
      'section/sec-standards',
      'priority/pri-incident-reporting',
      'priority/pri-cultural-nuances',
      'section/sec-processes',
      'priority/pri-enduring-process',
      'priority/pri-critical-risks',
      'about',
    ]);
    expect(item('priority/pri-broaden-participation').dataset.state).toBe('approved');
    expect(item('section/sec-standards').dataset.state).toBe('needs_review');
    const divide = item('priority/pri-close-divide');
    expect(divide.dataset.state).toBe('untranslated');
    expect(within(divide).getByTestId('translate-draft')).toBeTruthy();
    expect(text(within(divide).getByTestId('translation-badge'))).toBe('Not translated');

    const link = within(item('priority/pri-remove-barriers')).getByRole('link');
    expect(text(link)).toBe('1.2 Remove Barriers to Collaboration');
    expect(link.getAttribute('href')).toBe('#/translate/fr/priority/pri-remove-barriers');
    expect(link.getAttribute('lang')).toBe('en');
    expect(text(item('section/sec-collaboration'))).toContain('Section');

    const progress = screen.getByTestId('translate-progress');
    expect(text(progress)).toContain(t('translate-progress', { done: 6, total: 13 }));
    const bar = within(progress).getByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('6');
    expect(bar.getAttribute('max')).toBe('13');
    const count = (state: string) =>
      text(
        within(progress)
          .getAllByTestId('translate-count')
          .find((c) => c.dataset.state === state)!
          .querySelector('.count'),
      );
    expect(count('approved')).toBe('5');
    expect(count('untranslated')).toBe('6');
    expect(count('draft')).toBe('1');
  });

  it('marks what changed in the original, and narrows the list to what needs work', async () => {
    const user = userEvent.setup();
    await openTranslate('#/translate/ar');
    const outdated = item('priority/pri-incident-reporting');
    expect(outdated.dataset.state).toBe('translated');
    const badge = within(outdated).getByTestId('translation-badge');
    expect(badge.dataset.outdated).toBe('true');
    expect(text(badge)).toContain(t('translation-outdated'));

    await user.click(screen.getByTestId('translate-filter'));
    const shown = screen.getAllByTestId('translate-item').map((i) => i.dataset.subject);
    expect(shown).toContain('priority/pri-incident-reporting');
    // Arabic has nothing approved: every part still needs work.
    expect(shown).toHaveLength(13);
    await user.click(screen.getByTestId('translate-filter'));
  });

  it('hides approved, up-to-date parts when asked for what needs work', async () => {
    const user = userEvent.setup();
    await openTranslate('#/translate/fr');
    await user.click(screen.getByTestId('translate-filter'));
    const shown = screen.getAllByTestId('translate-item').map((i) => i.dataset.subject);
    expect(shown).not.toContain('priority/pri-broaden-participation');
    expect(shown).toContain('priority/pri-remove-barriers');
    expect(shown).toContain('priority/pri-close-divide');
    await user.click(screen.getByTestId('translate-filter'));
    expect(screen.getAllByTestId('translate-item')).toHaveLength(13);
  });

  it('switches language in place, keeping focus on the menu', async () => {
    const user = userEvent.setup();
    await openTranslate('#/translate/fr');
    await user.selectOptions(screen.getByTestId('translate-language'), 'zh-Hans');
    await waitFor(() => expect(window.location.hash).toBe('#/translate/zh-Hans'));
    await waitFor(() => expect(item('title').dataset.state).toBe('machine_draft'));
    expect(backend.getTranslationOverview).toHaveBeenLastCalledWith('zh-Hans');
    expect(document.activeElement).toBe(screen.getByTestId('translate-language'));
  });

  it('starts on the reading language when it is one the forum translates into', async () => {
    store.settings.set('reading-language', 'ar');
    await openTranslate();
    expect(screen.getByTestId<HTMLSelectElement>('translate-language').value).toBe('ar');
  });

  it('moves through the parts with the arrow keys', async () => {
    const user = userEvent.setup();
    await openTranslate('#/translate/fr');
    const links = screen.getAllByTestId('translate-item').map((i) => within(i).getByRole('link'));
    links[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(links[2]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(links.at(-1));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(links.at(-2));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(links[0]);
  });

  it('says so when the forum works in one language only', async () => {
    vi.mocked(backend.getTranslationOverview).mockResolvedValue({
      language: 'en',
      sourceLanguage: 'en',
      languages: [],
      items: [],
    });
    history.replaceState(null, '', '#/translate');
    render(App);
    expect(await screen.findByText(t('translate-no-languages'))).toBeTruthy();
    expect(screen.queryByTestId('translate-language')).toBeNull();
  });

  it('exports the translation for other tools, and imports a translated file', async () => {
    const user = userEvent.setup();
    await openTranslate('#/translate/fr');
    const files = screen.getByTestId('translation-files');
    await user.click(within(files).getByTestId('export-xliff'));
    expect(backend.exportTranslations).toHaveBeenCalledWith('fr', 'xliff');
    expect(text(await within(files).findByTestId('translation-files-result'))).toBe(
      t('exchange-saved', { path: '/home/delegate/Downloads/plenary-translations-fr.xlf' }),
    );
    await user.click(within(files).getByTestId('export-po'));
    expect(backend.exportTranslations).toHaveBeenLastCalledWith('fr', 'po');

    const xliff =
      '<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="title"></unit>' +
      '<unit id="preamble"></unit></file></xliff>';
    const loads = vi.mocked(backend.getTranslationOverview).mock.calls.length;
    await user.upload(
      within(files).getByLabelText(t('exchange-import-translations')),
      new File([xliff], 'plenary-fr.xlf', { type: 'application/xliff+xml' }),
    );
    await waitFor(() => expect(backend.importTranslations).toHaveBeenCalledWith(xliff, 'xliff'));
    expect(text(await within(files).findByTestId('translation-files-result'))).toBe(
      t('exchange-imported', { written: 2, unchanged: 0, skipped: 0 }),
    );
    // The list shows what the import changed.
    expect(vi.mocked(backend.getTranslationOverview).mock.calls.length).toBeGreaterThan(loads);

    // A file with problems changes nothing and says what is wrong, in the Rust side's words.
    await user.upload(
      within(files).getByLabelText(t('exchange-import-translations')),
      new File(['msgid ""\nmsgstr ""\n'], 'broken.po'),
    );
    const error = await within(files).findByTestId('translation-files-error');
    expect(backend.importTranslations).toHaveBeenLastCalledWith('msgid ""\nmsgstr ""\n', 'po');
    expect(text(error)).toContain(t('error-import'));
    expect(error.querySelector('li')?.textContent).toBe('line 1: this is not a PO file Plenary can read');
    expect(error.querySelector('ul')?.getAttribute('lang')).toBe('en');
  });
});
