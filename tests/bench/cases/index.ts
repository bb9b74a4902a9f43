import type { BenchCase } from '../types';
import { backup } from './backup';
import { dbOpen } from './dbOpen';
import { documents } from './documents';
import { firstScreen } from './firstScreen';
import { resultsAnalysis, resultsBundleImport } from './results';
import { measuresPlanExport, measuresProgressExport } from './measures';
import { meetingsMinutesExport } from './meetings';

/** Every benchmark, in the order `npm run bench` runs them. A feature adds its case here. */
export const cases: BenchCase[] = [dbOpen, firstScreen, backup, resultsAnalysis, resultsBundleImport, documents, measuresPlanExport, measuresProgressExport, meetingsMinutesExport];
