// The incident report and input forms as the window edits them, and what the Rust side says
// about them. The form holds strings for every field (empty when not filled in); what is
// stored and submitted is the report's own JSON (its wire names, as the published schema has
// them), with fields not filled in left out, so the Rust side can name each one that is
// required. Fields the form does not edit (classifications and translations brought by an
// import, or fields of a later version of the format) are kept as they came. The rules a
// report must follow live on the Rust side only (crates/proto/src/report.rs); this module
// only places its answers beside the fields they name, in the reader's language where the
// message is one it knows.

import type { AttachmentView } from './bindings/AttachmentView';
import type { InputForm } from './bindings/InputForm';
import type { ReportForm } from './bindings/ReportForm';
import type { BackendError, FieldProblem } from './errors';
import { i18n, t } from './i18n.svelte';

/** An organization or group of people in a report, with a slug id (as the AI Incident
 * Database names entities). */
export type EntityFields = { id: string; name: string };

/** A source backing the report. */
export type MaterialFields = {
  title: string;
  url: string;
  type: string;
  date: string;
  language: string;
  access: string;
};

/** The report's date of occurrence, as typed: a precision and its parts. */
export type DateFields = { precision: string; year: string; month: string; day: string };

/** The lists of entities a report names. */
export const ENTITY_LISTS = ['developers', 'deployers', 'harmed_parties'] as const;
export type EntityList = (typeof ENTITY_LISTS)[number];

/** A report being filled in. */
export type ReportFields = {
  title: string;
  description: string;
  record_kind: string;
  ai_relation: string;
  date: DateFields;
  severity: string;
  harm_types: string[];
  supporting_materials: MaterialFields[];
  status: string;
  tlp: string;
  attribution: string;
  lang: string;
  countries: string[];
  ai_system: { name: string; version: string };
  developers: EntityFields[];
  deployers: EntityFields[];
  harmed_parties: EntityFields[];
  sectors: string[];
  /** `yes`, `no`, or empty when not known. */
  is_security_incident: string;
  procedure: string[];
  actions_taken: string;
  /** Fields this form does not edit, kept as they came. */
  kept: Record<string, unknown>;
};

/** A report form as the window holds it. */
export type ReportEditForm = { report: ReportFields; group: string; attachments: AttachmentView[] };

/** The fields this form edits, by their wire names. */
const EDITED = new Set([
  'title',
  'description',
  'record_kind',
  'ai_relation',
  'date_occurred',
  'severity',
  'harm_types',
  'supporting_materials',
  'status',
  'tlp',
  'attribution',
  'lang',
  'countries',
  'ai_system',
  'developers',
  'deployers',
  'harmed_parties',
  'sectors',
  'is_security_incident',
  'procedure',
  'actions_taken',
]);

/** A source with nothing filled in but its language. */
export function emptyMaterial(language: string): MaterialFields {
  return { title: '', url: '', type: '', date: '', language, access: '' };
}

/** A new report in `lang`: a draft, under the Chatham House Rule, with one source to fill in.
 * Everything that says something about the event is left for the reporter to choose. */
