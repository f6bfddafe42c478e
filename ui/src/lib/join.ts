// Joining a forum on a server: what the join form sends, and where and in which words a
// failed join is explained. The Rust side checks the address and the invite code
// (`invalid`, with the field), reaches the server (`network`), and passes on the server's
// refusal (`server`, its English reason inside the message) or a garbled answer (`protocol`).

import type { BackendError } from './errors';
import { has, i18n, t } from './i18n.svelte';

/** What a joining participant tells the forum's organizers, and no one else. */
export type JoinDetails = {
  name: string;
  affiliation: string;
  contact: string;
  group: string | null;
  region: string | null;
};

/** The join form's fields that show their own errors; `form` is the form as a whole. */
export type JoinField = 'server' | 'invite' | 'name' | 'group' | 'form';

/** Why a join failed, beside the field at fault (or for the whole form). `reason` is the
 * server's own words (English); `details` the Rust side's message, as technical details. */
export type JoinProblem = {
  field: JoinField;
  text: string;
  lang: string;
  reason?: string;
  details?: string;
};

/** The server's reason inside the Rust side's message, "the forum server refused the
 * request (403): this invite has been used up; …", without the prefix. */
export function serverReason(message: string): string {
  const match = /^the forum server refused the request \(\d+\):\s*(.*)$/s.exec(message);
  const reason = (match ? match[1]! : message).trim();
  return reason === '' ? message : reason;
}

/** The host a server address names, such as `forum.example.org`, to show it briefly. */
export function serverHost(address: string): string {
  const trimmed = address.trim();
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).host || trimmed;
  } catch {
    return trimmed;
  }
}

/** Where and how a failed join is explained. */
export function describeJoinError(error: BackendError): JoinProblem {
  const lang = i18n.locale;
  switch (error.code) {
    case 'invalid':
      if (error.field === 'server') return { field: 'server', text: t('join-invalid-server'), lang };
      if (error.field === 'invite') return { field: 'invite', text: t('join-invalid-invite'), lang };
      if (error.field === 'group') return { field: 'group', text: t('join-invalid-group'), lang };
      return { field: 'form', text: error.message, lang: 'en' };
    case 'server':
      return { field: 'form', text: t('join-refused'), lang, reason: serverReason(error.message) };
    case 'network':
      return { field: 'form', text: t('join-unreachable'), lang, details: error.message };
    default: {
      const specific = `error-${error.code}`;
      const text = has(specific) ? t(specific) : t('join-failed');
      return { field: 'form', text, lang, details: error.message };
    }
  }
}

/** The fields a join cannot go without, checked before anything is sent. */
export function missingJoinFields(values: {
  server: string;
  invite: string;
  name: string;
}): JoinProblem[] {
  const lang = i18n.locale;
  const problems: JoinProblem[] = [];
  if (values.server.trim() === '') {
    problems.push({ field: 'server', text: t('join-missing-server'), lang });
  }
  if (values.invite.trim() === '') {
    problems.push({ field: 'invite', text: t('join-missing-invite'), lang });
  }
  if (values.name.trim() === '') problems.push({ field: 'name', text: t('join-missing-name'), lang });
  return problems;
}
