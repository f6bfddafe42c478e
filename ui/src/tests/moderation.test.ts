// Organizers hide civil-society input from their list of submissions, through the mock backend:
// with a reason, only input (reports cannot be hidden), only for organizers; the input leaves
// the list as hidden comments leave theirs, its author alone still sees it with the reason, and
// the public log says that input was hidden and why, never what it said.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { store } from '../lib/backend.mock';
import { FIXTURE_INPUT_ID } from '../lib/fixture-reports';

const text = (element: Element | null) =>
  (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

const INPUT_TITLE = 'Reporting must work offline';

function open(hash: string) {
  history.replaceState(null, '', hash);
  return render(App);
}

function card(kind: string, id?: string): HTMLElement {
  const found = screen
    .getAllByTestId('submission')
    .find((el) => el.dataset.kind === kind && (id === undefined || el.dataset.id === id));
  if (!found) throw new Error(`no ${kind} ${id ?? ''} in the list`);
  return found;
}

/** Submits an input as this device, as the input form does; returns its id. */
async function submitOwnInput(title: string): Promise<string> {
  const id = await backend.newFormId();
  await backend.saveForm('input', id, {
    title,
    body: 'Some text.',
    priorities: ['pri-incident-reporting'],
    group: null,
    language: 'en',
    attribution: 'pseudonym',
    attachments: [],
  });
  await backend.submitInput(id);
  return id;
}

describe('hiding civil-society input', () => {
  it('organizers hide an input with a reason: it leaves the list and the log says only that and why', async () => {
    const user = userEvent.setup();
    open('#/submissions');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Submissions' });
    const input = card('input', FIXTURE_INPUT_ID);
    expect(text(input)).toContain(INPUT_TITLE);
    // Only input can be hidden: no report offers it.
    for (const report of screen.getAllByTestId('submission').filter((el) => el.dataset.kind === 'report')) {
      expect(within(report).queryByTestId('hide-input')).toBeNull();
    }
    const before = screen.getAllByTestId('submission').length;

    await user.click(within(input).getByTestId('hide-input'));
    expect(text(within(input).getByTestId('hide-form'))).toContain('Why hide this input?');
    expect(document.activeElement).toBe(within(input).getByTestId('hide-form-reason'));
    // A reason is required.
    await user.click(within(input).getByTestId('hide-form-submit'));
    expect(backend.hideContribution).not.toHaveBeenCalled();
    expect(text(input)).toContain('Say why it is hidden.');

    await user.type(within(input).getByTestId('hide-form-reason'), 'Advertising, not input.');
    await user.click(within(input).getByRole('button', { name: 'Hide the input' }));
    expect(backend.hideContribution).toHaveBeenCalledWith('input', FIXTURE_INPUT_ID, 'Advertising, not input.');
    await waitFor(() => expect(screen.queryByText(INPUT_TITLE)).toBeNull());
    expect(screen.getAllByTestId('submission')).toHaveLength(before - 1);
    expect(text(screen.getByTestId('submissions-announcement'))).toBe('The input is hidden.');
    expect(document.activeElement).toBe(heading);

    await user.click(screen.getByTestId('nav-decisions'));
    const entries = await screen.findAllByTestId('log-entry');
    expect(entries[0]!.dataset.kind).toBe('hidden');
    expect(text(entries[0]!)).toContain('Civil-society input was hidden.');
    expect(text(entries[0]!)).toContain('Why: Advertising, not input.');
    expect(text(screen.getByRole('main'))).not.toContain(INPUT_TITLE);
  });

  it('a refusal is shown in the form that asked why, and the input stays', async () => {
    const user = userEvent.setup();
    open('#/submissions');
    await screen.findByRole('heading', { level: 1, name: 'Submissions' });
    const input = card('input', FIXTURE_INPUT_ID);
    await user.click(within(input).getByTestId('hide-input'));
    await user.type(within(input).getByTestId('hide-form-reason'), 'Off topic.');
    vi.mocked(backend.hideContribution).mockRejectedValueOnce({ code: 'io', message: 'the disk is full' });
    await user.click(within(input).getByTestId('hide-form-submit'));
    const error = await within(input).findByTestId('hide-form-error');
    expect(text(error)).toContain('the disk is full');
    expect(text(card('input', FIXTURE_INPUT_ID))).toContain(INPUT_TITLE);
  });

  it('its author still sees their hidden input, marked hidden with the reason, and cannot hide it again', async () => {
    const id = await submitOwnInput('My duplicated input');
    await backend.hideContribution('input', id, 'Posted twice.');
    open('#/reports');
    const mine = await screen.findByTestId('reports-mine');
    const own = within(mine)
      .getAllByTestId('submission')
      .find((el) => el.dataset.id === id)!;
    expect(text(within(own).getByTestId('hidden-note'))).toBe(
      'The organizers hid this from everyone but you. Their reason: Posted twice.',
    );
    expect(within(own).queryByTestId('hide-input')).toBeNull();

    // On the organizers' list it is still theirs, so it stays there, marked, without Hide.
    history.replaceState(null, '', '#/submissions');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('heading', { level: 1, name: 'Submissions' });
    const listed = card('input', id);
    expect(within(listed).getByTestId('hidden-reason').textContent).toBe('Posted twice.');
    expect(within(listed).queryByTestId('hide-input')).toBeNull();
    expect(within(card('input', FIXTURE_INPUT_ID)).getByTestId('hide-input')).toBeTruthy();
  });

  it('is offered to organizers only', async () => {
    store.role = 'delegate';
    open('#/reports');
    await screen.findByTestId('reports-others');
    expect(card('input', FIXTURE_INPUT_ID)).toBeTruthy();
    expect(screen.queryByTestId('hide-input')).toBeNull();
    await expect(backend.hideContribution('input', FIXTURE_INPUT_ID, 'No.')).rejects.toMatchObject({ code: 'invalid' });
  });
});
