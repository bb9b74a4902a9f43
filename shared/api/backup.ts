import { z } from 'zod';
import { channel, noInput } from './channel';

/** A file or folder path typed or picked by the user; the service resolves and checks it. */
const pathInput = z.string().trim().min(1).max(4096);

/** What a backup file says about itself (validated on read; the database hash is checked too). */
export interface BackupManifest {
  format: 'ita-desk-backup';
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  organization: string | null;
  createdAt: string;
  kind: 'manual' | 'auto';
  counts: Record<string, number>;
  fiscalYears: number[];
  database: { bytes: number; sha256: string };
  /**
   * The evidence files the database refers to, in the order their bytes follow the database
   * (format 2; empty in format 1 files): path in the evidence folder, size, SHA-256.
   */
  evidence: BackupEvidenceFile[];
}

export interface BackupEvidenceFile {
  file: string;
  bytes: number;
  sha256: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
  /** Set when a removable drive backup was also written (automatic backups). */
  copies?: string[];
}

export type BackupPhase = 'copy' | 'check' | 'write' | 'verify' | 'extract' | 'swap';

export interface BackupProgress {
  operation: 'backup' | 'verify' | 'restore' | 'undo';
  phase: BackupPhase;
  /** 0…1 over the whole operation. */
  fraction: number;
  startedAt: string;
}

export interface VerifyReport {
  ok: true;
  file: string;
  bytes: number;
  manifest: BackupManifest;
  checks: { container: 'ok'; sha256: 'ok'; integrity: 'ok'; foreignKeys: 'ok'; schema: 'ok' | 'older'; evidence: 'ok' };
}

/** What a restore would bring back, shown before anything changes. */
export interface RestorePreview extends VerifyReport {
  /** The backup's schema is older: it will be migrated forward while restoring. */
  willMigrate: boolean;
  current: { organization: string | null; counts: Record<string, number>; schemaVersion: number };
}

export interface RestoreResult {
  restoredFrom: string;
  organization: string | null;
  undoFile: string;
}

export interface BackupListing {
  file: string;
  name: string;
  bytes: number;
  modifiedAt: string;
  /** Present when the file reads as an ITA Desk backup (container and manifest; full checks on verify). */
  manifest?: BackupManifest;
  /** i18n key of why the file cannot be read as a backup. */
  problem?: string;
}

export interface Drive {
  mount: string;
  label: string;
  size: number;
  free: number;
  removable: boolean;
}

export const backupSettingsInput = z.strictObject({
  auto: z.boolean(),
  usbTarget: pathInput.nullable(),
  warnAfterDays: z.number().int().min(1).max(365),
});
export type BackupSettings = z.infer<typeof backupSettingsInput>;

export interface BackupStatus {
  settings: BackupSettings;
  localDir: string;
  lastGood: { at: string; file: string } | null;
  daysSince: number | null;
  overdue: boolean;
  /** The last automatic backup that failed, as an error code and its reason key. */
  lastError: { at: string; code: string; reason?: string } | null;
  undo: { restoredFrom: string; restoredAt: string; organization: string | null } | null;
  busy: BackupProgress | null;
  /** The app can show the system's file and folder chooser (the desktop app; not browser mode). */
  canPick: boolean;
}

export const backupApi = {
  'backup.create': channel(z.strictObject({ targetDir: pathInput }))<BackupResult>(),
  'backup.progress': channel(noInput)<BackupProgress | null>(),
  'backup.list': channel(z.strictObject({ dir: pathInput }))<BackupListing[]>(),
  'backup.verify': channel(z.strictObject({ file: pathInput }))<VerifyReport>(),
  'backup.inspect': channel(z.strictObject({ file: pathInput }))<RestorePreview>(),
  'backup.restore': channel(z.strictObject({ file: pathInput }))<RestoreResult>(),
  'backup.undoRestore': channel(noInput)<{ organization: string | null }>(),
  'backup.status': channel(noInput)<BackupStatus>(),
  'backup.saveSettings': channel(backupSettingsInput)<BackupSettings>(),
  'backup.drives': channel(noInput)<Drive[]>(),
  /** Opens the system's chooser; null when cancelled or when there is none. */
  'backup.pick': channel(z.strictObject({ kind: z.enum(['folder', 'file']) }))<string | null>(),
};
