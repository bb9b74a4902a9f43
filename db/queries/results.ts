import type { Selectable } from 'kysely';
import type { Assessment, Framework, FrameworkDefinition, FrameworkSummary, InstrumentCode } from '../../shared/ita/types';
import { all, first, qb, run, type Sqlite } from '../query';
import type { AssessmentRow, FrameworkRow } from '../schema';

// ---------------------------------------------------------------------------------------------
// Frameworks

type StoredDefinition = Omit<FrameworkDefinition, 'fiscalYear' | 'name'>;

/** The fiscal years of rows grouped by a key, in row order. */
function yearsBy<K, R extends { fiscal_year: number }>(rows: R[], keyOf: (row: R) => K): Map<K, number[]> {
  const map = new Map<K, number[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const years = map.get(key);
    if (years) years.push(row.fiscal_year);
    else map.set(key, [row.fiscal_year]);
  }
  return map;
}

function usedByMap(db: Sqlite): Map<number, number[]> {
  return yearsBy(all(db, qb.selectFrom('assessment').select(['framework_id', 'fiscal_year']).orderBy('fiscal_year')), (r) => r.framework_id);
}

function frameworkFromRow(row: Selectable<FrameworkRow>, usedBy: number[]): Framework {
  const stored = JSON.parse(row.definition) as StoredDefinition;
  return { id: row.id, fiscalYear: row.fiscal_year, name: row.name, builtin: row.builtin === 1, ...stored, usedBy, updatedAt: row.updated_at };
}

export function listFrameworks(db: Sqlite): FrameworkSummary[] {
  const used = usedByMap(db);
  return all(db, qb.selectFrom('framework').selectAll().orderBy('fiscal_year')).map((row) => {
    const f = frameworkFromRow(row, used.get(row.id) ?? []);
    return { id: f.id, fiscalYear: f.fiscalYear, name: f.name, builtin: f.builtin, confirmed: f.confirmed, itemCount: f.items.length, usedBy: f.usedBy, updatedAt: f.updatedAt };
  });
}

/** Every framework in full, oldest year first (bundle export, analysis of many years). */
export function allFrameworks(db: Sqlite): Framework[] {
  const used = usedByMap(db);
  return all(db, qb.selectFrom('framework').selectAll().orderBy('fiscal_year')).map((row) => frameworkFromRow(row, used.get(row.id) ?? []));
}

function usedBy(db: Sqlite, frameworkId: number): number[] {
  return all(db, qb.selectFrom('assessment').select('fiscal_year').where('framework_id', '=', frameworkId).orderBy('fiscal_year')).map((r) => r.fiscal_year);
}

export function getFramework(db: Sqlite, id: number): Framework | undefined {
  const row = first(db, qb.selectFrom('framework').selectAll().where('id', '=', id));
  return row ? frameworkFromRow(row, usedBy(db, row.id)) : undefined;
}

export function getFrameworkByYear(db: Sqlite, fiscalYear: number): Framework | undefined {
  const row = first(db, qb.selectFrom('framework').selectAll().where('fiscal_year', '=', fiscalYear));
  return row ? frameworkFromRow(row, usedBy(db, row.id)) : undefined;
}

/** The framework a year's results follow by default: that year's, else the latest earlier one. */
export function frameworkForYear(db: Sqlite, fiscalYear: number): Framework | undefined {
  const row = first(db, qb.selectFrom('framework').selectAll().where('fiscal_year', '<=', fiscalYear).orderBy('fiscal_year', 'desc').limit(1));
  return row ? frameworkFromRow(row, usedBy(db, row.id)) : undefined;
}

function frameworkValues(def: FrameworkDefinition, builtin: boolean, now: string) {
  const { fiscalYear, name, ...rest } = def;
  return { fiscal_year: fiscalYear, name, builtin: builtin ? 1 : 0, definition: JSON.stringify(rest), updated_at: now };
}

export function insertFramework(db: Sqlite, def: FrameworkDefinition, options: { builtin: boolean; now: string; id?: number }): number {
  return run(db, qb.insertInto('framework').values({ id: options.id, ...frameworkValues(def, options.builtin, options.now) })).lastInsertRowid;
}

