import type { ComponentType } from 'react';
import { BackupScreen } from './backup/BackupScreen';
import { DashboardScreen } from './measures/DashboardScreen';
import { MeasuresScreen } from './measures/MeasuresScreen';
import { ProgressScreen } from './measures/ProgressScreen';
import { MeetingsScreen } from './meetings/MeetingsScreen';
import { MemosScreen } from './memos/MemosScreen';
import { AnalysisScreen } from './results/AnalysisScreen';
import { FrameworksScreen } from './results/FrameworksScreen';
import { ResultsScreen } from './results/ResultsScreen';
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
