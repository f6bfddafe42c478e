// The fixture store's civil-society input and incident reports (see fixture-store.ts): forms
// saved as typed, reports and input submitted, group accounts, endorsements, organizers'
// triage, attachments in chunks fetched on demand, and report files. Its rules follow the
// Rust side's where the UI can tell: a report is read as serde reads it (the first field
// missing or of the wrong kind ends the reading), then checked with every rule of
// crates/proto/src/report.rs; an import is checked against the schema first, which names
// every field at fault at once. Never part of a production build.
//
// Sample data: four reports and one input by other participants (one TLP:RED, which only
// organizers see; one withdrawn; one whose attachment the server cannot send, so fetching it
// stops partway), one report of the fixture user's own (TLP:CLEAR with a dated public
// source, so it can go to the AI Incident Database), and one group the user belongs to.

import type { AttachmentView } from './bindings/AttachmentView';
import type { AuthorLabel } from './bindings/AuthorLabel';
import type { GroupView } from './bindings/GroupView';
import type { InputForm } from './bindings/InputForm';
import type { ReportForm } from './bindings/ReportForm';
import type { ReportView } from './bindings/ReportView';
import type { SubmissionFilter } from './bindings/SubmissionFilter';
import type { SubmissionItem } from './bindings/SubmissionItem';
import { fixtureHtml } from './fixture-translations';
import { you } from './fixtures';
import {
  ACCESS_LEVELS,
  AI_RELATIONS,
  ATTACHMENT_TYPES,
  COUNTRIES,
  DATE_PRECISIONS,
  HARM_TYPES,
  MATERIAL_KINDS,
  MAX_ATTACHMENT_BYTES,
  ORGANIZERS_ONLY_TLP,
  RECORD_KINDS,
  REPORT_ATTRIBUTIONS,
  REPORT_STATUSES,
  SEVERITIES,
  TLP_LEVELS,
  TRIAGE_STATES,
} from './vocabularies';

type Json = Record<string, unknown>;
type Problem = { field: string; message: string };

/** A form saved on this device, as `my_forms` lists it. */
export type FixtureFormItem = { kind: string; id: string; title: string; updatedMs: number };

type StoredReport = {
  id: string;
  content: Json;
  attachments: AttachmentView[];
  author: AuthorLabel;
  group: string | null;
  createdMs: number;
  updatedMs: number;
};

type StoredInput = {
  id: string;
  form: InputForm;
  author: AuthorLabel;
  withdrawn: boolean;
  createdMs: number;
  updatedMs: number;
};

type StoredGroup = { id: string; name: string; members: Set<string>; mine: boolean };

const CHUNK_BYTES = 64 * 1024;

/** This device's public key, as `device_key` returns it. */
export const FIXTURE_DEVICE_KEY = 'c0ffee00'.repeat(8);

export const FIXTURE_REPORT_IDS = {
  chatbot: '0193f2c0-1111-7000-8000-000000000001',
  red: '0193f2c0-1111-7000-8000-000000000002',
  withdrawn: '0193f2c0-1111-7000-8000-000000000003',
  stalled: '0193f2c0-1111-7000-8000-000000000004',
  mine: '0193f2c0-1111-7000-8000-000000000005',
};
export const FIXTURE_INPUT_ID = '0193f2c0-2222-7000-8000-000000000001';
export const FIXTURE_GROUP_ID = '0193f2c0-3333-7000-8000-000000000001';

function invalid(field: string, message: string) {
  return { code: 'invalid', field, message: `${field}: ${message}` };
}

function refused(problems: Problem[]) {
  return {
    code: 'invalid',
    message: problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; '),
    field: problems[0]?.field,
    fields: problems,
  };
}

