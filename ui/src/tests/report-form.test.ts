// The incident report form refused: the problems are listed at the top (announced as an
// alert) and beside each field, and focus goes to the first field at fault in the form's
// order, where a keyboard user starts fixing; the list's links lead to each field.

import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { t } from '../lib/i18n.svelte';

/** A report complete but for two things: its title is too short and no harm is named. */
const ALMOST = {
  title: 'Dose',
  description: 'A health chatbot answered with ten times the dose.',
  record_kind: 'incident',
  ai_relation: 'contributing',
  date_occurred: { date: '2025-03', precision: 'month' },
  severity: 'serious_incident',
  harm_types: [],
  supporting_materials: [{ type: 'news', title: 'Nation Media', language: 'en', access: 'public' }],
  status: 'draft',
  tlp: 'GREEN',
  attribution: 'chatham_house',
  lang: 'en',
};

/** Opens a report form in the window, as Reports' New report does, with `report` saved in it
 * (else a new one). */
async function openReport(report?: Record<string, unknown>) {
  const id = await backend.newFormId();
  if (report) await backend.saveForm('report', id, { report, group: null, attachments: [] });
  history.replaceState(null, '', `#/reports/report/${id}`);
  render(App);
  return screen.findByTestId('report-form');
}

describe('a refused incident report', () => {
  it('puts focus on the first field at fault, in the form’s order, and names each field', async () => {
    const user = userEvent.setup();
    const form = await openReport(ALMOST);
    await user.click(within(form).getByTestId('report-submit'));

    const summary = await screen.findByTestId('form-problems');
    expect(summary.getAttribute('role')).toBe('alert');
    const listed = [...summary.querySelectorAll('li')].map((li) => li.dataset.field);
    expect(listed).toEqual(expect.arrayContaining(['title', 'harm_types']));
    await waitFor(() => expect(document.activeElement?.id).toBe('rf-title'));
    expect(document.getElementById('rf-title')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('rf-title-error')?.textContent).toContain(t('report-problem-title-length'));
    expect(document.getElementById('rf-harm_types-error')?.textContent).toContain(t('report-problem-harm-types'));
  });

  it('names every required field left out at once, with focus on the first', async () => {
    const user = userEvent.setup();
    const form = await openReport();
    await user.click(within(form).getByTestId('report-submit'));
    const summary = await screen.findByTestId('form-problems');
    const listed = [...summary.querySelectorAll('li')].map((li) => li.dataset.field);
    expect(listed).toEqual([
      'title',
      'description',
      'record_kind',
      'ai_relation',
      'date_occurred',
      'severity',
      'supporting_materials[0].type',
      'supporting_materials[0].access',
      'tlp',
    ]);
    await waitFor(() => expect(document.activeElement?.id).toBe('rf-title'));
  });

  it('puts focus on a field deep in the form when it is the one at fault', async () => {
    const user = userEvent.setup();
    const { type: _type, ...source } = ALMOST.supporting_materials[0]!;
    const form = await openReport({
      ...ALMOST,
      title: 'Chatbot gave wrong dosage advice',
      harm_types: ['physical'],
      supporting_materials: [source],
    });
    await user.click(within(form).getByTestId('report-submit'));
    await screen.findByTestId('form-problems');
    await waitFor(() => expect(document.activeElement?.id).toBe('rf-supporting_materials-0-type'));
  });

  it('leads from the list of problems to each field, with the keyboard', async () => {
    const user = userEvent.setup();
    const form = await openReport(ALMOST);
    await user.click(within(form).getByTestId('report-submit'));
    const summary = await screen.findByTestId('form-problems');
    await waitFor(() => expect(document.activeElement?.id).toBe('rf-title'));

    within(summary).getByRole('link', { name: t('report-field', { field: 'harm_types' }) }).focus();
    await user.keyboard('{Enter}');
    // The group's first box, the one Tab would reach.
    expect(document.activeElement?.id).toBe('rf-harm_types-physical');
    expect(window.location.hash).toMatch(/^#\/reports\/report\//);
  });
});

describe('a submitted incident report', () => {
  it('waits to be sent, as My contributions says', async () => {
    const user = userEvent.setup();
    const form = await openReport({ ...ALMOST, title: 'Chatbot gave wrong dosage advice', harm_types: ['physical'] });
    await user.click(within(form).getByTestId('report-submit'));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/report\//));
    window.location.hash = '#/mine';
    const mine = await screen.findByTestId('mine-submissions');
    const card = within(mine)
      .getAllByTestId('submission')
      .find((item) => item.textContent?.includes('Chatbot gave wrong dosage advice'));
    expect(card).toBeTruthy();
    expect(within(card!).getByTestId('submission-delivery').textContent?.trim()).toBe(
      t('contribution-status', { status: 'ready' }),
    );
  });
});
