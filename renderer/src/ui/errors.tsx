import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import { ApiFailure } from '../api';

/**
 * How the renderer shows an `ApiFailure`: the translated `error.<code>` for the whole form, and each
 * field issue (`validation.*` key and params) next to the field it names. Client-side validation
 * (the same zod schemas through react-hook-form) produces the very same keys, so a message reads
 * the same whether the form or the main process caught the mistake.
 */

/** The error data of anything thrown by `call()`; anything else is an unexpected `internal` error. */
export function apiErrorOf(thrown: unknown): ApiError {
  if (thrown instanceof ApiFailure) return thrown.error;
  return { code: 'internal' };
}

/** The translated message of an error code (`error.<code>` with its params). */
export function errorMessage(t: TFunction, error: ApiError): string {
  if (error.code === 'internal' && error.params?.reason === 'network') return t('error.network');
  return t(`error.${error.code}`, { ...error.params });
}

/** The translated message of one field issue. */
export function issueMessage(t: TFunction, issue: Pick<FieldIssue, 'key' | 'params'>): string {
  return t(issue.key, { ...issue.params });
}

// react-hook-form keeps one string per field error: the issue's key, and its params after a separator.
const SEPARATOR = '\u241F';

export function encodeIssue(issue: Pick<FieldIssue, 'key' | 'params'>): string {
  return issue.params && Object.keys(issue.params).length ? `${issue.key}${SEPARATOR}${JSON.stringify(issue.params)}` : issue.key;
}

export function decodeIssue(message: string): Pick<FieldIssue, 'key' | 'params'> {
  const at = message.indexOf(SEPARATOR);
  if (at < 0) return { key: message };
  try {
    return { key: message.slice(0, at), params: JSON.parse(message.slice(at + 1)) as FieldIssue['params'] };
  } catch {
    return { key: message.slice(0, at) };
  }
}

/**
 * Puts the issues of a failed call onto the form fields they name (`prefix` is stripped first, e.g.
 * `organization.` for the setup call). Returns the issues no field of this form shows.
 */
export function applyIssues<T extends FieldValues>(error: ApiError, setError: UseFormSetError<T>, fields: readonly string[], prefix = ''): FieldIssue[] {
  const rest: FieldIssue[] = [];
  let focused = false;
  for (const issue of error.issues ?? []) {
    const field = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : undefined;
    if (field !== undefined && fields.includes(field)) {
      setError(field as Path<T>, { type: 'server', message: encodeIssue(issue) }, { shouldFocus: !focused });
      focused = true;
    } else rest.push(issue);
  }
  return rest;
}

/** A failed call as a form shows it: the notice is needed only when some issue has no field here. */
export interface FormFailure {
  error: ApiError;
  issues: FieldIssue[];
}

/**
 * Applies a failure to a form's fields and returns what the form's notice should still show:
 * nothing when every issue sits next to its field (the message there says it all).
 */
export function failForm<T extends FieldValues>(thrown: unknown, setError: UseFormSetError<T>, fields: readonly string[], prefix = ''): FormFailure | undefined {
  const error = apiErrorOf(thrown);
  const rest = applyIssues(error, setError, fields, prefix);
  return error.issues?.length && rest.length === 0 ? undefined : { error, issues: rest };
}

/** Names a bundle or form path for a person: `units.2.name` → "หน่วยงาน › รายการที่ 3 › ชื่อ". */
export function describePath(t: TFunction, path: string): string {
  if (!path) return '';
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? t('field.item', { n: Number(part) + 1 }) : t(`field.${part}`, { defaultValue: part })))
    .join(' › ');
}

/** The message under a form field, translated from the field's error. */
export function FieldMessage({ id, error }: { id: string; error?: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error?.message) return null;
  return (
    <p className="field-error" id={id}>
      {issueMessage(t, decodeIssue(error.message))}
    </p>
  );
}

/** A failed call: the translated message of its code and the issues that belong to no field. */
export function ErrorNotice({ error, issues, testId }: { error: ApiError | undefined; issues?: FieldIssue[]; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const rest = issues ?? [];
  return (
    <div className="notice notice-error" role="alert" data-testid={testId ?? 'error-notice'}>
      <p className="notice-title">{errorMessage(t, error)}</p>
      {rest.length > 0 && (
        <ul className="issue-list">
          {rest.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              {issue.path && <span className="issue-path">{describePath(t, issue.path)}: </span>}
              {issueMessage(t, issue)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