function notFound(what: string) {
  return { code: 'not-found', message: `${what} was not found` };
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A hexadecimal "hash" of text, long enough to look like SHA-256. Not cryptographic. */
function fakeHash(text: string): string {
  let h = 2166136261;
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    h = Math.imul(h ^ round, 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

function attachment(name: string, mediaType: string, size: number, available: boolean): AttachmentView {
  const hash = fakeHash(`${name}:${size}`);
  const chunks = Array.from({ length: Math.ceil(size / CHUNK_BYTES) }, (_, i) => fakeHash(`${hash}:${i}`));
  return { hash, name, mediaType, size, chunks, available };
}

// ---- reading a report as the Rust side does --------------------------------------------------

const ENUMS: Record<string, readonly string[]> = {
  record_kind: RECORD_KINDS,
  ai_relation: AI_RELATIONS,
  severity: SEVERITIES,
  status: REPORT_STATUSES,
  tlp: TLP_LEVELS,
  attribution: REPORT_ATTRIBUTIONS,
};

const REQUIRED = [
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
];

const NESTED_REQUIRED: Record<string, string[]> = {
  date_occurred: ['date', 'precision'],
  supporting_materials: ['type', 'title', 'language', 'access'],
  ai_system: ['name'],
  developers: ['id', 'name'],
  deployers: ['id', 'name'],
  harmed_parties: ['id', 'name'],
  classifications: ['namespace', 'attributes'],
  translations: ['lang', 'title', 'description'],
};

function variant(value: unknown, allowed: readonly string[]): string | null {
  if (typeof value !== 'string') return `invalid type: expected one of ${allowed.join(', ')}`;
  return allowed.includes(value) ? null : `unknown variant \`${value}\`, expected one of ${allowed.join(', ')}`;
}

/** What serde finds first when reading the form's JSON as a report (only one: reading stops
 * there), or null. */
function readingProblem(report: Json): Problem | null {
  for (const key of Object.keys(report).sort()) {
    const value = report[key];
    const at = (field: string, message: string): Problem => ({ field, message });
    if (key in ENUMS) {
      const problem = variant(value, ENUMS[key]!);
      if (problem) return at(key, problem);
    } else if (key === 'harm_types') {
      if (!Array.isArray(value)) return at(key, 'invalid type: expected a sequence');
      for (const [i, item] of value.entries()) {
        const problem = variant(item, HARM_TYPES);
        if (problem) return at(`${key}[${i}]`, problem);
      }
    } else if (key === 'lang' || key === 'countries' || key === 'sectors' || key === 'procedure') {
      if (key === 'lang' && (typeof value !== 'string' || !LANGUAGE.test(value))) {
        return at(key, `'${String(value)}' is not a language tag`);
      }
    } else if (key in NESTED_REQUIRED) {
      const items = key === 'date_occurred' || key === 'ai_system' ? [value] : value;
      if (!Array.isArray(items)) return at(key, 'invalid type: expected a sequence');
      for (const [i, item] of items.entries()) {
        const path = Array.isArray(value) ? `${key}[${i}]` : key;
        if (!isObject(item)) return at(path, 'invalid type: expected a map');
        for (const [field, allowed] of [
          ['precision', DATE_PRECISIONS],
          ['type', MATERIAL_KINDS],
          ['access', ACCESS_LEVELS],
        ] as const) {
          if (field in item && (key === 'date_occurred' || key === 'supporting_materials')) {
            const problem = variant(item[field], allowed);
            if (problem) return at(`${path}.${field}`, problem);
          }
        }
        for (const field of ['language', 'lang']) {
          if (field in item && (typeof item[field] !== 'string' || !LANGUAGE.test(item[field] as string))) {
            return at(`${path}.${field}`, `'${String(item[field])}' is not a language tag`);
          }
        }
        const missing = NESTED_REQUIRED[key]!.find((field) => !(field in item));
        if (missing) return at(`${path}.${missing}`, 'is required');
      }
    }
  }
  const missing = REQUIRED.find((field) => !(field in report));
  return missing ? { field: missing, message: 'is required' } : null;
}

function isPartialDate(date: string, precision: string): boolean {
  const parts = date.split('-');
  const digits = (s: string | undefined, n: number) => s !== undefined && s.length === n && /^\d+$/.test(s);
  const shape =
    (precision === 'year' && parts.length === 1 && digits(parts[0], 4)) ||
    (precision === 'month' && parts.length === 2 && digits(parts[0], 4) && digits(parts[1], 2)) ||
    (precision === 'day' && parts.length === 3 && digits(parts[0], 4) && digits(parts[1], 2) && digits(parts[2], 2));
  if (!shape) return false;
  const [y, m, d] = parts.map(Number) as [number, number | undefined, number | undefined];
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && m !== undefined) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
    if (d < 1 || d > days) return false;
  }
  return true;
}

function precisionOf(date: string): string | null {
  return ['year', 'month', 'day'][date.split('-').length - 1] ?? null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Every rule a readable report breaks (IncidentReport::problems). */
export function reportRules(r: Json): Problem[] {
  const out: Problem[] = [];
  const err = (field: string, message: string) => out.push({ field, message });
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  const arr = (value: unknown) => (Array.isArray(value) ? value : []);
  const title = str(r.title).trim();
  const chars = Array.from(title).length;
  if (chars === 0) err('title', 'is required');
  else if (chars < 6 || chars > 500) err('title', 'must be 6 to 500 characters');
  if (str(r.description).trim() === '') err('description', 'is required');
  if (bytes(str(r.description)) > 32 * 1024) err('description', 'is too long');
  if (bytes(str(r.actions_taken)) > 32 * 1024) err('actions_taken', 'is too long');
  const date = isObject(r.date_occurred) ? r.date_occurred : {};
  if (!isPartialDate(str(date.date), str(date.precision))) {
    err(
      'date_occurred',
      'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, as precise as its precision says',
    );
  }
  if (arr(r.harm_types).length === 0) err('harm_types', 'name at least one kind of harm');
  const materials = arr(r.supporting_materials).filter(isObject);
  if (materials.length === 0) err('supporting_materials', 'give at least one source');
  materials.forEach((m, i) => {
    if (str(m.title).trim() === '') err(`supporting_materials[${i}].title`, 'is required');
    if (typeof m.url === 'string' && !/^https?:\/\//.test(m.url)) {
      err(`supporting_materials[${i}].url`, 'must be an http(s) address');
    }
    if (typeof m.date === 'string') {
      const precision = precisionOf(m.date);
      if (!precision || !isPartialDate(m.date, precision)) {
        err(`supporting_materials[${i}].date`, 'must be written YYYY, YYYY-MM or YYYY-MM-DD');
      }
    }
  });
  arr(r.countries).forEach((c, i) => {
    if (!COUNTRIES.includes(str(c))) {
      err(`countries[${i}]`, 'must be an ISO 3166-1 alpha-2 code such as KE or FR');
    }
  });
  if (isObject(r.ai_system) && str(r.ai_system.name).trim() === '') {
    err('ai_system.name', 'is required when an AI system is given');
  }
  for (const list of ['developers', 'deployers', 'harmed_parties']) {
    arr(r[list])
      .filter(isObject)
      .forEach((e, i) => {
        if (str(e.name).trim() === '') err(`${list}[${i}].name`, 'is required');
        if (!SLUG.test(str(e.id)) || str(e.id).length > 64) {
          err(`${list}[${i}].id`, 'must be a slug such as acme-labs');
        }
      });
  }
  arr(r.sectors).forEach((s, i) => {
    if (!/^([A-U]|0[1-9]|[1-9][0-9])$/.test(str(s))) {
      err(`sectors[${i}]`, 'must be an ISIC section (A-U) or division (01-99)');
    }
  });
  arr(r.procedure).forEach((p, i) => {
    if (!/^AML\.T\d{4}(\.\d{3})?$/.test(str(p))) {
      err(`procedure[${i}]`, 'must be a MITRE ATLAS technique such as AML.T0051 or AML.T0051.000');
    }
  });
  if (arr(r.procedure).length > 0 && r.is_security_incident === false) {
    err('procedure', 'attack techniques are for security incidents');
  }
  arr(r.classifications)
    .filter(isObject)
    .forEach((c, i) => {
      if (str(c.namespace).trim() === '') err(`classifications[${i}].namespace`, 'is required');
      arr(c.attributes)
        .filter(isObject)
        .forEach((a, j) => {
          try {
            JSON.parse(str(a.value_json));
          } catch {
            err(`classifications[${i}].attributes[${j}].value_json`, 'must be JSON');
          }
        });
    });
  arr(r.translations)
    .filter(isObject)
    .forEach((tr, i) => {
      if (str(tr.title).trim() === '') err(`translations[${i}].title`, 'is required');
    });
  return out;
}

/** Every required field the form leaves out (or null), in the form's order, as
 * crates/core/src/reports.rs names them before reading the rest. */
function missingFields(report: Json): Problem[] {
  const absent = (object: Json, key: string) => object[key] === undefined || object[key] === null;
  const required = (field: string): Problem => ({ field, message: 'is required' });
  const out: Problem[] = [];
  for (const key of REQUIRED) {
    const value = report[key];
    if (absent(report, key)) {
      out.push(required(key));
    } else if (key === 'date_occurred' && isObject(value)) {
      out.push(...NESTED_REQUIRED[key]!.filter((k) => absent(value, k)).map((k) => required(`${key}.${k}`)));
    } else if (key === 'supporting_materials' && Array.isArray(value)) {
      value.forEach((material, i) => {
        if (!isObject(material)) return;
        out.push(
          ...NESTED_REQUIRED[key]!.filter((k) => absent(material, k)).map((k) => required(`${key}[${i}].${k}`)),
        );
      });
    }
  }
  return out;
}

/** A form's report as `submit_report` reads it: every required field left out; else the
 * first reading problem; else every rule broken. */
export function formProblems(report: Json): Problem[] {
  const missing = missingFields(report);
  if (missing.length > 0) return missing;
  const reading = readingProblem(report);
  return reading ? [reading] : reportRules(report);
}

// ---- the store -------------------------------------------------------------------------------

const other = (pseudonym: string, over: Partial<AuthorLabel> = {}): AuthorLabel => ({
  pseudonym,
  group: null,
  region: null,
  name: null,
  affiliation: null,
  isYou: false,
  ...over,
});

const DAY = 24 * 60 * 60 * 1000;

export class ReportFixtures {
  #forms = new Map<string, { kind: string; content: unknown; updatedMs: number }>();
  #reports = new Map<string, StoredReport>();
  #inputs = new Map<string, StoredInput>();
  #groups = new Map<string, StoredGroup>();
  #triage = new Map<string, { state: string; note: string | null }>();
  #endorsements = new Map<string, Set<string>>();
  /** Input organizers hid, with the reason: left out of every list but its author's. */
  #hidden = new Map<string, string>();
  /** What this device submitted in this session, not yet sent (what it seeds was sent). */
  #unsent = new Set<string>();
  /** Chunks on this device. */
  #chunks = new Set<string>();
  /** Chunks the forum server does not have: fetching them stops there. */
  unavailable = new Set<string>();
  #next = 1;
  #now: () => number;
  #role: () => string;
  #priorities: () => { id: string; number: string }[];

  constructor(now: () => number, role: () => string, priorities: () => { id: string; number: string }[]) {
    this.#now = now;
    this.#role = role;
    this.#priorities = priorities;
    this.#seed();
  }

  #seed(): void {
    const now = this.#now();
    this.#groups.set(FIXTURE_GROUP_ID, {
      id: FIXTURE_GROUP_ID,
      name: 'Open Data Collective',
      members: new Set([FIXTURE_DEVICE_KEY, 'ab'.repeat(32)]),
      mine: true,
    });
    // A source; a field given as undefined is left out, as the Rust side leaves it.
    const source = (over: Json = {}): Json =>
      Object.fromEntries(
        Object.entries({
          url: 'https://example.org/news/health-chatbot',
          type: 'news',
          title: 'Health chatbot gave wrong dosage advice',
          date: '2025-03-02',
          language: 'en',
          access: 'public',
          ...over,
        }).filter(([, value]) => value !== undefined),
      );
    const report = (
      id: string,
      content: Json,
      author: AuthorLabel,
      days: number,
      attachments: AttachmentView[] = [],
      group: string | null = null,
    ) => {
      this.#reports.set(id, {
        id,
        content: {
          description: 'A deployed assistant recommended a harmful dosage to several patients.',
          ai_relation: 'direct',
          harm_types: ['physical'],
          supporting_materials: [source()],
          attribution: 'chatham_house',
          lang: 'en',
          ...content,
        },
        attachments,
        author,
        group,
        createdMs: now - days * DAY,
        updatedMs: now - days * DAY,
      });
    };
    report(
      FIXTURE_REPORT_IDS.chatbot,
      {
        title: 'Health chatbot gave wrong dosage advice',
        record_kind: 'incident',
        date_occurred: { date: '2025-02', precision: 'month' },
        severity: 'serious_incident',
        status: 'final',
        tlp: 'GREEN',
        attribution: 'consented',
        countries: ['KE', 'UG'],
        ai_system: { name: 'HealthBot', version: '2.1' },
        developers: [{ id: 'acme-labs', name: 'Acme Labs' }],
        sectors: ['Q'],
      },
      other('K7QM2', { name: 'Amina Odhiambo', affiliation: 'Digital Rights Kenya' }),
      3,
      [attachment('clinic-letter.pdf', 'application/pdf', 300_000, false)],
      'Digital Rights Kenya',
    );
    report(
      FIXTURE_REPORT_IDS.red,
      {
        title: 'Voice clone used to extort a journalist',
        description: 'A cloned voice was used in calls to the journalist’s family.',
        record_kind: 'incident',
        ai_relation: 'contributing',
        date_occurred: { date: '2025-01-14', precision: 'day' },
        severity: 'serious_incident',
        harm_types: ['psychological', 'human_rights'],
        supporting_materials: [source({ url: undefined, type: 'testimony', title: 'Account of the journalist', access: 'confidential', date: undefined })],
        status: 'interim',
        tlp: 'RED',
        countries: ['BR'],
        is_security_incident: true,
        procedure: ['AML.T0048'],
      },
      other('R2D5X'),
      5,
    );
    report(
      FIXTURE_REPORT_IDS.withdrawn,
      {
        title: 'Translation tool mislabelled asylum documents',
        record_kind: 'issue',
        ai_relation: 'alleged',
        date_occurred: { date: '2024', precision: 'year' },
        severity: 'hazard',
        harm_types: ['human_rights'],
        status: 'withdrawn',
        tlp: 'CLEAR',
        countries: ['FR'],
      },
      other('B8NQ1'),
      9,
    );
    const stalled = attachment('camera-logs.txt', 'text/plain', 400_000, false);
    for (const chunk of stalled.chunks.slice(3)) this.unavailable.add(chunk);
    report(
      FIXTURE_REPORT_IDS.stalled,
      {
        title: 'Face recognition misidentified protesters',
        record_kind: 'incident',
        date_occurred: { date: '2024-11-30', precision: 'day' },
        severity: 'incident',
        harm_types: ['human_rights', 'reputational'],
        status: 'draft',
        tlp: 'AMBER',
        countries: ['IN'],
        sectors: ['O'],
      },
      other('T6WJ3'),
      1,
      [stalled],
    );
    report(
      FIXTURE_REPORT_IDS.mine,
      {
        title: 'Loan scoring model refuses applicants by postcode',
        description: 'Applicants from two districts were refused without review.',
        record_kind: 'hazard',
        ai_relation: 'involved',
        date_occurred: { date: '2025-04', precision: 'month' },
        severity: 'serious_hazard',
        harm_types: ['economic_property'],
        supporting_materials: [
          source({ url: 'https://example.net/loans', title: 'Lenders sued over automated refusals', date: '2025-04-20' }),
        ],
        status: 'interim',
        tlp: 'CLEAR',
        countries: ['NG'],
        deployers: [{ id: 'quickloan', name: 'QuickLoan' }],
        sectors: ['K'],
      },
      you,
      2,
    );
    this.#triage.set(`report:${FIXTURE_REPORT_IDS.red}`, { state: 'triaged', note: 'Shared with the safety working group.' });
    this.#triage.set(`report:${FIXTURE_REPORT_IDS.withdrawn}`, { state: 'closed', note: null });
    this.#endorsements.set(`report:${FIXTURE_REPORT_IDS.chatbot}`, new Set(['0193f2c0-3333-7000-8000-00000000000f']));
    this.#inputs.set(FIXTURE_INPUT_ID, {
      id: FIXTURE_INPUT_ID,
      form: {
        title: 'Reporting must work offline',
        body: 'Community health workers file reports from places without a connection.',
        priorities: ['pri-incident-reporting', 'pri-close-divide'],
        group: null,
        language: 'en',
        attribution: 'group_and_region',
        attachments: [
          attachment('survey.pdf', 'application/pdf', 120_000, false),
          attachment('map.png', 'image/png', 70_000, true),
        ],
      },
      author: other('H4PL9', { group: 'civil_society', region: '002' }),
      withdrawn: false,
      createdMs: now - 4 * DAY,
      updatedMs: now - 4 * DAY,
    });
    this.#triage.set(`input:${FIXTURE_INPUT_ID}`, { state: 'needs_follow_up', note: 'Ask for the survey’s sample size.' });
    for (const item of [...this.#reports.values()].flatMap((r) => r.attachments)) {
      if (item.available) for (const chunk of item.chunks) this.#chunks.add(chunk);
    }
    for (const item of this.#inputs.get(FIXTURE_INPUT_ID)!.form.attachments) {
      if (item.available) for (const chunk of item.chunks) this.#chunks.add(chunk);
    }
  }

  get #organizer(): boolean {
    return this.#role() === 'organizer';
  }

  #id(prefix: string): string {
    return `0193f2d${prefix}-0000-7000-8000-${String(this.#next++).padStart(12, '0')}`;
  }

  newFormId(): string {
    return this.#id('0');
  }

  #formKey(kind: unknown, target: unknown): string {
    if (kind !== 'report' && kind !== 'input') throw invalid('kind', 'a form is a report or an input');
    if (typeof target !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(target)) {
      throw invalid('target', `'${String(target)}' is not an id`);
    }
    return `${kind}:${target}`;
  }

  saveForm(kind: unknown, target: unknown, content: unknown): void {
    this.#forms.set(this.#formKey(kind, target), {
      kind: String(kind),
      content: structuredClone(content),
      updatedMs: this.#now(),
    });
  }

  form(kind: unknown, target: unknown): unknown {
    const stored = this.#forms.get(this.#formKey(kind, target));
    return stored ? structuredClone(stored.content) : null;
  }

  discardForm(kind: unknown, target: unknown): void {
    this.#forms.delete(this.#formKey(kind, target));
  }

  /** The forms saved on this device, newest first. */
  myForms(): FixtureFormItem[] {
    return [...this.#forms.entries()]
      .map(([key, stored]) => {
        const content = stored.content as Json;
        const title =
          stored.kind === 'report'
            ? String((content.report as Json | undefined)?.title ?? '')
            : String(content.title ?? '');
        return { kind: stored.kind, id: key.slice(key.indexOf(':') + 1), title, updatedMs: stored.updatedMs };
      })
      .sort((a, b) => b.updatedMs - a.updatedMs);
  }

  #myGroupIds(): Set<string> {
    return new Set([...this.#groups.values()].filter((g) => g.mine).map((g) => g.id));
  }

  #checkGroup(group: unknown): string | null {
    if (group === null || group === undefined || group === '') return null;
    if (!this.#myGroupIds().has(String(group))) throw invalid('group', `'${String(group)}' is not a group`);
    return String(group);
  }

  submitReport(target: string): void {
    const key = this.#formKey('report', target);
    const stored = this.#forms.get(key);
    if (!stored) throw notFound('this form');
    const form = stored.content as ReportForm;
    const problems = formProblems(isObject(form.report) ? form.report : {});
    if (problems.length > 0) throw refused(problems);
    const group = this.#checkGroup(form.group);
    const existing = this.#reports.get(target);
    const now = this.#now();
    if (existing && !existing.author.isYou && !(existing.group && this.#myGroupIds().has(existing.group))) {
      throw invalid('content', 'only the report’s authors may change it');
    }
    this.#reports.set(target, {
      id: target,
      content: structuredClone(form.report),
      attachments: structuredClone(form.attachments),
      author: existing?.author ?? you,
      group: existing?.group ?? (group ? this.#groups.get(group)!.name : null),
      createdMs: existing?.createdMs ?? now,
      updatedMs: now,
    });
    this.#forms.delete(key);
    this.#unsent.add(`report:${target}`);
  }

  submitInput(target: string): void {
    const key = this.#formKey('input', target);
    const stored = this.#forms.get(key);
    if (!stored) throw notFound('this form');
    const form = stored.content as InputForm;
    const problems: Problem[] = [];
    if (form.title.trim() === '') problems.push({ field: 'title', message: 'is required' });
    if (form.body.trim() === '') problems.push({ field: 'body', message: 'is required' });
    if (!['pseudonym', 'group_and_region', 'name'].includes(form.attribution)) {
      problems.push({ field: 'attribution', message: 'choose how you are shown' });
    }
    if (problems.length > 0) throw refused(problems);
    if (!LANGUAGE.test(form.language)) throw invalid('language', `'${form.language}' is not a language tag`);
    const known = new Set(this.#priorities().map((p) => p.id));
    for (const p of form.priorities) {
      if (!known.has(p)) throw invalid('priorities', `'${p}' is not a priority`);
    }
    const group = this.#checkGroup(form.group);
    const now = this.#now();
    const existing = this.#inputs.get(target);
    this.#inputs.set(target, {
      id: target,
      form: { ...structuredClone(form), title: form.title.trim(), body: form.body.trim(), group },
      author: you,
      withdrawn: false,
      createdMs: existing?.createdMs ?? now,
      updatedMs: now,
    });
    this.#forms.delete(key);
    this.#unsent.add(`input:${target}`);
  }

  withdrawReport(id: string): void {
    const report = this.#reports.get(id);
    if (!report) throw notFound(`the report ${id}`);
    report.content = { ...report.content, status: 'withdrawn' };
    report.updatedMs = this.#now();
  }

  #mayAuthorGroups(): void {
    if (!['civil_society', 'organizer'].includes(this.#role())) {
      throw invalid('content', `a ${this.#role()} may not write group.put records`);
    }
  }

  createGroup(name: string): string {
    if (name.trim() === '') throw invalid('name', 'must not be empty');
    this.#mayAuthorGroups();
    const id = this.#id('3');
    this.#groups.set(id, { id, name: name.trim(), members: new Set([FIXTURE_DEVICE_KEY]), mine: true });
    return id;
  }

  addGroupMember(group: string, key: string): void {
    const found = this.#groups.get(group);
    if (!found?.mine) throw invalid('group', `'${group}' is not a group`);
    if (!/^[0-9a-fA-F]{64}$/.test(key.trim())) {
      throw invalid('key', 'a device key is 64 hexadecimal digits');
    }
    this.#mayAuthorGroups();
    found.members.add(key.trim().toLowerCase());
  }

  myGroups(): GroupView[] {
    return [...this.#groups.values()]
      .filter((g) => g.mine)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((g) => ({ id: g.id, name: g.name, members: g.members.size }));
  }

  endorse(kind: string, id: string, group: string): void {
    if (!(kind === 'report' ? this.#reports.has(id) : kind === 'input' && this.#inputs.has(id))) {
      throw invalid('target', `'${kind}/${id}' is not a submission`);
    }
    if (!this.#myGroupIds().has(group)) throw invalid('group', `'${group}' is not a group`);
    this.#mayAuthorGroups();
    const key = `${kind}:${id}`;
    const set = this.#endorsements.get(key) ?? new Set<string>();
    set.add(group);
    this.#endorsements.set(key, set);
  }

  /** Hides an input (the moderation itself is consolidation's); false when there is none. */
  hideInput(id: string, reason: string): boolean {
    if (!this.#inputs.has(id)) return false;
    this.#hidden.set(id, reason);
    return true;
  }

  triage(kind: string, id: string, state: string, note: string | null): void {
    if (!(kind === 'report' ? this.#reports.has(id) : kind === 'input' && this.#inputs.has(id))) {
      throw invalid('target', `'${kind}/${id}' is not a submission`);
    }
    if (!(TRIAGE_STATES as readonly string[]).includes(state)) {
      throw invalid('state', `'${state}' is not one of: new, triaged, needs_follow_up, closed`);
    }
    if (!this.#organizer) throw invalid('content', 'only organizers may triage');
    this.#triage.set(`${kind}:${id}`, { state, note: note && note.trim() !== '' ? note : null });
  }

  #visible(report: StoredReport): boolean {
    return !ORGANIZERS_ONLY_TLP.includes(String(report.content.tlp)) || this.#organizer || report.author.isYou;
  }

  #named(attribution: unknown): boolean {
    return attribution === 'public' || attribution === 'consented';
  }

  submissions(filter: Partial<SubmissionFilter>): SubmissionItem[] {
    const f = {
      kind: filter.kind ?? null,
      status: filter.status ?? null,
      country: filter.country ?? null,
      severity: filter.severity ?? null,
      priority: filter.priority ?? null,
      triage: filter.triage ?? null,
    };
    const out: SubmissionItem[] = [];
    const triageOf = (key: string) => this.#triage.get(key)?.state ?? 'new';
    const numbers = new Map(this.#priorities().map((p) => [p.id, p.number]));
    if (f.kind !== 'input') {
      for (const r of this.#reports.values()) {
        if (!this.#visible(r)) continue;
        const c = r.content;
        const countries = (c.countries as string[] | undefined) ?? [];
        const triage = triageOf(`report:${r.id}`);
        if (
          (f.status && f.status !== c.status) ||
          (f.severity && f.severity !== c.severity) ||
          (f.country && !countries.includes(f.country)) ||
          (f.triage && f.triage !== triage) ||
          f.priority
        ) {
          continue;
        }
        const named = this.#named(c.attribution);
        out.push({
          kind: 'report',
          id: r.id,
          title: String(c.title),
          status: String(c.status),
          severity: String(c.severity),
          tlp: String(c.tlp),
          dateOccurred: String((c.date_occurred as Json).date),
          countries: [...countries],
          priorities: [],
          triage: this.#organizer ? triage : '',
          author: named ? { ...r.author } : { ...r.author, name: null, affiliation: null },
          group: named ? r.group : null,
          endorsements: this.#endorsements.get(`report:${r.id}`)?.size ?? 0,
          attachments: r.attachments.length,
          updatedMs: r.updatedMs,
          delivery: this.#delivery(`report:${r.id}`, r.author),
          hiddenReason: null,
        });
      }
    }
    if (f.kind !== 'report' && !f.status && !f.severity && !f.country) {
      for (const i of this.#inputs.values()) {
        const hidden = this.#hidden.get(i.id) ?? null;
        if (hidden !== null && !i.author.isYou) continue;
        const triage = triageOf(`input:${i.id}`);
        if ((f.priority && !i.form.priorities.includes(f.priority)) || (f.triage && f.triage !== triage)) continue;
        const named = i.form.attribution === 'name';
        out.push({
          kind: 'input',
          id: i.id,
          title: i.form.title,
          status: i.withdrawn ? 'withdrawn' : 'submitted',
          severity: null,
          tlp: null,
          dateOccurred: null,
          countries: [],
          priorities: i.form.priorities.map((p) => numbers.get(p) ?? p),
          triage: this.#organizer ? triage : '',
          author: { ...i.author },
          group: named && i.form.group ? (this.#groups.get(i.form.group)?.name ?? null) : null,
          endorsements: this.#endorsements.get(`input:${i.id}`)?.size ?? 0,
          attachments: i.form.attachments.length,
          updatedMs: i.updatedMs,
          delivery: this.#delivery(`input:${i.id}`, i.author),
          hiddenReason: hidden,
        });
      }
    }
    return structuredClone(out.sort((a, b) => b.updatedMs - a.updatedMs));
  }

  /** Where this device's own submission stands; null for others'. */
  #delivery(key: string, author: AuthorLabel): string | null {
    if (!author.isYou) return null;
    return this.#unsent.has(key) ? 'ready' : 'sent';
  }

  #available(a: AttachmentView): AttachmentView {
    return { ...a, available: a.chunks.every((c) => this.#chunks.has(c)) };
  }

  report(id: string): ReportView {
    const r = this.#reports.get(id);
    if (!r || !this.#visible(r)) throw notFound(`the report ${id}`);
    const triage = this.#triage.get(`report:${id}`);
    const named = this.#named(r.content.attribution);
    return structuredClone({
      id,
      report: r.content,
      descriptionHtml: fixtureHtml(String(r.content.description ?? '')),
      attachments: r.attachments.map((a) => this.#available(a)),
      author: named ? r.author : { ...r.author, name: null, affiliation: null },
      group: named ? r.group : null,
      triage: this.#organizer ? (triage?.state ?? 'new') : '',
      triageNote: this.#organizer ? (triage?.note ?? null) : null,
      endorsements: this.#endorsements.get(`report:${id}`)?.size ?? 0,
      mine: r.author.isYou || (r.group !== null && [...this.#groups.values()].some((g) => g.mine && g.name === r.group)),
    });
  }

  addAttachment(name: string, mediaType: string, data: string): AttachmentView {
    let size: number;
    try {
      size = atob(data).length;
    } catch {
      throw { code: 'bad-request', message: 'the file’s content is not base64' };
    }
    if (size === 0) throw invalid('attachments', `${name} is empty`);
    if (size > MAX_ATTACHMENT_BYTES) {
      throw invalid(
        'attachments',
        `${name} is ${(size / 1_048_576).toFixed(1)} MB; attachments may be at most ${MAX_ATTACHMENT_BYTES / 1_048_576} MB`,
      );
    }
    if (!ATTACHMENT_TYPES.includes(mediaType)) {
      throw invalid('attachments', `${name} is not a PDF, an image (PNG, JPEG, WebP) or a text file`);
    }
    const made = attachment(name, mediaType, size, true);
    for (const chunk of made.chunks) this.#chunks.add(chunk);
    return made;
  }

  /** Fetches the chunks the "server" has; true when all of `chunks` are here. */
  fetchAttachment(chunks: string[]): boolean {
    for (const chunk of chunks) {
      if (this.unavailable.has(chunk)) return false;
      this.#chunks.add(chunk);
    }
    return chunks.every((c) => this.#chunks.has(c));
  }

  saveAttachment(a: AttachmentView): { path: string } {
    if (!a.chunks.every((c) => this.#chunks.has(c))) {
      throw { code: 'bad-request', message: 'this attachment is not on this device yet; fetch it first' };
    }
    return { path: `/home/delegate/Downloads/${a.name}` };
  }

  exportReport(id: string, format: string): { path: string } {
    const view = this.report(id);
    const r = view.report;
    if (format === 'aiid') {
      if (r.tlp !== 'CLEAR') {
        throw invalid('format', `TLP:${String(r.tlp)} reports may not go to a public database such as the AI Incident Database; only TLP:CLEAR reports can be submitted`);
      }
      if (r.status === 'withdrawn') {
        throw invalid('format', 'the report was withdrawn by its authors, so it is not submitted');
      }
      const materials = (r.supporting_materials as Json[]) ?? [];
      const source = materials.find((m) => m.access === 'public' && typeof m.url === 'string');
      if (!source) {
        throw invalid('format', 'the AI Incident Database takes only reports with a public source that has an address; add a public supporting material with its URL');
      }
      if (typeof source.date !== 'string') {
        throw invalid('format', 'the AI Incident Database needs the public source’s publication date; add it to the source');
      }
      return { path: '/home/delegate/Downloads/plenary-report-aiid.json' };
    }
    if (format === 'json') return { path: '/home/delegate/Downloads/plenary-report.json' };
    if (format === 'oecd') return { path: '/home/delegate/Downloads/plenary-report-oecd.json' };
    throw invalid('format', `'${format}' is not a report format (json, aiid or oecd)`);
  }

  /** Reads a report file into a new form: checked against the schema first (every field at
   * fault at once, with the file's paths), then with the report rules. */
  importReport(text: string): string {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw refused([{ field: '', message: `the file is not JSON: ${(error as Error).message}` }]);
    }
    if (!isObject(value)) throw refused([{ field: '', message: 'must be an object' }]);
    const problems: Problem[] = REQUIRED.filter((field) => !(field in value)).map((field) => ({
      field,
      message: 'is required',
    }));
    const known = new Set([...REQUIRED, 'countries', 'ai_system', 'developers', 'deployers', 'harmed_parties', 'sectors', 'is_security_incident', 'procedure', 'actions_taken', 'classifications', 'translations']);
    for (const key of Object.keys(value)) {
      if (!known.has(key)) problems.push({ field: key, message: 'is not a field of the incident report format this Plenary reads' });
    }
    if (problems.length === 0) {
      const reading = readingProblem(value);
      if (reading) problems.push(reading);
    }
    if (problems.length === 0) problems.push(...reportRules(value));
    if (problems.length > 0) {
      // The schema's problems come with JSON Pointer paths, written with dots.
      throw refused(problems.map((p) => ({ ...p, field: p.field.replace(/\[(\d+)\]/g, '.$1') })));
    }
    const id = this.newFormId();
    this.saveForm('report', id, { report: value, group: null, attachments: [] } satisfies ReportForm);
    return id;
  }
}
