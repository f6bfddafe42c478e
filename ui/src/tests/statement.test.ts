// The statement page: what it shows, in which order, and how the keyboard reaches it.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { fixtureStatement } from '../lib/fixtures';

const statement = fixtureStatement();
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the statement', () => {
  it('shows every section and its priorities, numbered, in reading order', async () => {
    render(App);
    const links = await screen.findAllByTestId('priority-link');
    expect(links.map(text)).toEqual(
      statement.sections.flatMap((section) => section.priorities.map((p) => p.title)),
    );
    expect(links[0]?.textContent).toBe('Broaden Participation in Global AI Safety Forums');

    const sections = screen.getAllByTestId('section');
    expect(sections).toHaveLength(statement.sections.length);
    statement.sections.forEach((section, i) => {
      const element = sections[i]!;
      expect(text(element.querySelector('h3'))).toBe(`${section.number} ${section.title}`);
      const headings = within(element).getAllByRole('heading', { level: 4 });
      expect(headings.map(text)).toEqual(section.priorities.map((p) => `${p.number} ${p.title}`));
      const hrefs = within(element)
        .getAllByTestId('priority-link')
        .map((link) => link.getAttribute('href'));
      expect(hrefs).toEqual(section.priorities.map((p) => `#/priority/${p.id}`));
    });
  });

  it('shows the forum title as the page heading, the preamble, and the closing note', async () => {
    render(App);
    await screen.findAllByTestId('priority-link');
    const title = screen.getByTestId('statement-title');
    expect(title.tagName).toBe('H1');
    expect(title.textContent).toBe(statement.forum.title);
    expect(screen.getByRole('heading', { level: 2, name: 'Preamble' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Statement of priorities' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'About This Statement' })).toBeTruthy();
    const status = screen.getByRole('list', { name: 'Forum status' });
    expect(within(status).getAllByRole('listitem').map(text)).toEqual([
      'Open for comments',
      'Chatham House Rule',
    ]);
    expect(document.title).toContain(statement.forum.title);
  });

  it('inserts the backend’s HTML as markup, not as escaped text', async () => {
    const { container } = render(App);
    await screen.findAllByTestId('priority-link');
    const strong = container.querySelector('.prose strong');
    expect(strong?.textContent).toBe('consistent protocols');
    const bullets = screen.getByText('resources for their participation;');
    expect(bullets.tagName).toBe('LI');
    expect(container.textContent).not.toContain('<strong>');
    expect(container.textContent).not.toContain('&lt;');
  });

  it('gives each priority its own language, and lets its direction follow the text', async () => {
    render(App);
    const links = await screen.findAllByTestId('priority-link');
    for (const priority of statement.sections.flatMap((s) => s.priorities)) {
      const link = links.find((l) => l.dataset.priorityId === priority.id)!;
      const item = link.closest('li')!;
      expect(item.getAttribute('lang')).toBe(priority.language);
      expect(item.getAttribute('dir')).toBe('auto');
    }
    const arabic = links.find((l) => l.closest('[lang="ar"]'));
    expect(arabic?.textContent).toBe('إعطاء الأولوية للمخاطر الحرجة');
    const chinese = links.find((l) => l.closest('[lang="zh"]'));
    expect(chinese?.textContent).toBe('关注文化与语境差异');
  });

  it('lets Tab reach the skip link first, then the first priority in reading order', async () => {
    const user = userEvent.setup();
    render(App);
    const first = (await screen.findAllByTestId('priority-link'))[0]!;

    const visited: Element[] = [];
    for (let i = 0; i < 20 && document.activeElement !== first; i++) {
      await user.tab();
      visited.push(document.activeElement!);
    }
    expect(visited[0]).toBe(screen.getByTestId('skip-link'));
    expect(document.activeElement).toBe(first);
    // Each stop follows the one before it in the document.
    for (let i = 1; i < visited.length; i++) {
      const order = visited[i - 1]!.compareDocumentPosition(visited[i]!);
      expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('moves focus to the content from the skip link, without changing the route', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('priority-link');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(document.getElementById('main'));
    expect(window.location.hash).toBe('#/');
    expect(screen.getAllByTestId('priority-link').length).toBeGreaterThan(0);
  });

  it('tells the shell it is ready once, after the statement is on screen', async () => {
    let linksWhenReady = -1;
    vi.mocked(backend.uiReady).mockImplementation(async () => {
      linksWhenReady = document.querySelectorAll('[data-testid="priority-link"]').length;
    });
    const user = userEvent.setup();
    render(App);
    await waitFor(() => expect(backend.uiReady).toHaveBeenCalledTimes(1));
    expect(linksWhenReady).toBe(statement.sections.flatMap((s) => s.priorities).length);

    await user.click(screen.getAllByTestId('priority-link')[0]!);
    await screen.findByTestId('priority-title');
    await user.click(screen.getByTestId('back-to-statement'));
    await screen.findAllByTestId('priority-link');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.uiReady).toHaveBeenCalledTimes(1);
  });

  it('does not follow links that would take the window away from the app', async () => {
    render(App);
    await screen.findAllByTestId('priority-link');
    const outside = screen.getByRole('link', { name: 'Chatham House Rule' });
    // dispatchEvent returns false when the default action was prevented.
    const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });
    expect(outside.dispatchEvent(click())).toBe(false);
    expect(screen.getAllByTestId('priority-link')[0]!.dispatchEvent(click())).toBe(true);
  });
});
