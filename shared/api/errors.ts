/** Errors cross every boundary (IPC, HTTP bridge, CLI) as data, never as thrown stacks. */
export const ERROR_CODES = [
  'validation', // input failed its schema; `issues` names each field
  'not_found', // the record asked for does not exist
  'conflict', // a unique rule would be broken (duplicate name or code)
  'in_use', // the record is still referenced by other records
  'setup_required', // the office has not been set up yet
  'bundle_invalid', // a data bundle file is malformed or of a foreign format
  'db_newer', // the database was written by a newer ITA Desk
  'db_not_sqlite', // the database file is not an SQLite database
  'db_foreign', // an SQLite database, but not one of ITA Desk
  'data_dir_unwritable', // the data folder cannot be written
  'backup_invalid', // a file is not a usable ITA Desk backup; `issues` say why (damaged, foreign …)
  'backup_newer', // a backup made by a newer ITA Desk (newer schema): update the app to restore it
  'backup_failed', // writing a backup failed (full disk, drive removed …); nothing that looks good is left
  'backup_busy', // another backup or restore is running, or another program holds the database
  'internal', // anything unexpected; details go to the log, not the UI
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `units.2.name`. */
  path: string;
  /** i18n key of the message, e.g. `validation.tooLong`. */
  key: string;
  /** Values interpolated into the message (max length, the unknown code …). */
  params?: Record<string, string | number>;
}

export interface ApiError {
  code: ErrorCode;
  issues?: FieldIssue[];
  /** Extra values for the message of the code (e.g. the schema versions for `db_newer`). */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside main-process services; converted to `Result` at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Omit<ApiError, 'code'> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
  toApiError(): ApiError {
    return { code: this.code, ...this.details };
  }
}