export function updateFramework(db: Sqlite, id: number, def: FrameworkDefinition, now: string): void {
  const { builtin: _builtin, ...values } = frameworkValues(def, false, now);
  run(db, qb.updateTable('framework').set(values).where('id', '=', id));
}

export function deleteFramework(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('framework').where('id', '=', id));
}

// ---------------------------------------------------------------------------------------------
// Assessments

/** Item codes and indicator numbers that a framework's results use (guards framework edits). */
export function usedCodes(db: Sqlite, frameworkId: number): { items: Map<string, number[]>; indicators: Map<number, number[]> } {
  const itemRows = all(
    db,
    qb
      .selectFrom('assessment_item as i')
      .innerJoin('assessment as a', 'a.id', 'i.assessment_id')
      .select(['i.code', 'a.fiscal_year'])
      .where('a.framework_id', '=', frameworkId)
      .where((eb) => eb.or([eb('i.score', 'is not', null), eb('i.comment', '!=', '')]))
      .orderBy('a.fiscal_year'),
  );
  const indicatorRows = all(
    db,
    qb
      .selectFrom('assessment_indicator as i')
      .innerJoin('assessment as a', 'a.id', 'i.assessment_id')
      .select(['i.indicator_no', 'a.fiscal_year'])
      .where('a.framework_id', '=', frameworkId)
      .orderBy('a.fiscal_year'),
  );
  return { items: yearsBy(itemRows, (r) => r.code), indicators: yearsBy(indicatorRows, (r) => r.indicator_no) };
}

/** Items of a framework's results scored other than 0 or 100 (they cannot move to a binary instrument). */
export function nonBinaryItemScores(db: Sqlite, frameworkId: number): Map<string, number[]> {
  const rows = all(
    db,
    qb
      .selectFrom('assessment_item as i')
      .innerJoin('assessment as a', 'a.id', 'i.assessment_id')
      .select(['i.code', 'a.fiscal_year'])
      .where('a.framework_id', '=', frameworkId)
      .where('i.score', 'is not', null)
      .where('i.score', 'not in', [0, 100])
      .orderBy('a.fiscal_year'),
  );
  return yearsBy(rows, (r) => r.code);
}

function assessmentFromRows(db: Sqlite, row: Selectable<AssessmentRow>): Assessment {
  const indicators: Record<string, number | null> = {};
  for (const r of all(db, qb.selectFrom('assessment_indicator').select(['indicator_no', 'score']).where('assessment_id', '=', row.id).orderBy('indicator_no')))
    indicators[String(r.indicator_no)] = r.score;
  const items: Assessment['items'] = {};
  for (const r of all(db, qb.selectFrom('assessment_item').select(['code', 'score', 'comment']).where('assessment_id', '=', row.id))) items[r.code] = { score: r.score, comment: r.comment };
  const recommendations: Assessment['recommendations'] = {};
  for (const r of all(db, qb.selectFrom('assessment_recommendation').select(['instrument', 'text']).where('assessment_id', '=', row.id)))
    recommendations[r.instrument as InstrumentCode] = r.text;
  return {
    fiscalYear: row.fiscal_year,
    frameworkId: row.framework_id,
    overallScore: row.overall_score,
    indicators,
    items,
    recommendations,
    samples: { IIT: { population: row.iit_population, sample: row.iit_sample }, EIT: { population: row.eit_population, sample: row.eit_sample } },
    updatedAt: row.updated_at,
  };
}

export function getAssessment(db: Sqlite, fiscalYear: number): Assessment | undefined {
  const row = first(db, qb.selectFrom('assessment').selectAll().where('fiscal_year', '=', fiscalYear));
  return row ? assessmentFromRows(db, row) : undefined;
}

/** Every recorded year in full, oldest first. */
export function allAssessments(db: Sqlite): Assessment[] {
  return all(db, qb.selectFrom('assessment').selectAll().orderBy('fiscal_year')).map((row) => assessmentFromRows(db, row));
}

/** The latest recorded year before `fiscalYear`. */
export function previousAssessment(db: Sqlite, fiscalYear: number): Assessment | undefined {
  const row = first(db, qb.selectFrom('assessment').selectAll().where('fiscal_year', '<', fiscalYear).orderBy('fiscal_year', 'desc').limit(1));
  return row ? assessmentFromRows(db, row) : undefined;
}

