import type { TFunction } from 'i18next';
import type { Unit } from '../../../shared/api/office';

/** The value of a unit `<select>` as the API wants it: `''` (none) is `null`, else the id. */
export const toUnitId = (value: unknown): number | null => (value === '' || value === null || value === undefined ? null : Number(value));

/** A unit's name with its parent's, for tables: "งานการเจ้าหน้าที่ (สำนักปลัด)". */
export function unitLabel(units: Unit[], id: number | null): string {
  if (id === null) return '';
  const unit = units.find((u) => u.id === id);
  if (!unit) return '';
  const parent = unit.parentId === null ? undefined : units.find((u) => u.id === unit.parentId);
  return parent ? `${unit.name} (${parent.name})` : unit.name;
}

/**
 * Options of a unit select: top-level units in order, each followed by its sections, indented and
 * naming their unit too (a closed select shows only the chosen line).
 */
export function unitOptions(units: Unit[], t: TFunction): { value: number; label: string }[] {
  return units.map((u) => ({ value: u.id, label: u.parentId === null ? u.name : `\u00a0\u00a0\u00a0\u00a0${t('units.sectionMark')} ${unitLabel(units, u.id)}` }));
}
