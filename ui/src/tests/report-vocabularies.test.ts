// The incident report's controlled vocabularies and limits, as the UI offers them, are the
// Rust side's (crates/proto/src/report.rs and record.rs) and the published schema's
// (assets/schemas/incident-report.schema.json); the fixture refuses what the Rust side
// refuses, naming the same fields.

import { describe, expect, it } from 'vitest';
import { formProblems, reportRules } from '../lib/fixture-reports';
import {
  ACCESS_LEVELS,
  AI_RELATIONS,
  ATTACHMENT_TYPES,
  COUNTRIES,
  DATE_PRECISIONS,
  HARM_TYPES,
  MATERIAL_KINDS,
  MAX_ATTACHMENT_BYTES,
  RECORD_KINDS,
  REPORT_ATTRIBUTIONS,
  REPORT_STATUSES,
  SEVERITIES,
  TLP_LEVELS,
  TRIAGE_STATES,
} from '../lib/vocabularies';

const rust = import.meta.glob<string>(
  ['../../../crates/proto/src/report.rs', '../../../crates/proto/src/record.rs'],
  { query: '?raw', import: 'default', eager: true },
);
const reportRs = rust['../../../crates/proto/src/report.rs']!;
const recordRs = rust['../../../crates/proto/src/record.rs']!;
const schema = JSON.parse(
  Object.values(
    import.meta.glob<string>('../../../assets/schemas/incident-report.schema.json', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  )[0]!,
) as {
  properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }>;
  $defs: Record<string, { properties: Record<string, { enum?: string[] }> }>;
};

/** The wire names of a `vocabulary!` enum in report.rs, in order. */
function vocabulary(name: string): string[] {
  const block = new RegExp(`vocabulary!\\(\\s*(?:///[^\\n]*\\n\\s*)*${name} \\{([\\s\\S]*?)\\n    \\}`).exec(reportRs);
  if (!block) throw new Error(`no vocabulary ${name} in report.rs`);
  return [...block[1]!.matchAll(/= "([^"]+)"/g)].map((m) => m[1]!);
}

