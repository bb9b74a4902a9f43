import { lazy, type ComponentType, type ReactNode } from 'react';
import { HomeScreen } from './office/HomeScreen';
import { PeopleScreen } from './office/PeopleScreen';
import { SettingsScreen } from './office/SettingsScreen';
import { UnitsScreen } from './office/UnitsScreen';

/**
 * The screens of the main navigation, in order. Each feature adds its screen here: `id` is also
 * the `data-screen` attribute the end-to-end tests use and the `#id` of its address, `labelKey`
 * its i18n key. Screens get the shell's state (organisation, navigate, notify) from `useApp()`.
 * Settings stays last: add feature screens above it.
 */
export interface ScreenEntry {
  id: string;
  labelKey: string;
  component: ComponentType;
}

/**
 * Feature screens load on first visit (their own chunks: charts, the .docx preview, grids), so
 * the first screen of the app appears without them. The office screens stay in the main chunk.
 */
const later = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K): ComponentType =>
  lazy(async () => ({ default: (await load())[name] as () => ReactNode }));

const ResultsScreen = later(() => import('./results/ResultsScreen'), 'ResultsScreen');
const AnalysisScreen = later(() => import('./results/AnalysisScreen'), 'AnalysisScreen');
const FrameworksScreen = later(() => import('./results/FrameworksScreen'), 'FrameworksScreen');
const MemosScreen = later(() => import('./memos/MemosScreen'), 'MemosScreen');
const MeasuresScreen = later(() => import('./measures/MeasuresScreen'), 'MeasuresScreen');
const ProgressScreen = later(() => import('./measures/ProgressScreen'), 'ProgressScreen');
const DashboardScreen = later(() => import('./measures/DashboardScreen'), 'DashboardScreen');
const MeetingsScreen = later(() => import('./meetings/MeetingsScreen'), 'MeetingsScreen');
const BackupScreen = later(() => import('./backup/BackupScreen'), 'BackupScreen');

export const screens: ScreenEntry[] = [
  { id: 'home', labelKey: 'nav.home', component: HomeScreen },
  { id: 'units', labelKey: 'nav.units', component: UnitsScreen },
  { id: 'people', labelKey: 'nav.people', component: PeopleScreen },
  { id: 'results', labelKey: 'nav.results', component: ResultsScreen },
  { id: 'analysis', labelKey: 'nav.analysis', component: AnalysisScreen },
  { id: 'frameworks', labelKey: 'nav.frameworks', component: FrameworksScreen },
  { id: 'memos', labelKey: 'nav.memos', component: MemosScreen },
  { id: 'measures', labelKey: 'nav.measures', component: MeasuresScreen },
  { id: 'progress', labelKey: 'nav.progress', component: ProgressScreen },
  { id: 'measures-dashboard', labelKey: 'nav.measuresDashboard', component: DashboardScreen },
  { id: 'meetings', labelKey: 'nav.meetings', component: MeetingsScreen },
  { id: 'backup', labelKey: 'nav.backup', component: BackupScreen },
  { id: 'settings', labelKey: 'nav.settings', component: SettingsScreen },
];
