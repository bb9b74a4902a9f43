import { useEffect, useState } from 'react';
import type { Person, Unit } from '../../../shared/api/office';
import type { Framework } from '../../../shared/ita/types';
import { call } from '../api';

/** Units and people of the office, loaded once per screen (they change on other screens). */
export function useOfficeRefs(): { units: Unit[]; people: Person[] } {
  const [units, setUnits] = useState<Unit[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    void call('units.list', {}).then(setUnits, () => setUnits([]));
    void call('people.list', {}).then(setPeople, () => setPeople([]));
  }, []);
  return { units, people };
}

/**
 * The framework a plan year's measures refer to: the one of that year, else the latest earlier one
 * (next year's framework is often not published yet when the plan is made), else the latest.
 */
export function useFrameworkFor(fiscalYear: number | undefined): Framework | null {
  const [framework, setFramework] = useState<Framework | null>(null);
  useEffect(() => {
    if (fiscalYear === undefined) return;
    let current = true;
    void (async () => {
      try {
        const list = await call('frameworks.list', {});
        const sorted = [...list].sort((a, b) => b.fiscalYear - a.fiscalYear);
        const pick = sorted.find((f) => f.fiscalYear === fiscalYear) ?? sorted.find((f) => f.fiscalYear < fiscalYear) ?? sorted[0];
        const next = pick ? await call('frameworks.get', { id: pick.id }) : null;
        if (current) setFramework(next);
      } catch {
        if (current) setFramework(null);
      }
    })();
    return () => {
      current = false;
    };
  }, [fiscalYear]);
  return framework;
}
