// Moving between the statement and priorities' pages: routes, content, and where focus lands.

import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { FIXTURE_REPORT_IDS } from '../lib/fixture-reports';
import { fixturePriority } from '../lib/fixtures';

// Fluent wraps each placeable in bidi isolation marks; they are right, but not what we read.
const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

function linkTo(id: string): HTMLElement {
  const link = screen
    .getAllByTestId('priority-link')
    .find((element) => element.dataset.priorityId === id);
  if (!link) throw new Error(`no link to ${id}`);
  return link;
}

describe('a priority’s page', () => {
  it('opens from its link, shows the priority, and puts focus on its heading', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('priority-link');
    await user.click(linkTo('pri-broaden-participation'));

    const heading = await screen.findByTestId('priority-title');
    expect(heading.tagName).toBe('H1');
    expect(text(heading)).toBe('1.1 Broaden Participation in Global AI Safety Forums');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(window.location.hash).toBe('#/priority/pri-broaden-participation');
    expect(backend.getPriority).toHaveBeenCalledWith('pri-broaden-participation');

    // The header's title is no longer the page's heading: the priority is.
    expect(screen.getByTestId('statement-title').tagName).toBe('P');
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([heading]);
    expect(text(screen.getByTestId('priority-section'))).toBe(
      'Section 1 Collaboration and Inclusivity',
    );
    expect(screen.getByText(/fostering inclusivity and knowledge sharing/).tagName).toBe('P');
    expect(screen.getByTestId('back-to-statement').getAttribute('href')).toBe('#/');
    expect(screen.queryByTestId('previous-priority')).toBeNull();
    expect(text(screen.getByTestId('next-priority'))).toContain(
      '1.2 Remove Barriers to Collaboration',
    );
    expect(document.title).toContain('Broaden Participation in Global AI Safety Forums');
  });

  it('starts a page that replaces another at the top, focusing its heading without scrolling', async () => {
    const user = userEvent.setup();
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const scroller = document.scrollingElement ?? document.documentElement;
    render(App);
    await screen.findAllByTestId('priority-link');
    // The statement was read down to its end before going to another page.
    Object.defineProperty(scroller, 'scrollTop', { value: 2000, writable: true, configurable: true });
    try {
      await user.click(screen.getByTestId('nav-reports'));
      const heading = await screen.findByRole('heading', { level: 1, name: 'Reports and input' });
      await waitFor(() => expect(document.activeElement).toBe(heading));
      const onHeading = focus.mock.calls.filter((_, i) => focus.mock.contexts[i] === heading);
      expect(onHeading).toEqual([[{ preventScroll: true }]]);
      expect(scroller.scrollTop).toBe(0);
    } finally {
      delete (scroller as unknown as Record<string, unknown>).scrollTop;
      focus.mockRestore();
    }
  });

  it('opens from the keyboard with Enter', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('priority-link');
    linkTo('pri-incident-reporting').focus();
    await user.keyboard('{Enter}');

    const heading = await screen.findByTestId('priority-title');
    expect(text(heading)).toBe('2.1 Standardize Incident Reporting');
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('shows the revision, dated in the UI’s locale, with its reason', async () => {
    history.replaceState(null, '', '#/priority/pri-remove-barriers');
    render(App);
    const revision = await screen.findByTestId('priority-revision');
    const view = fixturePriority('pri-remove-barriers')!;
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(
      new Date(view.revision.createdMs),
    );
    expect(text(revision)).toBe(`Revision 3, ${date}`);
    expect(screen.getByText(view.revision.note!)).toBeTruthy();

    // A first version says so, and has no reason to show.
    history.replaceState(null, '', '#/priority/pri-broaden-participation');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(text(screen.getByTestId('priority-revision'))).toMatch(/^First version, /),
    );
    expect(screen.queryByText('Reason for this revision:')).toBeNull();
  });

  it('goes on to the next priority and puts focus on its heading', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/priority/pri-close-divide');
    render(App);
    await screen.findByTestId('priority-title');
    expect(text(screen.getByTestId('previous-priority'))).toContain('1.2 Remove Barriers');
    await user.click(screen.getByTestId('next-priority'));

    await waitFor(() =>
      expect(text(screen.getByTestId('priority-title'))).toBe('2.1 Standardize Incident Reporting'),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('priority-title')));
  });

  it('returns to the statement with focus on the link of the priority it came from', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('priority-link');
    await user.click(linkTo('pri-remove-barriers'));
    await screen.findByTestId('priority-title');
    // Walk on one priority, so the link to focus is not the one first clicked.
    await user.click(screen.getByTestId('next-priority'));
    await waitFor(() => expect(text(screen.getByTestId('priority-title'))).toContain('1.3'));

    await user.click(screen.getByTestId('back-to-statement'));
    await screen.findAllByTestId('priority-link');
    await waitFor(() => expect(document.activeElement).toBe(linkTo('pri-close-divide')));
    expect(screen.getByTestId('statement-title').tagName).toBe('H1');
  });

  it('shows an Arabic priority in its language and direction', async () => {
    history.replaceState(null, '', '#/priority/pri-critical-risks');
    render(App);
    const heading = await screen.findByTestId('priority-title');
    expect(heading.closest('article')?.getAttribute('lang')).toBe('ar');
    expect(heading.getAttribute('dir')).toBe('auto');
    expect(text(heading)).toBe('3.2 إعطاء الأولوية للمخاطر الحرجة');
    // The revision line is the UI's words, in the UI's language.
    expect(screen.getByTestId('priority-revision').closest('[lang]')?.getAttribute('lang')).toBe(
      'en',
    );
  });

  it('says when an address names no page, and offers the way back', async () => {
    history.replaceState(null, '', '#/no/such/page');
    render(App);
    // Once the window knows the first-run screens were gone through.
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByTestId('back-to-statement').getAttribute('href')).toBe('#/');
    expect(backend.getStatement).not.toHaveBeenCalled();
  });
});

