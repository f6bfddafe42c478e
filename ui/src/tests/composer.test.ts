// Commenting on a priority: from a selected passage to a comment ready to send, through a
// draft that survives a restart; refusals shown beside their field; input methods never
// submit.

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { t } from '../lib/i18n.svelte';

const PRIORITY = 'pri-incident-reporting';

/** Selects `text` inside the priority's text, as the end-to-end test does. */
function select(text: string): void {
  const container = screen.getByTestId('priority-text');
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    // jsdom does not fire selectionchange by itself.
    document.dispatchEvent(new Event('selectionchange'));
    return;
  }
  throw new Error(`"${text}" is not in the priority's text`);
}

async function openPriority(id = PRIORITY) {
  history.replaceState(null, '', `#/priority/${id}`);
  render(App);
  return screen.findByTestId('priority-text');
}

describe('commenting on a passage', () => {
  it('drafts, survives a restart, submits, and lists the comment as ready to send', async () => {
    const user = userEvent.setup();
    await openPriority();
    expect(screen.queryByTestId('comment-on-selection')).toBeNull();

    select('accountability');
    await user.click(await screen.findByTestId('comment-on-selection'));
    const composer = await screen.findByTestId('composer');
    expect(within(composer).getByTestId('composer-quote').textContent?.trim()).toBe(
      'accountability',
    );
    const body = within(composer).getByTestId('composer-body');
    await waitFor(() => expect(document.activeElement).toBe(body));
    // Nothing is stored before the first change.
    expect(backend.saveDraft).not.toHaveBeenCalled();

    await user.type(body, 'Accountability to whom?');
    await within(composer).findByTestId('composer-saved', {}, { timeout: 2000 });
    const saved = vi.mocked(backend.saveDraft).mock.calls.at(-1)!;
    expect(saved[2]).toMatchObject({
      kind: 'comment',
      body: 'Accountability to whom?',
      language: 'en',
      attribution: 'pseudonym',
      revision: 'rev-pri-incident-reporting',
      anchor: {
        exact: 'accountability',
        start: 130,
        prefix: 'to enhance global transparency, ',
        suffix: ', and information sharing for th',
      },
    });

    // Quit and start again: the draft reopens with its text and quote.
    cleanup();
    await openPriority();
    const reopened = await screen.findByTestId('composer');
    expect((within(reopened).getByTestId('composer-body') as HTMLTextAreaElement).value).toBe(
      'Accountability to whom?',
    );
    expect(within(reopened).getByTestId('composer-quote').textContent?.trim()).toBe(
      'accountability',
    );

    await user.click(within(reopened).getByTestId('composer-submit'));
    await waitFor(() => expect(screen.queryByTestId('composer')).toBeNull());
    const comment = await waitFor(() => {
      const found = screen
        .getAllByTestId('comment')
        .find((c) => c.textContent?.includes('Accountability to whom?'));
      if (!found) throw new Error('not listed yet');
      return found;
    });
    expect(within(comment).getByTestId('comment-quote').textContent).toContain('accountability');
    expect(within(comment).getByText('Ready to send')).toBeTruthy();
    expect(within(comment).getByText('You')).toBeTruthy();

    await user.click(screen.getByTestId('nav-mine'));
    const ready = await screen.findByTestId('mine-ready');
    const item = within(ready)
      .getAllByTestId('mine-item')
      .find((i) => i.textContent?.includes('Accountability to whom?'));
    expect(item?.textContent).toContain('2.1');
    expect(item?.textContent).toContain('Suggestion');
  });

  it('shows a refusal beside the field it names, and keeps the draft', async () => {
    const user = userEvent.setup();
    await openPriority();
    await user.click(screen.getByTestId('add-comment'));
    const composer = await screen.findByTestId('composer');
    await user.click(within(composer).getByTestId('composer-submit'));

    const error = await within(composer).findByTestId('field-error');
    expect(error.textContent?.trim()).toBe(t('invalid-body-empty', { kind: 'comment' }));
    const body = within(composer).getByTestId('composer-body');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(body.getAttribute('aria-describedby')).toContain(error.id);
    // The error sits right after the body's field, not elsewhere in the form.
    expect(body.closest('.markdown-field')?.nextElementSibling).toBe(error);
    await waitFor(() => expect(document.activeElement).toBe(body));
    expect(store.priority(PRIORITY).drafts).toHaveLength(1);

    // A refusal the UI cannot word itself is shown in the Rust side's words, at its field.
    await user.type(body, 'Some text');
    vi.mocked(backend.submitDraft).mockRejectedValueOnce({
      code: 'invalid',
      field: 'language',
      message: 'language: "xx-" is not a language tag',
    });
    await user.click(within(composer).getByTestId('composer-submit'));
    await waitFor(() =>
      expect(within(composer).getByTestId('field-error').textContent?.trim()).toBe(
        t('invalid-language'),
      ),
    );
    expect(
      within(composer).getByLabelText(t('composer-language')).getAttribute('aria-invalid'),
    ).toBe('true');
    expect(screen.getByTestId('composer')).toBe(composer);
    expect(store.priority(PRIORITY).drafts[0]?.content).toMatchObject({ body: 'Some text' });

    // Typing clears the refusal.
    await user.type(body, '.');
    expect(within(composer).queryByTestId('field-error')).toBeNull();
  });

  it('never submits while an input method is composing', async () => {
    await openPriority();
    await fireEvent.click(screen.getByTestId('add-comment'));
    const body = await screen.findByTestId('composer-body');
    await fireEvent.input(body, { target: { value: '安全' } });
    // Enter confirming a candidate, with and without Ctrl, as browsers report it.
    await fireEvent.keyDown(body, { key: 'Enter', isComposing: true });
    await fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true, isComposing: true });
    // WebKit ends the composition first, then sends the key as 229.
    await fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true, keyCode: 229 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.submitDraft).not.toHaveBeenCalled();
    // Plain Enter is a newline, never a submit.
    await fireEvent.keyDown(body, { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.submitDraft).not.toHaveBeenCalled();

    await fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(backend.submitDraft).toHaveBeenCalledTimes(1));
  });

  it('does not submit an amendment on Enter in its title, nor settings while composing', async () => {
    await openPriority();
    await fireEvent.click(screen.getByTestId('add-amendment'));
    const title = await screen.findByTestId('amendment-title');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    title.dispatchEvent(enter);
    // Prevented, so the browser's implicit submission never happens.
    expect(enter.defaultPrevented).toBe(true);
    await fireEvent.keyDown(title, { key: 'Enter', ctrlKey: true, isComposing: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(backend.submitDraft).not.toHaveBeenCalled();
    await fireEvent.keyDown(title, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(backend.submitDraft).toHaveBeenCalledTimes(1));

    cleanup();
    history.replaceState(null, '', '#/settings');
    render(App);
    const name = await screen.findByLabelText(t('identity-name'));
    await fireEvent.input(name, { target: { value: '王芳' } });
    await fireEvent.keyDown(name, { key: 'Enter', isComposing: true });
    await fireEvent.submit(name.closest('form')!);
    expect(backend.setIdentityDetails).not.toHaveBeenCalled();
    await fireEvent.keyDown(name, { key: 'Enter' });
    await fireEvent.submit(name.closest('form')!);
    await waitFor(() => expect(backend.setIdentityDetails).toHaveBeenCalledTimes(1));
  });

  it('reopens a saved draft with its quote when the page opens', async () => {
    await openPriority('pri-broaden-participation');
    const composer = await screen.findByTestId('composer');
    expect((within(composer).getByTestId('composer-body') as HTMLTextAreaElement).value).toMatch(
      /^Mention visa support/,
    );
    expect(within(composer).getByTestId('composer-quote').textContent?.trim()).toBe(
      'without established AI Safety Institutes',
    );
    expect((within(composer).getByTestId('composer-kind-suggestion') as HTMLInputElement).checked).toBe(
      true,
    );
    expect(within(composer).getByTestId('composer-saved')).toBeTruthy();
  });

  it('renders the live preview through the backend, debounced', async () => {
    const user = userEvent.setup();
    await openPriority();
    await user.click(screen.getByTestId('add-comment'));
    const body = await screen.findByTestId('composer-body');
    await user.type(body, 'Some **bold** text');
    const preview = await screen.findByTestId('composer-body-preview');
    await waitFor(() => expect(preview.querySelector('strong')?.textContent).toBe('bold'));
    // One request after typing paused, not one per key.
    expect(vi.mocked(backend.previewMarkdown).mock.calls.length).toBeLessThan(4);
    expect(vi.mocked(backend.previewMarkdown).mock.calls.at(-1)?.[0]).toBe('Some **bold** text');
  });

  it('goes from a marked passage to its comments, and back', async () => {
    const user = userEvent.setup();
    await openPriority();
    const mark = screen
      .getByTestId('priority-text')
      .querySelector<HTMLElement>('mark[data-anchor="cmt-protocols"]')!;
    expect(mark.tabIndex).toBe(0);
    await user.click(mark);
    const comment = document.getElementById('comment-cmt-protocols')!;
    await waitFor(() => expect(document.activeElement).toBe(comment));

    // From the comment, "Show in the text" returns to the passage, marked as current.
    await user.click(within(comment).getByTestId('show-passage'));
    expect(document.activeElement).toBe(mark);
    expect(mark.classList.contains('current')).toBe(true);

    // Enter on a passage shared by two comments goes to the first of them.
    const shared = screen
      .getByTestId('priority-text')
      .querySelector<HTMLElement>('mark[data-anchor="cmt-public-good cmt-sharing-zh"]')!;
    shared.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(document.getElementById('comment-cmt-sharing-zh')),
    );
    expect(document.getElementById('comment-cmt-public-good')?.classList).toContain('highlighted');
  });

  it('shows the passage’s state: changed, or no longer in the text', async () => {
    await openPriority();
    const quotes = screen.getAllByTestId('comment-quote');
    const text = quotes.map((q) => q.textContent?.replace(/\s+/g, ' ').trim());
    expect(text).toContain(
      `information sharing for the common good ${t('anchor-fuzzy')} ${t('anchor-show-in-text')}`,
    );
    expect(text).toContain(`within 72 hours of discovery ${t('anchor-orphaned')}`);
  });
});