function deleteChildren(db: Sqlite, assessmentId: number): void {
  run(db, qb.deleteFrom('assessment_indicator').where('assessment_id', '=', assessmentId));
  run(db, qb.deleteFrom('assessment_item').where('assessment_id', '=', assessmentId));
  run(db, qb.deleteFrom('assessment_recommendation').where('assessment_id', '=', assessmentId));
}

/** Writes a whole year, replacing what was stored (call inside a transaction). */
export function putAssessment(db: Sqlite, a: Omit<Assessment, 'updatedAt'>, now: string): void {
  const values = {
    framework_id: a.frameworkId,
    overall_score: a.overallScore,
    iit_population: a.samples.IIT.population,
    iit_sample: a.samples.IIT.sample,
    eit_population: a.samples.EIT.population,
    eit_sample: a.samples.EIT.sample,
    updated_at: now,
  };
  const existing = first(db, qb.selectFrom('assessment').select('id').where('fiscal_year', '=', a.fiscalYear));
  let id: number;
  if (existing) {
    id = existing.id;
    run(db, qb.updateTable('assessment').set(values).where('id', '=', id));
    deleteChildren(db, id);
  } else {
    id = run(db, qb.insertInto('assessment').values({ fiscal_year: a.fiscalYear, ...values })).lastInsertRowid;
  }
  const indicator = db.prepare('INSERT INTO assessment_indicator (assessment_id, indicator_no, score) VALUES (?, ?, ?)');
  for (const [no, score] of Object.entries(a.indicators)) if (score !== null) indicator.run(id, Number(no), score);
  const item = db.prepare('INSERT INTO assessment_item (assessment_id, code, score, comment) VALUES (?, ?, ?, ?)');
  for (const [code, result] of Object.entries(a.items)) if (result.score !== null || result.comment !== '') item.run(id, code, result.score, result.comment);
  const recommendation = db.prepare('INSERT INTO assessment_recommendation (assessment_id, instrument, text) VALUES (?, ?, ?)');
  for (const [instrument, text] of Object.entries(a.recommendations)) if (text && text.trim() !== '') recommendation.run(id, instrument, text);
}

export function deleteAssessment(db: Sqlite, fiscalYear: number): boolean {
  const existing = first(db, qb.selectFrom('assessment').select('id').where('fiscal_year', '=', fiscalYear));
  if (!existing) return false;
  deleteChildren(db, existing.id);
  run(db, qb.deleteFrom('assessment').where('id', '=', existing.id));
  return true;
}

/** Empties the results tables, children before parents (bundle import, sample data). */
export function clearResultsData(db: Sqlite): void {
  run(db, qb.deleteFrom('assessment_indicator'));
  run(db, qb.deleteFrom('assessment_item'));
  run(db, qb.deleteFrom('assessment_recommendation'));
  run(db, qb.deleteFrom('assessment'));
  run(db, qb.deleteFrom('framework'));
}

/** Setting that records that the built-in frameworks were seeded (so a deleted one stays deleted). */
export const SEEDED_SETTING = 'frameworks.seededVersion';

/**
 * Inserts the built-in frameworks of the years that have none. Runs once per database (on first use),
 * and again after a bundle import replaced everything.
 */
export function seedFrameworks(db: Sqlite, builtins: FrameworkDefinition[], version: number, now: string): void {
  const seeded = first(db, qb.selectFrom('setting').select('value').where('key', '=', SEEDED_SETTING));
  if (seeded) return;
  db.transaction(() => {
    const years = new Set(all(db, qb.selectFrom('framework').select('fiscal_year')).map((r) => r.fiscal_year));
    for (const def of builtins) if (!years.has(def.fiscalYear)) insertFramework(db, def, { builtin: true, now });
    const value = String(version);
    run(db, qb.insertInto('setting').values({ key: SEEDED_SETTING, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })));
  })();
}

/** After an import replaced everything: the next use seeds the built-in years the import did not bring. */
export function forgetSeeding(db: Sqlite): void {
  run(db, qb.deleteFrom('setting').where('key', '=', SEEDED_SETTING));
}
