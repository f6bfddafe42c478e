// The glossary page: concepts with their terms in every language, found by a filter,
// narrowed to two languages; added and edited in place by those who may, refusals beside
// their fields, input methods that never save.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openGlossary(hash = '#/glossary') {
  history.replaceState(null, '', hash);
  render(App);
  return screen.findAllByTestId('glossary-concept');
}

function concept(id: string): HTMLElement {
  const found = screen.getAllByTestId('glossary-concept').find((c) => c.dataset.concept === id);
  if (!found) throw new Error(`no concept ${id}`);
  return found;
}

function language(card: HTMLElement, code: string): HTMLElement {
  const found = within(card)
    .getAllByTestId('glossary-language')
    .find((l) => l.dataset.language === code);
  if (!found) throw new Error(`no ${code} in the card`);
  return found;
}

describe('the glossary', () => {
  it('is in the header, and shows each concept in every language of the forum', async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('nav-glossary'));
    const page = await screen.findByTestId('glossary-page');
    expect(window.location.hash).toBe('#/glossary');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(document.title).toBe(t('window-title-page', { page: 'Glossary' }));

    const cards = within(page).getAllByTestId('glossary-concept');
    expect(cards.map((c) => text(c.querySelector('h2')))).toEqual([
      'incident',
      'open-source AI',
      'safety',
      'security',
    ]);
    const safety = concept('cpt-safety');
    expect(within(safety).getAllByTestId('glossary-language').map((l) => l.dataset.language)).toEqual([
      'en',
      'fr',
      'es',
      'ar',
      'zh-Hans',
      'ru',
    ]);
    expect(text(safety)).toContain('Many languages use one word for both safety and security');

    const french = language(safety, 'fr');
    const terms = within(french).getAllByTestId('glossary-term');
    expect(terms.map((term) => [term.dataset.status, text(term)])).toEqual([
      ['preferred', 'sûreté Preferred'],
      ['forbidden', 'sécurité Forbidden'],
    ]);
    expect(terms[1]!.querySelector('s')?.getAttribute('lang')).toBe('fr');
    expect(text(french)).toContain('Protection contre les dommages');
    expect(text(french)).toContain('employer « sûreté » pour safety');

    const arabic = language(safety, 'ar');
    expect(within(arabic).getAllByTestId('glossary-term').map((term) => term.dataset.status)).toEqual([
      'preferred',
      'admitted',
      'forbidden',
    ]);
    expect(text(language(safety, 'ru'))).toContain(t('glossary-no-entry'));
  });

  it('finds a term in any language, accents or not, and narrows the languages shown', async () => {
    const user = userEvent.setup();
    await openGlossary();
    const filter = screen.getByTestId('glossary-filter');
    await user.type(filter, 'surete');
    expect(screen.getAllByTestId('glossary-concept').map((c) => c.dataset.concept)).toEqual(['cpt-safety']);
    expect(text(screen.getByTestId('glossary-count'))).toBe(t('glossary-count', { count: 1, total: 4 }));

    await user.clear(filter);
    await user.type(filter, '安保');
    expect(screen.getAllByTestId('glossary-concept').map((c) => c.dataset.concept)).toEqual([
      'cpt-safety',
      'cpt-security',
    ]);

    await user.clear(filter);
    await user.type(filter, 'zzz');
    expect(screen.queryAllByTestId('glossary-concept')).toHaveLength(0);
    expect(screen.getByText(t('glossary-none-found'))).toBeTruthy();

    await user.clear(filter);
    await user.selectOptions(screen.getByTestId('glossary-languages'), 'fr');
    expect(
      within(concept('cpt-incident'))
        .getAllByTestId('glossary-language')
        .map((l) => l.dataset.language),
    ).toEqual(['en', 'fr']);
  });

  it('offers no editing to someone who may not edit it', async () => {
    store.translations.roles.editGlossary = false;
    await openGlossary();
    expect(screen.queryByTestId('glossary-add')).toBeNull();
    expect(screen.queryByTestId('glossary-edit')).toBeNull();
  });

  it('edits an entry: terms and their statuses, definition and usage note', async () => {
    const user = userEvent.setup();
    await openGlossary();
    const edit = within(language(concept('cpt-security'), 'fr')).getByTestId('glossary-edit');
    expect(text(edit)).toBe(t('glossary-edit', { language: 'French (Français)' }));
    await user.click(edit);
    const editor = await screen.findByTestId('glossary-entry-editor');
    const inputs = () => within(editor).getAllByTestId<HTMLInputElement>('glossary-term-text');
    await waitFor(() => expect(document.activeElement).toBe(inputs()[0]));
    expect(inputs().map((i) => i.value)).toEqual(['sécurité']);
    expect(inputs()[0]!.getAttribute('lang')).toBe('fr');

    await user.click(within(editor).getByTestId('glossary-term-add'));
    expect(document.activeElement).toBe(inputs()[1]);
    await user.type(inputs()[1]!, 'sûreté');
    await user.selectOptions(within(editor).getAllByTestId('glossary-term-status')[1]!, 'forbidden');
    await user.click(within(editor).getByTestId('glossary-term-add'));
    await user.type(inputs()[2]!, 'cybersécurité');
    await user.selectOptions(within(editor).getAllByTestId('glossary-term-status')[2]!, 'admitted');
    // A term can be removed; an empty one is left out.
    await user.click(within(editor).getAllByTestId('glossary-term-remove')[2]!);
    await user.click(within(editor).getByTestId('glossary-term-add'));
    const usage = within(editor).getByTestId('glossary-usage');
    await user.type(usage, 'Jamais pour safety.');
    await user.click(within(editor).getByTestId('glossary-save'));

    await waitFor(() => expect(screen.queryByTestId('glossary-entry-editor')).toBeNull());
    expect(backend.saveGlossaryEntry).toHaveBeenCalledWith(
      'cpt-security',
      'fr',
      [
        { text: 'sécurité', status: 'preferred' },
        { text: 'sûreté', status: 'forbidden' },
      ],
      'Protection d’un système d’IA, de ses données et de ses utilisateurs contre les attaques délibérées.',
      'Jamais pour safety.',
    );
    const french = language(concept('cpt-security'), 'fr');
    expect(within(french).getAllByTestId('glossary-term').map((term) => term.dataset.status)).toEqual([
      'preferred',
      'forbidden',
    ]);
    expect(text(french)).toContain('Jamais pour safety.');
    // Focus returns to the entry's Edit button.
    await waitFor(() => expect(document.activeElement).toBe(within(french).getByTestId('glossary-edit')));
    expect(screen.getByText(t('glossary-saved'))).toBeTruthy();
  });

  it('shows a refused entry’s reason beside the field it names, and keeps what was typed', async () => {
    const user = userEvent.setup();
    await openGlossary();
    await user.click(within(language(concept('cpt-incident'), 'ru')).getByTestId('glossary-edit'));
    const editor = await screen.findByTestId('glossary-entry-editor');
    const definition = within(editor).getByTestId('glossary-definition');
    await user.type(definition, ' Дополнение.');

    vi.mocked(backend.saveGlossaryEntry).mockRejectedValueOnce({
      code: 'invalid',
      field: 'terms',
      message: 'terms: is longer than 500 characters',
    });
    await user.click(within(editor).getByTestId('glossary-save'));
    let error = await within(editor).findByTestId('field-error');
    expect(text(error)).toBe('terms: is longer than 500 characters');
    expect(error.closest('fieldset')?.getAttribute('aria-describedby')).toBe(error.id);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(editor).getAllByTestId('glossary-term-text')[0]),
    );

    vi.mocked(backend.saveGlossaryEntry).mockRejectedValueOnce({
      code: 'invalid',
      field: 'usage_note',
      message: 'usage_note: is longer than 32768 bytes',
    });
    await user.click(within(editor).getByTestId('glossary-save'));
    const usage = within(editor).getByTestId('glossary-usage');
    await waitFor(() => expect(usage.getAttribute('aria-invalid')).toBe('true'));
    error = within(editor).getByTestId('field-error');
    expect(usage.getAttribute('aria-describedby')).toBe(error.id);
    expect(usage.nextElementSibling).toBe(error);

    vi.mocked(backend.saveGlossaryEntry).mockRejectedValueOnce({
      code: 'invalid',
      field: 'content',
      message: 'waiting: its author may not edit the glossary',
    });
    await user.click(within(editor).getByTestId('glossary-save'));
    const alert = await within(editor).findByRole('alert');
    expect(text(alert)).toBe('waiting: its author may not edit the glossary');
    expect((definition as HTMLTextAreaElement).value).toMatch(/Дополнение\.$/);
  });

  it('adds a concept and opens its entry in the original’s language', async () => {
    const user = userEvent.setup();
    await openGlossary();
    await user.click(screen.getByTestId('glossary-add'));
    const form = screen.getByTestId('glossary-add-form');
    await user.type(within(form).getByRole('textbox'), 'Marginal risk, as open-weight debates use it.');
    await user.click(within(form).getByTestId('glossary-add-submit'));
    await waitFor(() =>
      expect(backend.addConcept).toHaveBeenCalledWith('Marginal risk, as open-weight debates use it.'),
    );

    const editor = await screen.findByTestId('glossary-entry-editor');
    expect(editor.dataset.language).toBe('en');
    const card = editor.closest<HTMLElement>('[data-testid="glossary-concept"]')!;
    expect(text(card.querySelector('h2'))).toBe(t('glossary-unnamed'));
    const first = within(editor).getAllByTestId('glossary-term-text')[0]!;
    await waitFor(() => expect(document.activeElement).toBe(first));
    await user.type(first, 'marginal risk');
    await user.click(within(editor).getByTestId('glossary-save'));
    await waitFor(() => expect(text(card.querySelector('h2'))).toBe('marginal risk'));
    expect(screen.getAllByTestId('glossary-concept')).toHaveLength(5);
  });

  it('never saves an entry on an Enter an input method consumes', async () => {
    const user = userEvent.setup();
    await openGlossary();
    await user.click(within(language(concept('cpt-safety'), 'zh-Hans')).getByTestId('glossary-edit'));
    const editor = await screen.findByTestId('glossary-entry-editor');
    const term = within(editor).getAllByTestId('glossary-term-text')[0]!;
    await fireEvent.input(term, { target: { value: '安全性' } });
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    term.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    await fireEvent.keyDown(term, { key: 'Enter', isComposing: true });
    await fireEvent.keyDown(term, { key: 'Enter', ctrlKey: true, isComposing: true });
    await fireEvent.keyDown(term, { key: 'Enter', ctrlKey: true, keyCode: 229 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.saveGlossaryEntry).not.toHaveBeenCalled();
    await fireEvent.keyDown(term, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(backend.saveGlossaryEntry).toHaveBeenCalledTimes(1));
    expect(vi.mocked(backend.saveGlossaryEntry).mock.calls[0]![2][0]).toEqual({
      text: '安全性',
      status: 'preferred',
    });
  });

  it('opens on a concept from the translation editor’s glossary', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/translate/fr/priority/pri-remove-barriers');
    render(App);
    const panel = await screen.findByTestId('glossary-panel');
    const link = within(panel).getAllByTestId('glossary-entry-link')[0]!;
    expect(link.getAttribute('href')).toBe('#/glossary?concept=cpt-safety');
    await user.click(link);
    await screen.findByTestId('glossary-page');
    await waitFor(() => expect(document.activeElement).toBe(concept('cpt-safety')));
  });

  it('exports the glossary as TBX, and imports one for those who may edit it', async () => {
    const user = userEvent.setup();
    await openGlossary();
    const files = screen.getByTestId('glossary-files');
    await user.click(within(files).getByTestId('export-tbx'));
    expect(backend.exportGlossary).toHaveBeenCalledTimes(1);
    expect(text(await within(files).findByTestId('glossary-files-result'))).toBe(
      t('exchange-saved', { path: '/home/delegate/Downloads/plenary-glossary.tbx' }),
    );
    const tbx = '<tbx><text><body><conceptEntry id="c1"/><conceptEntry id="c2"/></body></text></tbx>';
    await user.upload(within(files).getByLabelText(t('exchange-import-glossary')), new File([tbx], 'terms.tbx'));
    await waitFor(() => expect(backend.importGlossary).toHaveBeenCalledWith(tbx));
    expect(text(await within(files).findByTestId('glossary-files-result'))).toBe(
      t('exchange-imported-glossary', { written: 2, unchanged: 0 }),
    );
  });

  it('offers the TBX export, but no import, to someone who may not edit it', async () => {
    store.translations.roles.editGlossary = false;
    await openGlossary();
    const files = screen.getByTestId('glossary-files');
    expect(within(files).getByTestId('export-tbx')).toBeTruthy();
    expect(within(files).queryByTestId('glossary-files-file')).toBeNull();
  });
});