export function emptyReport(lang: string): ReportEditForm {
  return {
    report: {
      title: '',
      description: '',
      record_kind: '',
      ai_relation: '',
      date: { precision: 'day', year: '', month: '', day: '' },
      severity: '',
      harm_types: [],
      supporting_materials: [emptyMaterial(lang)],
      status: 'draft',
      tlp: '',
      attribution: 'chatham_house',
      lang,
      countries: [],
      ai_system: { name: '', version: '' },
      developers: [],
      deployers: [],
      harmed_parties: [],
      sectors: [],
      is_security_incident: '',
      procedure: [],
      actions_taken: '',
      kept: {},
    },
    group: '',
    attachments: [],
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const object = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** A date written YYYY, YYYY-MM or YYYY-MM-DD, and its precision, as the form's parts. */
export function dateFields(date: string, precision: string): DateFields {
  const [year = '', month = '', day = ''] = date.split('-');
  return { precision: precision || 'day', year, month, day };
}

/** The form's date as the report writes it; null when nothing is typed. Parts are written as
 * typed (a month of one digit gets its zero), so that a wrong one is refused, not guessed. */
export function dateOf(fields: DateFields): { date: string; precision: string } | null {
  const year = fields.year.trim();
  const pad = (part: string) => (/^\d$/.test(part.trim()) ? `0${part.trim()}` : part.trim());
  const month = pad(fields.month);
  const day = pad(fields.day);
  if (year === '' && month === '' && day === '') return null;
  const parts =
    fields.precision === 'year'
      ? [year]
      : fields.precision === 'month'
        ? [year, month]
        : [year, month, day];
  return { date: parts.join('-'), precision: fields.precision };
}

/** A stored report form (its report JSON), as the form edits it. */
export function reportFields(report: Record<string, unknown>, fallbackLang: string): ReportFields {
  const kept = Object.fromEntries(Object.entries(report).filter(([key]) => !EDITED.has(key)));
  const lang = text(report.lang) || fallbackLang;
  const date = object(report.date_occurred);
  const system = object(report.ai_system);
  const entities = (value: unknown): EntityFields[] =>
    list(value).map((e) => ({ id: text(object(e).id), name: text(object(e).name) }));
  return {
    title: text(report.title),
    description: text(report.description),
    record_kind: text(report.record_kind),
    ai_relation: text(report.ai_relation),
    date: dateFields(text(date.date), text(date.precision)),
    severity: text(report.severity),
    harm_types: list(report.harm_types).map(text),
    supporting_materials: list(report.supporting_materials).map((m) => {
      const material = object(m);
      return {
        title: text(material.title),
        url: text(material.url),
        type: text(material.type),
        date: text(material.date),
        language: text(material.language) || lang,
        access: text(material.access),
      };
    }),
    status: text(report.status),
    tlp: text(report.tlp),
    attribution: text(report.attribution),
    lang,
    countries: list(report.countries).map(text),
    ai_system: { name: text(system.name), version: text(system.version) },
    developers: entities(report.developers),
    deployers: entities(report.deployers),
    harmed_parties: entities(report.harmed_parties),
    sectors: list(report.sectors).map(text),
    is_security_incident:
      report.is_security_incident === true ? 'yes' : report.is_security_incident === false ? 'no' : '',
    procedure: list(report.procedure).map(text),
    actions_taken: text(report.actions_taken),
    kept,
  };
}

/** The form's report as JSON in the published format: what is not filled in is left out,
 * so that a required field missing is named as such. */
export function reportJson(fields: ReportFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value === '' || value === null || value === undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    out[key] = value;
  };
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  put('title', fields.title);
  put('description', fields.description);
  put('record_kind', fields.record_kind);
  put('ai_relation', fields.ai_relation);
  put('date_occurred', dateOf(fields.date));
  put('severity', fields.severity);
  // Required lists are written even when empty: "name at least one" says more than "missing".
  out.harm_types = [...fields.harm_types];
  out.supporting_materials = fields.supporting_materials.map((m) => {
    const material: Record<string, unknown> = {};
    if (optional(m.url)) material.url = m.url.trim();
    if (m.type) material.type = m.type;
    material.title = m.title;
    if (optional(m.date)) material.date = m.date.trim();
    if (m.language) material.language = m.language;
    if (m.access) material.access = m.access;
    return material;
  });
  put('status', fields.status);
  put('tlp', fields.tlp);
  put('attribution', fields.attribution);
  put('lang', fields.lang);
  put('countries', [...fields.countries]);
  if (fields.ai_system.name.trim() !== '' || fields.ai_system.version.trim() !== '') {
    const system: Record<string, unknown> = { name: fields.ai_system.name };
    if (optional(fields.ai_system.version)) system.version = fields.ai_system.version.trim();
    out.ai_system = system;
  }
  for (const key of ENTITY_LISTS) {
    put(
      key,
      fields[key].map((e) => ({ id: e.id, name: e.name })),
    );
  }
  put('sectors', [...fields.sectors]);
  if (fields.is_security_incident === 'yes') out.is_security_incident = true;
  if (fields.is_security_incident === 'no') out.is_security_incident = false;
  put(
    'procedure',
    fields.procedure.map((p) => p.trim()).filter((p) => p !== ''),
  );
  put('actions_taken', optional(fields.actions_taken));
  return { ...fields.kept, ...out };
}

/** A stored report form as the window edits it. */
export function editForm(stored: ReportForm, fallbackLang: string): ReportEditForm {
  return {
    report: reportFields(stored.report, fallbackLang),
    group: stored.group ?? '',
    attachments: stored.attachments.map((a) => ({ ...a })),
  };
}

/** The form as stored and submitted. */
export function storedForm(form: ReportEditForm): ReportForm {
  return {
    report: reportJson(form.report),
    group: form.group === '' ? null : form.group,
    attachments: form.attachments,
  };
}

/** A new input in `language`, shown by pseudonym only. */
export function emptyInput(language: string): InputForm {
  return {
    title: '',
    body: '',
    priorities: [],
    group: null,
    language,
    attribution: 'pseudonym',
    attachments: [],
  };
}

// ---- what the Rust side says about a form ---------------------------------------------------

/** A field path as the report rules write it: `supporting_materials[0].title`. An import's
 * problems come as `supporting_materials.0.title` (from a JSON Pointer): the same field. */
export function normalizePath(path: string): string {
  return path
    .trim()
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** Every field at fault in a refused submit, with normalized paths: the Rust side's list, or
 * the one field an `invalid` error names. Empty for other failures. */
export function fieldProblems(error: BackendError | null): FieldProblem[] {
  if (!error) return [];
  if (error.fields && error.fields.length > 0) {
    return error.fields.map((p) => ({ field: normalizePath(p.field), message: p.message }));
  }
  if (error.code === 'invalid' && error.field) {
    // A single field: its message comes as "field: message" from some rules.
    const prefix = `${error.field}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return [{ field: normalizePath(error.field), message }];
  }
  return [];
}

/** Whether a problem at `path` concerns `field` (itself, or anything inside it). */
export function concerns(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/** The Rust side's messages that the reader's language words itself, each with the Fluent
 * message saying the same (crates/proto/src/report.rs and crates/core/src/reports.rs; a test
 * checks that each English text is still there). */
export const KNOWN_PROBLEMS: Record<string, () => string> = {
  'is required': () => t('report-problem-required'),
  'must be 6 to 500 characters': () => t('report-problem-title-length'),
  'is too long': () => t('report-problem-too-long'),
  'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, as precise as its precision says': () =>
    t('report-problem-date'),
  'name at least one kind of harm': () => t('report-problem-harm-types'),
  'give at least one source': () => t('report-problem-sources'),
  'must be an http(s) address': () => t('report-problem-url'),
  'must be written YYYY, YYYY-MM or YYYY-MM-DD': () => t('report-problem-material-date'),
  'must be an ISO 3166-1 alpha-2 code such as KE or FR': () => t('report-problem-country'),
  'is required when an AI system is given': () => t('report-problem-ai-system-name'),
  'must be a slug such as acme-labs': () => t('report-problem-slug'),
  'must be an ISIC section (A-U) or division (01-99)': () => t('report-problem-sector'),
  'must be a MITRE ATLAS technique such as AML.T0051 or AML.T0051.000': () => t('report-problem-procedure'),
  'attack techniques are for security incidents': () => t('report-problem-procedure-security'),
  'must be JSON': () => t('report-problem-json'),
  'choose how you are shown': () => t('input-problem-attribution'),
};

/** The words for a problem, and their language: the reader's where the message is known,
 * else the Rust side's English. */
export function problemText(problem: FieldProblem): { text: string; lang: string } {
  const known = KNOWN_PROBLEMS[problem.message];
  return known ? { text: known(), lang: i18n.locale } : { text: problem.message, lang: 'en' };
}

/** The id of the element a field path is edited in (`rf-` + the path's parts). */
export function fieldDomId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\[(\d+)\]/g, '-$1').replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The element a field path is edited in: its own, else the nearest enclosing field's (a
 * row's, a group's), else null. */
export function fieldElement(prefix: string, path: string): HTMLElement | null {
  let p = path;
  for (;;) {
    const found = document.getElementById(fieldDomId(prefix, p));
    if (found) return found;
    const shorter = p.replace(/(\[\d+\]|\.[a-z_]+)$/, '');
    if (shorter === p || shorter === '') return null;
    p = shorter;
  }
}

/** The control a keyboard user lands on for a field path: the field itself when it is a
 * control, else the first control inside it (a radio group's chosen radio when it has one). */
export function fieldControl(prefix: string, path: string): HTMLElement | null {
  const found = fieldElement(prefix, path);
  if (!found || found.matches('input, select, textarea, button')) return found;
  return (
    found.querySelector<HTMLElement>('input[type=radio]:checked') ??
    found.querySelector<HTMLElement>('input, select, textarea, button') ??
    found
  );
}

/** Puts focus on the first field at fault, in the form's order, so that a refused submit
 * leaves the reader where the fixing starts. False when none of them is in the page. */
export function focusFirstProblem(prefix: string, problems: readonly FieldProblem[]): boolean {
  const controls = problems
    .map((problem) => fieldControl(prefix, problem.field))
    .filter((control): control is HTMLElement => control !== null);
  const first = controls.reduce<HTMLElement | null>(
    (best, control) =>
      best === null || best.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_PRECEDING ? control : best,
    null,
  );
  first?.focus();
  return first !== null && document.activeElement === first;
}

/** The fields of a report the form shows, by their wire names; each has a label
 * `report-field` ($field). */
export const REPORT_FIELD_NAMES = [
  'title',
  'description',
  'record_kind',
  'ai_relation',
  'date_occurred',
  'severity',
  'harm_types',
  'supporting_materials',
  'status',
  'tlp',
  'attribution',
  'lang',
  'countries',
  'ai_system',
  'developers',
  'deployers',
  'harmed_parties',
  'sectors',
  'is_security_incident',
  'procedure',
  'actions_taken',
  'classifications',
  'translations',
  'group',
  'attachments',
] as const;

/** The parts of a row that have labels of their own (`report-subfield`). */
export const REPORT_SUBFIELD_NAMES = [
  'title',
  'url',
  'type',
  'date',
  'language',
  'access',
  'name',
  'id',
  'version',
  'precision',
  'namespace',
  'attributes',
  'value_json',
] as const;

/** What a field path is called in the summary of problems, such as "Source 2 · Title". */
export function fieldLabel(path: string): string {
  const parts = [...path.matchAll(/([a-z_]+)(?:\[(\d+)\])?/g)];
  const words = parts.map(([, name, index], at) => {
    if (index !== undefined) return t('report-field-row', { field: name!, row: Number(index) + 1 });
    const known = at === 0 ? (REPORT_FIELD_NAMES as readonly string[]) : REPORT_SUBFIELD_NAMES;
    if (!known.includes(name!)) return name!;
    return t(at === 0 ? 'report-field' : 'report-subfield', { field: name! });
  });
  return words.join(' · ') || path;
}

// ---- what a form offers -----------------------------------------------------------------

/** An entity's id made from its name: lower-case ASCII letters and digits joined by single
 * hyphens, at most 64 characters; empty when the name has no Latin letters or digits (the
 * reporter then types one). */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Why a report cannot go to the AI Incident Database, or null when it can: it must be
 * TLP:CLEAR, not withdrawn, with a public source that has an address and a date (what
 * crates/core/src/report_format.rs requires). */
export function aiidBlocker(report: Record<string, unknown>): 'tlp' | 'withdrawn' | 'source' | null {
  if (report.tlp !== 'CLEAR') return 'tlp';
  if (report.status === 'withdrawn') return 'withdrawn';
  const source = list(report.supporting_materials)
    .map(object)
    .find((m) => m.access === 'public' && text(m.url) !== '');
  if (!source || text(source.date) === '') return 'source';
  return null;
}

/** A country's name in the reader's language, such as "Kenya" for KE. */
export function countryName(code: string, locale: string = i18n.locale): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A date known to a precision, in the reader's language: "2024", "May 2024" or
 * "17 May 2024"; as written when it is not a date. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || Number.isNaN(year)) return date;
  try {
    if (month === undefined) return new Intl.DateTimeFormat(i18n.locale, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, 0, 15));
    if (Number.isNaN(month) || month < 1 || month > 12) return date;
    if (day === undefined) {
      return new Intl.DateTimeFormat(i18n.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(year, month - 1, 15),
      );
    }
    if (Number.isNaN(day)) return date;
    return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, day),
    );
  } catch {
    return date;
  }
}

/** A sector's name: an ISIC section by its name, a division by its number. */
export function sectorName(code: string): string {
  return /^[A-U]$/.test(code)
    ? t('report-sector', { section: code })
    : t('report-sector-division', { division: code });
}
