// The first-run screens: shown on the very first start only, the interface language chosen
// among the six (each named in its own language), what stays and what is shared, then the
// sample forum or joining one; remembered once gone through, and reachable from Settings.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { SAMPLE_FORUM_ID, SERVER_FORUM_ID } from '../lib/fixtures';
import { setLocale, t, tFor } from '../lib/i18n.svelte';

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

beforeEach(() => {
  // A new installation: the setting that says the screens were gone through is not there.
  store.settings.delete('first-run');
});

afterEach(() => setLocale('en'));

describe('the first-run screens', () => {
  it('come first on the very first start, without the header or the status line', async () => {
    // The statement behind them is still loading: that does not make them busy.
    vi.mocked(backend.getStatement).mockReturnValue(new Promise(() => {}));
    render(App);
    await heading(t('first-run-welcome'));
    expect(screen.getByTestId('first-run-step').textContent).toContain('1');
    expect(document.querySelector('header.site-header')).toBeNull();
    expect(document.querySelector('footer.sync-bar')).toBeNull();
    // The first screen counts as painted for the cold-start measurement.
    await waitFor(() => expect(backend.uiReady).toHaveBeenCalledTimes(1));
    // Every control has a name, and the skip link still leads to the screen.
    expect(screen.getByTestId('skip-link').getAttribute('href')).toBe('#main');
    expect(screen.getByTestId('first-run').closest('main')?.id).toBe('main');
    expect(screen.getByTestId('first-run').closest('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('offer the six interface languages, each in its own words, and apply a choice at once', async () => {
    const user = userEvent.setup();
    render(App);
    await heading(t('first-run-welcome'));
    const group = screen.getByRole('group', { name: t('first-run-language-legend') });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    for (const radio of radios) {
      const label = radio.closest('label')!;
      expect(label.getAttribute('lang')).toBe(radio.value);
      expect(label.textContent?.trim()).toBe(tFor(radio.value, 'language-autonym'));
    }
    expect(radios.find((r) => r.checked)?.value).toBe('en');
    expect(within(group).getByRole('radio', { name: 'Français' })).toBeTruthy();
    expect(within(group).getByRole('radio', { name: 'العربية' })).toBeTruthy();

    await user.click(within(group).getByRole('radio', { name: 'العربية' }));
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(await heading(tFor('ar', 'first-run-welcome'))).toBeTruthy();
    expect(backend.setUiSetting).toHaveBeenCalledWith('ui-locale', 'ar');
  });

  it('say what stays on this computer, what goes to the server and how the rule is applied', async () => {
    const user = userEvent.setup();
    render(App);
    await heading(t('first-run-welcome'));
    await user.click(screen.getByTestId('first-run-continue'));
    const privacy = await heading(t('privacy-heading'));
    // Focus follows the step, for screen readers and the keyboard.
    expect(document.activeElement).toBe(privacy);
    for (const part of ['kept', 'sent', 'rule']) {
      const section = screen.getByTestId(`privacy-${part}`);
      expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(t(`privacy-${part}-heading`));
      expect(within(section).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    }
    expect(screen.getByTestId('privacy-kept').textContent).toContain(t('privacy-kept-drafts'));
    expect(screen.getByTestId('privacy-sent').textContent).toContain(t('privacy-sent-nothing-else'));
    expect(screen.getByTestId('privacy-rule').textContent).toContain(t('privacy-rule-pseudonym'));

    // Back goes to the language, forward again to how to start.
    await user.click(screen.getByTestId('first-run-back'));
    await heading(t('first-run-welcome'));
    await user.click(screen.getByTestId('first-run-continue'));
    await heading(t('privacy-heading'));
    await user.click(screen.getByTestId('first-run-continue'));
    await heading(t('start-heading'));
    expect(screen.getByRole('button', { name: t('start-explore') })).toBeTruthy();
    expect(screen.getByRole('button', { name: t('start-join') })).toBeTruthy();
    // Nothing is remembered until the reader chose how to start.
    expect(store.settings.get('first-run')).toBeUndefined();
  });

  it('end on the sample forum, remembered with the language they were read in', async () => {
    const user = userEvent.setup();
    const { unmount } = render(App);
    await heading(t('first-run-welcome'));
    await user.click(screen.getByRole('radio', { name: 'Español' }));
    await user.click(screen.getByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-explore'));

    await screen.findAllByTestId('priority-link');
    expect(document.querySelector('header.site-header')).not.toBeNull();
    expect(document.activeElement?.id).toBe('main');
    expect(store.settings.get('first-run')).toBe('done');
    expect(store.settings.get('ui-locale')).toBe('es');
    expect(backend.uiReady).toHaveBeenCalledTimes(1);

    // The next start opens on the statement.
    unmount();
    setLocale('en');
    render(App);
    await screen.findAllByTestId('priority-link');
    expect(screen.queryByTestId('first-run')).toBeNull();
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
  });

  it('end with the reader at the start of the statement, the header in view', async () => {
    const user = userEvent.setup();
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const scroller = document.scrollingElement ?? document.documentElement;
    render(App);
    await heading(t('first-run-welcome'));
    await user.click(screen.getByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-continue'));
    // The last screen was scrolled down to its buttons.
    Object.defineProperty(scroller, 'scrollTop', { value: 480, writable: true, configurable: true });
    try {
      focus.mockClear();
      await user.click(await screen.findByTestId('first-run-explore'));
      await screen.findAllByTestId('priority-link');
      const main = document.getElementById('main')!;
      await waitFor(() => expect(document.activeElement).toBe(main));
      // Focusing the main region does not scroll it (and the header) up out of view: the
      // window starts at the top instead.
      const onMain = focus.mock.calls.filter((_, i) => focus.mock.contexts[i] === main);
      expect(onMain).toEqual([[{ preventScroll: true }]]);
      expect(scroller.scrollTop).toBe(0);
    } finally {
      delete (scroller as unknown as Record<string, unknown>).scrollTop;
      focus.mockRestore();
    }
  });

  it('can end on the join form, or on restoring a backup', async () => {
    const user = userEvent.setup();
    const { unmount } = render(App);
    await heading(t('first-run-welcome'));
    await user.click(screen.getByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-join'));
    const join = await heading(t('join-heading'));
    expect(window.location.hash).toBe('#/join');
    await waitFor(() => expect(document.activeElement).toBe(join));
    expect(store.settings.get('first-run')).toBe('done');

    unmount();
    store.settings.delete('first-run');
    history.replaceState(null, '', '#/');
    render(App);
    await heading(t('first-run-welcome'));
    await user.click(screen.getByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-restore'));
    const restore = await screen.findByRole('heading', { level: 3, name: t('restore-heading') });
    await waitFor(() => expect(document.activeElement).toBe(restore));
  });

  it('are not shown again once gone through, and are reachable from Settings', async () => {
    store.settings.set('first-run', 'done');
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('priority-link');
    expect(screen.queryByTestId('first-run')).toBeNull();

    await user.click(await screen.findByTestId('nav-settings'));
    await screen.findByRole('heading', { level: 1, name: t('settings-heading') });
    await user.click(screen.getByRole('link', { name: t('settings-privacy-link') }));
    const privacy = await heading(t('privacy-heading'));
    await waitFor(() => expect(document.activeElement).toBe(privacy));
    // Here the window keeps its header, to go anywhere from it.
    expect(document.querySelector('header.site-header')).not.toBeNull();
    expect(document.title).toContain(t('first-run-welcome'));
    await user.click(screen.getByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-explore'));
    await screen.findAllByTestId('priority-link');

    history.back();
    await screen.findByTestId('first-run');
    history.replaceState(null, '', '#/settings');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await user.click(await screen.findByRole('link', { name: t('settings-welcome-link') }));
    await heading(t('first-run-welcome'));
  });

  it('shown again while another forum is open, lead to the sample forum itself', async () => {
    store.settings.set('first-run', 'done');
    store.answer('open_forum', { forum: SERVER_FORUM_ID });
    const user = userEvent.setup();
    history.replaceState(null, '', '#/welcome?step=privacy');
    render(App);
    await heading(t('privacy-heading'));
    await user.click(screen.getByTestId('first-run-continue'));
    await user.click(await screen.findByTestId('first-run-explore'));
    await waitFor(() => expect(backend.openForum).toHaveBeenCalledWith(SAMPLE_FORUM_ID));
    await screen.findAllByTestId('priority-link');
    expect(window.location.hash).toBe('#/');
  });

  it('show the window as usual when the setting cannot be read', async () => {
    vi.mocked(backend.getUiSetting).mockRejectedValue({ code: 'io', message: 'disk error' });
    render(App);
    await screen.findAllByTestId('priority-link');
    expect(screen.queryByTestId('first-run')).toBeNull();
  });
});
