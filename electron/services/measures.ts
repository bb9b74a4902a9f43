import { AppError } from '../../shared/api/errors';
import type { measuresApi } from '../../shared/api/measures';
import type { Handlers } from './dispatch';

type MeasureChannel = keyof typeof measuresApi;

const notYet = () => {
  throw new AppError('internal', { params: { reason: 'not implemented yet' } });
};

/** Placeholder while the measures services are written: every channel answers `internal`. */
export const measuresHandlers = Object.fromEntries(
  (
    [
      'measureLibrary.list', 'measureLibrary.create', 'measureLibrary.update', 'measureLibrary.delete', 'measureLibrary.restoreBuiltins',
      'measures.years', 'measures.list', 'measures.get', 'measures.create', 'measures.createMany', 'measures.update', 'measures.delete', 'measures.move',
      'measures.reassignUnits', 'measures.copyFromYear', 'measures.setApproval', 'measures.planInputs', 'measures.dashboard',
      'progress.list', 'progress.sheet', 'progress.save', 'progress.delete',
      'evidence.add', 'evidence.remove', 'evidence.open', 'evidence.read',
      'measuresPlan.getOptions', 'measuresPlan.saveOptions', 'measuresPlan.export', 'measuresPlan.exportToFile',
      'progressReport.getOptions', 'progressReport.saveOptions', 'progressReport.export', 'progressReport.exportToFile',
    ] satisfies MeasureChannel[]
  ).map((name) => [name, notYet]),
) as unknown as Pick<Handlers, MeasureChannel>;
