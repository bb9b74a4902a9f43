import { AppError } from '../../shared/api/errors';
import type { Handlers } from './dispatch';

type ResultsChannel =
  | 'frameworks.list'
  | 'frameworks.get'
  | 'frameworks.copy'
  | 'frameworks.update'
  | 'frameworks.import'
  | 'frameworks.export'
  | 'frameworks.delete'
  | 'assessments.list'
  | 'assessments.get'
  | 'assessments.save'
  | 'assessments.patch'
  | 'assessments.delete'
  | 'analysis.get'
  | 'results.exportXlsx';

const pending = (): never => {
  throw new AppError('internal', { params: { reason: 'not implemented yet' } });
};

/** Frameworks, yearly results, analysis and the Excel export (being written: placeholders answer `internal`). */
export const resultsHandlers: Pick<Handlers, ResultsChannel> = {
  'frameworks.list': pending,
  'frameworks.get': pending,
  'frameworks.copy': pending,
  'frameworks.update': pending,
  'frameworks.import': pending,
  'frameworks.export': pending,
  'frameworks.delete': pending,
  'assessments.list': pending,
  'assessments.get': pending,
  'assessments.save': pending,
  'assessments.patch': pending,
  'assessments.delete': pending,
  'analysis.get': pending,
  'results.exportXlsx': pending,
};