describe('the header on a report’s page', () => {
  const current = () =>
    ['nav-reports', 'nav-submissions']
      .filter((id) => screen.queryByTestId(id)?.getAttribute('aria-current') === 'page')
      .map((id) => id.replace('nav-', ''));

  async function openReportFrom(list: HTMLElement, id: string) {
    const user = userEvent.setup();
    const link = [...list.querySelectorAll<HTMLElement>('[data-testid=submission]')]
      .find((el) => el.dataset.id === id)!
      .querySelector<HTMLElement>('[data-testid=submission-link]')!;
    await user.click(link);
    await screen.findByTestId('report-view');
  }

  it('for organizers, keeps highlighted the section they came from', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/submissions');
    render(App);
    await openReportFrom(await screen.findByTestId('submissions-list'), FIXTURE_REPORT_IDS.mine);
    expect(current()).toEqual(['submissions']);

    await user.click(screen.getByTestId('nav-reports'));
    await openReportFrom(await screen.findByTestId('reports-others'), FIXTURE_REPORT_IDS.chatbot);
    expect(current()).toEqual(['reports']);
  });

  it('for organizers arriving otherwise, says Reports for their own report and Submissions for others’', async () => {
    history.replaceState(null, '', `#/report/${FIXTURE_REPORT_IDS.mine}`);
    const { unmount } = render(App);
    await screen.findByTestId('report-view');
    expect(current()).toEqual(['reports']);
    unmount();

    history.replaceState(null, '', `#/report/${FIXTURE_REPORT_IDS.chatbot}`);
    render(App);
    await screen.findByTestId('report-view');
    await waitFor(() => expect(current()).toEqual(['submissions']));
  });

  it('for everyone else, says Reports', async () => {
    store.role = 'delegate';
    history.replaceState(null, '', `#/report/${FIXTURE_REPORT_IDS.chatbot}`);
    render(App);
    await screen.findByTestId('report-view');
    expect(screen.queryByTestId('nav-submissions')).toBeNull();
    expect(current()).toEqual(['reports']);
  });
});