describe('the report vocabularies', () => {
  it('are read from the Rust source (the reader can fail)', () => {
    expect(reportRs).toContain('pub struct IncidentReport');
    expect(() => vocabulary('NoSuchThing')).toThrow();
  });

  it('are the Rust side’s, in its order', () => {
    expect(RECORD_KINDS).toEqual(vocabulary('RecordKind'));
    expect(AI_RELATIONS).toEqual(vocabulary('AiRelation'));
    expect(DATE_PRECISIONS).toEqual(vocabulary('DatePrecision'));
    expect(SEVERITIES).toEqual(vocabulary('Severity'));
    expect(HARM_TYPES).toEqual(vocabulary('HarmType'));
    expect(MATERIAL_KINDS).toEqual(vocabulary('MaterialKind'));
    expect(ACCESS_LEVELS).toEqual(vocabulary('Access'));
    expect(REPORT_STATUSES).toEqual(vocabulary('ReportStatus'));
    expect(TLP_LEVELS).toEqual(vocabulary('Tlp'));
    expect(REPORT_ATTRIBUTIONS).toEqual(vocabulary('ReportAttribution'));
  });

  it('are the published schema’s', () => {
    const p = schema.properties;
    expect(RECORD_KINDS).toEqual(p.record_kind!.enum);
    expect(AI_RELATIONS).toEqual(p.ai_relation!.enum);
    expect(SEVERITIES).toEqual(p.severity!.enum);
    expect(HARM_TYPES).toEqual(p.harm_types!.items!.enum);
    expect(REPORT_STATUSES).toEqual(p.status!.enum);
    expect(TLP_LEVELS).toEqual(p.tlp!.enum);
    expect(REPORT_ATTRIBUTIONS).toEqual(p.attribution!.enum);
    expect(COUNTRIES).toEqual(p.countries!.items!.enum);
    expect(MATERIAL_KINDS).toEqual(schema.$defs.material!.properties.type!.enum);
    expect(ACCESS_LEVELS).toEqual(schema.$defs.material!.properties.access!.enum);
    expect(DATE_PRECISIONS).toEqual(schema.$defs.date_occurred!.properties.precision!.enum);
  });

  it('list the countries the Rust side accepts', () => {
    const codes = /const COUNTRIES: &str = "([A-Z ]+)";/.exec(reportRs)![1]!.split(' ');
    expect(COUNTRIES).toEqual(codes);
    expect(COUNTRIES).toHaveLength(249);
  });

  it('and the attachment limits and triage states are record.rs’s', () => {
    expect(/MAX_ATTACHMENT_BYTES: u64 = 10 \* 1024 \* 1024;/.test(recordRs)).toBe(true);
    expect(MAX_ATTACHMENT_BYTES).toBe(10 * 1024 * 1024);
    const types = /ATTACHMENT_TYPES: &\[&str\] = &\[([^\]]+)\]/.exec(recordRs)![1]!;
    expect(ATTACHMENT_TYPES).toEqual([...types.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
    const triage = /pub enum TriageState \{([\s\S]*?)\n\}/.exec(recordRs)![1]!;
    const variants = [...triage.matchAll(/^\s+([A-Z]\w+),$/gm)].map((m) =>
      m[1]!.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(),
    );
    expect(TRIAGE_STATES).toEqual(variants);
  });
});

/** A report with no problems, as crates/proto/src/report.rs's tests have it. */
function sample(): Record<string, unknown> {
  return {
    title: 'Chatbot gave wrong dosage advice',
    description: 'A deployed assistant recommended a harmful dosage.',
    record_kind: 'incident',
    ai_relation: 'direct',
    date_occurred: { date: '2024-05', precision: 'month' },
    severity: 'serious_incident',
    harm_types: ['physical'],
    supporting_materials: [
      {
        url: 'https://example.org/news/1',
        type: 'news',
        title: 'Report in the press',
        date: '2024-05-20',
        language: 'en',
        access: 'public',
      },
    ],
    status: 'interim',
    tlp: 'GREEN',
    attribution: 'chatham_house',
    lang: 'en',
    countries: ['KE'],
    ai_system: { name: 'HealthBot' },
    developers: [{ id: 'acme-labs', name: 'Acme Labs' }],
    sectors: ['Q'],
    is_security_incident: false,
  };
}

describe('the fixture’s report rules', () => {
  it('accept a complete report', () => {
    expect(formProblems(sample())).toEqual([]);
  });

  // The cases of report.rs's each_broken_rule_names_its_field.
  const cases: [string, (r: Record<string, any>) => void][] = [
    ['title', (r) => (r.title = '')],
    ['title', (r) => (r.title = 'Short')],
    ['description', (r) => (r.description = ' ')],
    ['date_occurred', (r) => (r.date_occurred.date = '2024-13')],
    ['date_occurred', (r) => (r.date_occurred = { date: '2023-02-29', precision: 'day' })],
    ['date_occurred', (r) => (r.date_occurred.precision = 'day')],
    ['harm_types', (r) => (r.harm_types = [])],
    ['supporting_materials', (r) => (r.supporting_materials = [])],
    ['supporting_materials[0].title', (r) => (r.supporting_materials[0].title = '')],
    ['supporting_materials[0].url', (r) => (r.supporting_materials[0].url = 'javascript:alert(1)')],
    ['countries[0]', (r) => (r.countries = ['XX'])],
    ['developers[0].id', (r) => (r.developers[0].id = 'Acme Labs')],
    ['sectors[0]', (r) => (r.sectors = ['Z'])],
    [
      'procedure[0]',
      (r) => {
        r.is_security_incident = true;
        r.procedure = ['T1234'];
      },
    ],
  ];

  it.each(cases)('name %s when it breaks a rule', (field, breakIt) => {
    const report = sample();
    breakIt(report);
    expect(reportRules(report).map((p) => p.field)).toContain(field);
  });

  it('stop at the first field missing, as serde does', () => {
    for (const field of ['title', 'record_kind', 'severity', 'tlp', 'lang']) {
      const report = sample();
      delete report[field];
      expect(formProblems(report)).toEqual([{ field, message: 'is required' }]);
    }
    const report = sample();
    delete (report.supporting_materials as Record<string, unknown>[])[0]!.access;
    expect(formProblems(report)).toEqual([{ field: 'supporting_materials[0].access', message: 'is required' }]);
  });
});
