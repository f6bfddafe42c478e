// Words and orderings for consolidation: amendments named in a sentence, which amendments are
// still open for a decision, and the overview's columns and how each sorts.

import type { AmendmentView } from './bindings/AmendmentView';
import type { OverviewRow } from './bindings/OverviewRow';
import { i18n, intlLocale, t } from './i18n.svelte';

/** Titles of amendments for a sentence, each quoted the way the UI language quotes, joined
 * as that language lists things ("‘A’, ‘B’ and ‘C’"). */
export function quotedTitles(titles: string[]): string {
  const quoted = titles.map((title) => t('quoted-title', { title }));
  return new Intl.ListFormat(intlLocale(i18n.locale), { type: 'conjunction' }).format(quoted);
}

/** Amendments organizers can still decide on: proposed and not hidden. */
export function openAmendments(amendments: AmendmentView[]): AmendmentView[] {
  return amendments.filter((a) => a.state === 'proposed' && a.hiddenReason === null);
}

/** What an amendment changes in the text as it stands now. */
export function changesFromCurrent(amendment: AmendmentView) {
  return amendment.diffFromCurrent ?? amendment.diffFromBase;
}

/** The comment kinds, in the order columns and lists show them. */
export const COMMENT_KINDS = ['support', 'concern', 'question', 'suggestion'] as const;

/** The overview's sortable columns. */
export const OVERVIEW_COLUMNS = [
  'priority',
  'support',
  'neutral',
  'oppose',
  ...COMMENT_KINDS.map((kind) => `comments-${kind}` as const),
  'amendments',
  'contention',
] as const;
export type OverviewColumn = (typeof OVERVIEW_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export type OverviewSort = { column: OverviewColumn; direction: SortDirection };

/** Most contested first, as organizers open the overview. */
export const DEFAULT_SORT: OverviewSort = { column: 'contention', direction: 'descending' };

/** A column's value in a row. `priority` sorts by reading order (the row's index). */
export function columnValue(row: OverviewRow, column: OverviewColumn, index: number): number {
  switch (column) {
    case 'priority':
      return index;
    case 'support':
    case 'neutral':
    case 'oppose':
      return row.positions[column];
    case 'amendments':
      return row.openAmendments;
    case 'contention':
      return row.contention;
    default:
      return row.comments[column.slice('comments-'.length)] ?? 0;
  }
}

/** The direction a column sorts in when first chosen: the statement's order for priorities,
 * the most first for counts. */
export function firstDirection(column: OverviewColumn): SortDirection {
  return column === 'priority' ? 'ascending' : 'descending';
}

/** The rows (given in reading order) sorted by `sort`; ties keep reading order. */
export function sortRows(rows: OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        sign * (columnValue(a.row, sort.column, a.index) - columnValue(b.row, sort.column, b.index)) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}
