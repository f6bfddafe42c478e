// The translation editor: original beside translation, glossary terms and their entries one
// keystroke away, the draft saved as it is typed and flushed on blur, versions saved with
// refusals beside their fields, what the glossary finds, what changed in an outdated
// original, reviewers' actions, moving between parts, and input methods that never submit.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { t } from '../lib/i18n.svelte';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openEditor(language: string, subject: string) {
  history.replaceState(null, '', `#/translate/${language}/${subject}`);
  render(App);
  return screen.findByTestId('translation-editor');
}

const body = () => screen.getByTestId<HTMLTextAreaElement>('target-body');
const flags = () => screen.queryAllByTestId('translation-flag');

describe('the translation editor', () => {
  it('opens from the list, with the original beside the current translation', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/translate/fr');
    render(App);
    const items = await screen.findAllByTestId('translate-item');
    const item = items.find((i) => i.dataset.subject === 'priority/pri-remove-barriers')!;
    await user.click(within(item).getByRole('link'));
    const editor = await screen.findByTestId('translation-editor');
    expect(window.location.hash).toBe('#/translate/fr/priority/pri-remove-barriers');
    expect(backend.getTranslationEditor).toHaveBeenCalledWith('priority/pri-remove-barriers', 'fr');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(text(document.activeElement)).toBe('1.2 Remove Barriers to Collaboration');
    expect(document.title).toContain('1.2 Remove Barriers to Collaboration');

    // The original, in its language, title beside title and text beside text.
    expect(text(within(editor).getByTestId('source-title'))).toBe('Remove Barriers to Collaboration');
    expect(within(editor).getByTestId('source-body').getAttribute('lang')).toBe('en');
    // The translation's fields take the language translated into, and its direction.
    const title = screen.getByTestId<HTMLInputElement>('target-title');
    expect(title.value).toBe('Lever les obstacles à la collaboration');
    expect(title.getAttribute('lang')).toBe('fr');
    expect(title.getAttribute('dir')).toBe('ltr');
    expect(body().value).toMatch(/^Les gouvernements/);
    expect(body().getAttribute('lang')).toBe('fr');
    expect(screen.getByTestId<HTMLSelectElement>('translation-state').value).toBe('translated');
    expect(screen.getByLabelText(t('translation-body-label'))).toBe(body());

    // The current version: its state, who made it and when.
    const current = screen.getByTestId('translation-current');
    expect(within(current).getByTestId('translation-badge').dataset.state).toBe('translated');
    expect(text(current)).toContain(t('author-pseudonym', { code: 'T4LW9' }));
  });

  it('marks the glossary terms of the original, and lists their entries beside it', async () => {
    await openEditor('fr', 'priority/pri-remove-barriers');
    const terms = screen.getAllByTestId('source-term');
    expect(terms.map((term) => [text(term), term.dataset.concept])).toEqual([
      ['safety', 'cpt-safety'],
      ['open-source AI', 'cpt-open-source'],
    ]);
    // The text around the terms is kept as it is.
    expect(text(screen.getByTestId('source-body'))).toBe(
      'Governments, universities, and research labs should strive to promote international ' +
        'collaboration on research on the safety and governance of open-source AI models and ' +
        'avoid imposing restrictions on such research, such as through policy or funding decisions.',
    );
    // One tab stop for all the terms, and from it Tab goes straight to the translation.
    expect(terms.map((term) => term.tabIndex)).toEqual([0, -1]);
    terms[0]!.focus();
    await userEvent.setup().tab();
    expect(document.activeElement).toBe(screen.getByTestId('target-title'));

    const panel = screen.getByTestId('glossary-panel');
    const entries = within(panel).getAllByTestId('glossary-entry');
    expect(entries.map((e) => e.dataset.concept)).toEqual(['cpt-safety', 'cpt-open-source']);
    const safety = entries[0]!;
    // The language translated into comes first, its preferred terms first; forbidden ones are
    // struck through and say so.
    const french = safety.querySelector('[data-language="fr"]')!;
    expect(safety.querySelector('.entry')).toBe(french);
    const listed = within(french as HTMLElement).getAllByTestId('glossary-term');
    expect(listed.map((term) => [term.dataset.status, text(term)])).toEqual([
      ['preferred', 'sûreté Preferred'],
      ['forbidden', 'sécurité Forbidden'],
    ]);
    expect(listed[1]!.querySelector('s')?.textContent).toBe('sécurité');
    expect(listed[1]!.querySelector('s')?.getAttribute('lang')).toBe('fr');
    expect(text(french)).toContain('Protection contre les dommages');
    expect(text(french)).toContain('employer « sûreté » pour safety');
    expect(text(safety.querySelector('[data-language="en"]'))).toContain('Protection against harm');
  });

  it('opens a term’s entry with one key, and Escape comes back', async () => {
    const user = userEvent.setup();
    await openEditor('fr', 'priority/pri-remove-barriers');
    const [safety, openSource] = screen.getAllByTestId('source-term');
    const entry = (concept: string) =>
      within(screen.getByTestId('glossary-panel'))
        .getAllByTestId('glossary-entry')
        .find((e) => e.dataset.concept === concept)!;

    // Enter on a focused term.
    safety!.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(entry('cpt-safety')));
    expect(safety!.classList.contains('current')).toBe(true);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(safety);

    // The arrow keys move between terms.
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(openSource);
    expect(openSource!.tabIndex).toBe(0);
    expect(safety!.tabIndex).toBe(-1);

    // Alt+G from the translation opens the next term's entry; Escape returns to the text,
    // where the caret was.
    body().focus();
    body().setSelectionRange(10, 10);
    await user.keyboard('{Alt>}g{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(entry('cpt-safety')));
    await user.keyboard('{Alt>}g{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(entry('cpt-open-source')));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(body());
    expect(body().selectionStart).toBe(10);

    // With the caret in the original, Alt+G opens the term at or after it.
    const source = screen.getByTestId('source-body');
    const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
    let words = walker.nextNode();
    while (words && !words.textContent?.startsWith('Governments')) words = walker.nextNode();
    document.getSelection()!.collapse(words!, 5);
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Alt>}g{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(entry('cpt-safety')));
  });

  it('says what the glossary finds, and checks again after each save', async () => {
    const user = userEvent.setup();
    await openEditor('fr', 'priority/pri-remove-barriers');
    expect(flags().map((f) => [f.dataset.kind, text(f)])).toEqual([
      [
        'forbidden',
        t('translation-flag-forbidden-prefer', { term: 'sécurité', concept: 'safety', preferred: 'sûreté' }),
      ],
      ['missing_preferred', t('translation-flag-missing', { term: 'sûreté', concept: 'safety' })],
    ]);
    expect(text(flags()[0]!)).toBe(
      'Uses the forbidden term “\u2068sécurité\u2069” for \u2068safety\u2069 — prefer “\u2068sûreté\u2069”',
    );

    // Fix the term: once the draft is saved, the flags are asked for again, and go.
    const fixed = body().value.replace('sécurité', 'sûreté');
    await user.clear(body());
    await user.type(body(), fixed);
    await screen.findByTestId('translation-saved', {}, { timeout: 2000 });
    await waitFor(() => expect(flags()).toHaveLength(0));
    expect(text(screen.getByTestId('translation-flags'))).toBe(t('translation-flags-heading', { count: 0 }));
    expect(vi.mocked(backend.saveTranslationDraft).mock.calls.at(-1)).toEqual([
      'priority/pri-remove-barriers',
      'fr',
      { title: 'Lever les obstacles à la collaboration', body: fixed, state: 'translated' },
    ]);
  });

  it('saves the draft once typing pauses, at once on blur, and keeps it for the next visit', async () => {
    const user = userEvent.setup();
    await openEditor('es', 'priority/pri-broaden-participation');
    expect(body().value).toBe('');
    expect(text(screen.getByTestId('translation-current'))).toContain(t('translation-current-none'));
    expect(backend.saveTranslationDraft).not.toHaveBeenCalled();

    await user.type(screen.getByTestId('target-title'), 'Ampliar la participación');
    await screen.findByTestId('translation-saved', {}, { timeout: 2000 });
    expect(backend.saveTranslationDraft).toHaveBeenCalledTimes(1);

    // Typed, then straight out of the field: saved without waiting for the pause.
    await user.type(body(), 'Los foros');
    const calls = vi.mocked(backend.saveTranslationDraft).mock.calls.length;
    await user.tab();
    await waitFor(() => expect(backend.saveTranslationDraft).toHaveBeenCalledTimes(calls + 1), {
      timeout: 150,
    });
    expect(vi.mocked(backend.saveTranslationDraft).mock.calls.at(-1)?.[2]).toEqual({
      title: 'Ampliar la participación',
      body: 'Los foros',
      state: 'translated',
    });

    // The state is part of the draft.
    await user.selectOptions(screen.getByTestId('translation-state'), 'machine_draft');
    await waitFor(() =>
      expect(vi.mocked(backend.saveTranslationDraft).mock.calls.at(-1)?.[2].state).toBe('machine_draft'),
    );

    // The list marks the part as having a draft, and the editor reopens it.
    await user.click(screen.getByTestId('back-to-translate'));
    const items = await screen.findAllByTestId('translate-item');
    const item = items.find((i) => i.dataset.subject === 'priority/pri-broaden-participation')!;
    expect(within(item).getByTestId('translate-draft')).toBeTruthy();
    await user.click(within(item).getByRole('link'));
    await screen.findByTestId('translation-editor');
    expect(body().value).toBe('Los foros');
    expect(screen.getByTestId<HTMLSelectElement>('translation-state').value).toBe('machine_draft');
    expect(text(screen.getByTestId('translation-saved'))).toBe(t('draft-saved-earlier'));
  });

  it('shows a refused version beside the field at fault, and keeps the draft', async () => {
    const user = userEvent.setup();
    await openEditor('es', 'priority/pri-broaden-participation');

    // A title is needed when the original has one.
    await user.type(body(), 'Los foros mundiales');
    await user.click(screen.getByTestId('translation-submit'));
    let error = await screen.findByTestId('field-error');
    expect(text(error)).toBe(t('invalid-translation-title'));
    const title = screen.getByTestId('target-title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe(error.id);
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(backend.submitTranslation).not.toHaveBeenCalled();

    // The Rust side's refusal of an empty text, beside the text.
    await user.type(title, 'Ampliar la participación');
    expect(screen.queryByTestId('field-error')).toBeNull();
    await user.clear(body());
    await user.click(screen.getByTestId('translation-submit'));
    error = await screen.findByTestId('field-error');
    expect(text(error)).toBe(t('invalid-translation-empty'));
    expect(body().getAttribute('aria-invalid')).toBe('true');
    expect(body().closest('.markdown-field')?.nextElementSibling).toBe(error);
    await waitFor(() => expect(document.activeElement).toBe(body()));
    expect(backend.submitTranslation).toHaveBeenCalledTimes(1);

    // A refusal of the state, beside the state.
    await user.type(body(), 'Los foros mundiales');
    vi.mocked(backend.submitTranslation).mockRejectedValueOnce({
      code: 'invalid',
      field: 'state',
      message: "state: 'done' is not a translation state",
    });
    await user.click(screen.getByTestId('translation-submit'));
    await waitFor(() => expect(text(screen.getByTestId('field-error'))).toBe(t('invalid-translation-state')));
    expect(screen.getByTestId('translation-state').getAttribute('aria-invalid')).toBe('true');

    // One the UI cannot word itself, for the form, in the Rust side's words.
    vi.mocked(backend.submitTranslation).mockRejectedValueOnce({
      code: 'invalid',
      field: 'content',
      message: "es is not one of this forum's languages to translate into",
    });
    await user.click(screen.getByTestId('translation-submit'));
    const alert = await screen.findByRole('alert');
    expect(text(alert)).toBe("es is not one of this forum's languages to translate into");
    expect(alert.getAttribute('lang')).toBe('en');

    // Nothing was lost.
    expect(body().value).toBe('Los foros mundiales');
    expect(store.translations.overview('es').items.find((i) => i.subject === 'priority/pri-broaden-participation'))
      .toMatchObject({ state: 'untranslated', hasDraft: true });
  });

  it('saves a version, which becomes the current one', async () => {
    const user = userEvent.setup();
    await openEditor('fr', 'priority/pri-remove-barriers');
    await user.selectOptions(screen.getByTestId('translation-state'), 'needs_review');
    await user.click(screen.getByTestId('translation-submit'));
    await waitFor(() => expect(backend.submitTranslation).toHaveBeenCalledWith('priority/pri-remove-barriers', 'fr'));
    expect(await screen.findByText(t('translation-submitted'))).toBeTruthy();
    const current = screen.getByTestId('translation-current');
    await waitFor(() => expect(within(current).getByTestId('translation-badge').dataset.state).toBe('needs_review'));
    expect(within(current).getByText(t('author-you'))).toBeTruthy();
    // The editor starts again from the new current version.
    expect(screen.queryByTestId('translation-discard')).toBeNull();
    expect(body().value).toMatch(/^Les gouvernements/);
  });

  it('throws a draft away, back to what is stored', async () => {
    const user = userEvent.setup();
    await openEditor('fr', 'priority/pri-close-divide');
    expect(body().value).toMatch(/^Veiller à ce que/);
    expect(text(screen.getByTestId('translation-saved'))).toBe(t('draft-saved-earlier'));
    await user.click(screen.getByTestId('translation-discard'));
    await user.click(screen.getByRole('button', { name: t('draft-discard-confirm') }));
    await waitFor(() => expect(body().value).toBe(''));
    expect(backend.discardTranslationDraft).toHaveBeenCalledWith('priority/pri-close-divide', 'fr');
    expect(screen.getByTestId<HTMLInputElement>('target-title').value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(body()));
  });

  it('shows what changed in an outdated original, with the current translation to update', async () => {
    await openEditor('ar', 'priority/pri-incident-reporting');
    const changes = screen.getByTestId('source-changes');
    expect(within(changes).getByRole('heading', { level: 2 }).textContent).toBe(
      t('translation-outdated-heading'),
    );
    const removed = changes.querySelector('del')!;
    const added = changes.querySelector('ins')!;
    expect(removed.textContent).toBe(`${t('diff-removed-start')}common${t('diff-removed-end')}`);
    expect(added.textContent).toBe(`${t('diff-added-start')}consistent${t('diff-added-end')}`);
    expect(changes.querySelector('.diff')?.getAttribute('lang')).toBe('en');
    // The title did not change: only the text's changes are shown.
    expect(within(changes).queryByText(t('translation-changes-title'))).toBeNull();

    expect(body().value).toMatch(/^وضع بروتوكولات مشتركة/);
    expect(body().getAttribute('lang')).toBe('ar');
    expect(body().getAttribute('dir')).toBe('rtl');
    expect(screen.getByTestId('target-title').getAttribute('dir')).toBe('rtl');
    const badge = within(screen.getByTestId('translation-current')).getByTestId('translation-badge');
    expect(badge.dataset.outdated).toBe('true');
  });

  it('offers a reviewer Approve and Send back, and nobody else', async () => {
    store.translations.roles.review = false;
    await openEditor('fr', 'priority/pri-remove-barriers');
    expect(screen.queryByTestId('review-approve')).toBeNull();
    expect(screen.queryByTestId('review-send-back')).toBeNull();
  });

  it('approves the current version, or sends it back with a note', async () => {
    const user = userEvent.setup();
    await openEditor('fr', 'priority/pri-remove-barriers');
    await user.click(screen.getByTestId('review-approve'));
    await waitFor(() =>
      expect(backend.reviewTranslation).toHaveBeenCalledWith('priority/pri-remove-barriers', 'fr', 'approved', null),
    );
    const current = screen.getByTestId('translation-current');
    await waitFor(() => expect(within(current).getByTestId('translation-badge').dataset.state).toBe('approved'));
    // Approved and up to date: nothing left to approve.
    expect(screen.queryByTestId('review-approve')).toBeNull();
    expect(await screen.findByText(t('translation-reviewed', { decision: 'approved' }))).toBeTruthy();

    await user.click(screen.getByTestId('review-send-back-open'));
    await user.type(screen.getByTestId('review-note'), '« sécurité » → « sûreté »');
    await user.click(screen.getByTestId('review-send-back'));
    await waitFor(() =>
      expect(backend.reviewTranslation).toHaveBeenLastCalledWith(
        'priority/pri-remove-barriers',
        'fr',
        'needs_review',
        '« sécurité » → « sûreté »',
      ),
    );
    const note = await screen.findByTestId('translation-review-note');
    expect(text(note)).toContain('« sécurité » → « sûreté »');
    expect(within(current).getByTestId('translation-badge').dataset.state).toBe('needs_review');
  });

  it('shows why a review was refused', async () => {
    const user = userEvent.setup();
    await openEditor('fr', 'priority/pri-remove-barriers');
    vi.mocked(backend.reviewTranslation).mockRejectedValueOnce({
      code: 'invalid',
      field: 'content',
      message: 'waiting: its author may not review translations',
    });
    await user.click(screen.getByTestId('review-approve'));
    const error = await screen.findByTestId('action-error');
    expect(text(error)).toContain('waiting: its author may not review translations');
  });

  it('moves to the previous and next parts with Alt+Page Up and Alt+Page Down', async () => {
    const user = userEvent.setup();
    await openEditor('fr', 'priority/pri-remove-barriers');
    const next = screen.getByTestId('next-part');
    expect(next.getAttribute('href')).toBe('#/translate/fr/priority/pri-close-divide');
    expect(text(next)).toContain('1.3 Close the AI Safety Divide');
    expect(text(screen.getByTestId('previous-part'))).toContain('1.1 Broaden Participation');

    body().focus();
    await user.type(body(), ' Fin.');
    await user.keyboard('{Alt>}{PageDown}{/Alt}');
    await waitFor(() => expect(window.location.hash).toBe('#/translate/fr/priority/pri-close-divide'));
    // What was typed was saved on the way out.
    expect(vi.mocked(backend.saveTranslationDraft).mock.calls.at(-1)?.[2].body).toMatch(/ Fin\.$/);
    // The next part opens in its text field.
    await waitFor(() => expect(screen.getByTestId('translation-editor').dataset.subject).toBe('priority/pri-close-divide'));
    await waitFor(() => expect(document.activeElement).toBe(body()));
    await user.keyboard('{Alt>}{PageUp}{/Alt}');
    await waitFor(() => expect(window.location.hash).toBe('#/translate/fr/priority/pri-remove-barriers'));
  });

  it('never saves a version on an Enter an input method consumes', async () => {
    await openEditor('zh-Hans', 'priority/pri-broaden-participation');
    const title = screen.getByTestId('target-title');
    await fireEvent.input(title, { target: { value: '扩大参与' } });
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    title.dispatchEvent(enter);
    // Enter in the title is never a submit.
    expect(enter.defaultPrevented).toBe(true);
    await fireEvent.keyDown(title, { key: 'Enter', ctrlKey: true, isComposing: true });
    await fireEvent.keyDown(body(), { key: 'Enter', ctrlKey: true, isComposing: true });
    await fireEvent.keyDown(body(), { key: 'Enter', ctrlKey: true, keyCode: 229 });
    await fireEvent.keyDown(body(), { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.submitTranslation).not.toHaveBeenCalled();
    // Alt+G while composing is the input method's, not the glossary's.
    await fireEvent.keyDown(body(), { key: 'g', code: 'KeyG', altKey: true, isComposing: true });
    expect(document.activeElement?.closest('[data-testid="glossary-panel"]')).toBeNull();

    await fireEvent.keyDown(body(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(backend.submitTranslation).toHaveBeenCalledTimes(1));
  });

  it('lets someone who may not translate draft, but not save a version', async () => {
    store.translations.roles.translate = false;
    await openEditor('fr', 'priority/pri-remove-barriers');
    expect(screen.getByText(t('translation-cannot-translate'))).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>('translation-submit').disabled).toBe(true);
  });
});
