// The identity details a user is willing to disclose, per contribution.

import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../App.svelte';
import * as backend from '../lib/backend';
import { t } from '../lib/i18n.svelte';

describe('settings', () => {
  it('stores identity details, empty ones as not given, with regions named in Fluent', async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('nav-settings'));
    await screen.findByRole('heading', { level: 1, name: t('settings-heading') });
    expect(screen.getByText(t('identity-explain'))).toBeTruthy();

    const region = screen.getByLabelText(t('identity-region')) as HTMLSelectElement;
    expect([...region.options].map((o) => `${o.value}:${o.textContent?.trim()}`)).toEqual([
      ':Not given',
      '002:Africa',
      '019:Americas',
      '142:Asia',
      '150:Europe',
      '009:Oceania',
    ]);
    const group = screen.getByLabelText(t('identity-group')) as HTMLSelectElement;
    expect([...group.options].map((o) => o.value)).toEqual([
      '',
      'government',
      'academia',
      'industry',
      'civil_society',
      'international_organization',
      'other',
    ]);

    await user.type(screen.getByLabelText(t('identity-name')), '  Amina Diallo ');
    await user.selectOptions(group, 'academia');
    await user.selectOptions(region, '002');
    await user.click(screen.getByTestId('identity-save'));
    await screen.findByTestId('identity-saved');
    expect(backend.setIdentityDetails).toHaveBeenCalledWith({
      name: 'Amina Diallo',
      affiliation: null,
      group: 'academia',
      region: '002',
    });

    // A composer no longer warns that the details are missing.
    history.replaceState(null, '', '#/priority/pri-incident-reporting');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await user.click(await screen.findByTestId('add-comment'));
    await user.click(await screen.findByTestId('attribution-group_and_region'));
    await waitFor(() => expect(backend.getIdentityDetails).toHaveBeenCalledTimes(2));
    expect(screen.queryByTestId('attribution-missing')).toBeNull();
  });
});
