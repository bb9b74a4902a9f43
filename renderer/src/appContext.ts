import { createContext, useContext } from 'react';
import type { AppInfo, Language, Organization } from '../../shared/api/office';

/** What every screen may use from the shell: app info, the organisation, navigation and notices. */
export interface AppState {
  info: AppInfo;
  organization: Organization | null;
  /** Reloads app info and organisation (after setup, sample data, import or an organisation edit). */
  refresh: () => Promise<void>;
  /** Opens a screen of `screens.ts` by its id. */
  navigate: (screenId: string) => void;
  /** Shows a short success notice ("saved"). */
  notify: (message: string) => void;
  /** Switches the UI language at once and stores the choice. */
  setLanguage: (language: Language) => Promise<void>;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside <AppContext>');
  return state;
}
