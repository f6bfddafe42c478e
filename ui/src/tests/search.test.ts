// Search: from the header's field to results, through them with the arrow keys, and on to
// the priority, comment or amendment found.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { parseHash, searchHref } from '../lib/router.svelte';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('search', () => {
  it('has its own route, with the query in it', () => {
    expect(searchHref('安全 & safety')).toBe('#/search?q=%E5%AE%89%E5%85%A8+%26+safety');
    expect(parseHash(searchHref('安全 & safety'))).toEqual({ kind: 'search', query: '安全 & safety' });
    expect(parseHash('#/search')).toEqual({ kind: 'search', query: '' });
  });

  it('is reached with / or Ctrl+K, unless the reader is typing', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('priority-link');
    const input = screen.getByTestId('search-input');
    await user.keyboard('/');
    expect(document.activeElement).toBe(input);
    expect((input as HTMLInputElement).value).toBe('');
    input.blur();
    await user.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(input);

    // In a text field, "/" is a character.
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();
    await user.keyboard('/');
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('/');
    field.remove();
  });

  it('finds priorities, comments and amendments, marks the hits and announces the count', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('priority-link');
    await user.type(screen.getByTestId('search-input'), 'protocols{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/search?q=protocols'));
    const results = await screen.findAllByTestId('search-result');
    expect(backend.search).toHaveBeenCalledWith('protocols');
    expect(results.map((r) => r.dataset.kind)).toEqual([
      'priority',
      'comment',
      'amendment',
      'amendment',
    ]);
    const hits = results[0]!.querySelectorAll('mark');
    expect([...hits].map((m) => m.textContent)).toEqual(['protocols']);
    // Built from text: markup in a result would show as text, not become elements.
    expect(results[1]!.querySelector('script, strong')).toBeNull();
    expect(text(screen.getByTestId('search-count'))).toBe('4 results for “protocols”');
    expect(screen.getByTestId('search-count').getAttribute('aria-live')).toBe('polite');
    // Typing stays in the field.
    expect(document.activeElement).toBe(screen.getByTestId('search-input'));
  });

  it('moves through the results with the arrow keys, and Enter opens a comment in place', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', searchHref('protocols'));
    render(App);
    const results = await screen.findAllByTestId('search-result');
    const input = screen.getByTestId('search-input');
    input.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(results[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(results[3]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(results[0]);
    await user.keyboard('{End}{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(results[1]);
    expect(results[1]!.dataset.kind).toBe('comment');

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(window.location.hash).toBe(
        '#/priority/pri-incident-reporting?focus=comment-cmt-protocols',
      ),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(document.getElementById('comment-cmt-protocols')),
    );
  });

  it('goes back up to the field from the first result', async () => {
    history.replaceState(null, '', searchHref('protocols'));
    render(App);
    const results = await screen.findAllByTestId('search-result');
    results[0]!.focus();
    await fireEvent.keyDown(results[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByTestId('search-input'));
  });

  it('says when nothing was found, and never searches while composing', async () => {
    history.replaceState(null, '', searchHref('zzzz'));
    render(App);
    await waitFor(() =>
      expect(text(screen.getByTestId('search-count'))).toBe('No results for “zzzz”'),
    );
    expect(screen.queryAllByTestId('search-result')).toHaveLength(0);

    const input = screen.getByTestId('search-input') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: '安全' } });
    await fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    await fireEvent.submit(input.form!);
    expect(window.location.hash).toBe(searchHref('zzzz'));
    await fireEvent.keyDown(input, { key: 'Enter' });
    await fireEvent.submit(input.form!);
    await waitFor(() => expect(window.location.hash).toBe(searchHref('安全')));
    await waitFor(() =>
      expect(text(screen.getByRole('heading', { level: 1 }))).toBe('Results for “安全”'),
    );
    expect(within(screen.getByRole('main')).getAllByTestId('search-result').length).toBeGreaterThan(0);
  });
});
