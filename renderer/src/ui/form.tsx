import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { toFieldIssues } from '../../../shared/api/validation';
import { encodeIssue, FieldMessage } from './errors';

/**
 * The zod resolver for a form, over the very schema the main process checks. Zod's own messages are
 * replaced by the `validation.*` keys of `toFieldIssues`, the mapping every layer shares.
 */
export function schemaResolver<T extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(schema: T) {
  return zodResolver(schema, {
    error: (issue) => {
      const raw = { ...issue, path: [], message: '' } as unknown as z.core.$ZodIssue;
      const [fieldIssue] = toFieldIssues({ issues: [raw] } as unknown as z.ZodError);
      return fieldIssue ? encodeIssue(fieldIssue) : undefined;
    },
  });
}

/** The props that tie an input to its label, its hint and its error message. */
export function inputProps(id: string, error: FieldError | undefined, hint = false) {
  const describedBy = [hint && !error ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
}

/**
 * One labelled form field: label above, control, then the hint or the validation message. A
 * `required` field is starred; an `optional` one (that may be left empty) says so.
 */
export function Field(props: {
  id: string;
  label: string;
  error?: FieldError | undefined;
  hint?: ReactNode;
  required?: boolean;
  optional?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={`field ${props.error ? 'field-invalid' : ''} ${props.className ?? ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required && (
          <span className="required" aria-hidden="true" title={t('form.required')}>
            {' '}
            *
          </span>
        )}
        {props.optional && <span className="optional"> {t('form.optional')}</span>}
      </label>
      {props.children}
      {props.hint && !props.error && (
        <p className="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldMessage id={`${props.id}-error`} error={props.error} />
    </div>
  );
}
