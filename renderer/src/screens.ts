import type { ComponentType } from 'react';

/**
 * The screens of the main navigation, in order. Each feature adds its screen here: `id` is also
 * the `data-screen` attribute the end-to-end tests use, `labelKey` its i18n key.
 */
export interface ScreenEntry {
  id: string;
  labelKey: string;
  component: ComponentType;
}

export const screens: ScreenEntry[] = [];
