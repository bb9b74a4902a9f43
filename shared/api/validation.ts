import type { z } from 'zod';
import type { FieldIssue } from './errors';

/**
 * Turns zod issues into translatable field issues. The i18n key names the rule that failed,
 * so every layer (UI, CLI, bundle import) shows the same message in the user's language.
 */
export function toFieldIssues(error: z.ZodError, prefix: (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String).join('.');
    // A schema may name its own message key (e.g. `validation.phone`, `results.framework.weightsSum`); it wins over the generic one.
    if (/^(?:validation|results)\./.test(issue.message)) return { path, key: issue.message, params: (issue as { params?: FieldIssue['params'] }).params };
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string') {
          return issue.minimum === 1
            ? { path, key: 'validation.required' }
            : { path, key: 'validation.tooShort', params: { min: Number(issue.minimum) } };
        }
        if (issue.origin === 'array') return { path, key: 'validation.tooFew', params: { min: Number(issue.minimum) } };
        return { path, key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
      case 'too_big':
        if (issue.origin === 'string') return { path, key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
        if (issue.origin === 'array') return { path, key: 'validation.tooMany', params: { max: Number(issue.maximum) } };
        return { path, key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
      case 'invalid_value':
        return { path, key: 'validation.notInList' };
      case 'invalid_format':
        return { path, key: 'validation.badFormat' };
      case 'unrecognized_keys':
        return { path, key: 'validation.unknownField', params: { fields: issue.keys.join(', ') } };
      case 'custom':
        return { path, key: 'validation.invalid' };
      case 'invalid_type':
        return issue.input === undefined ? { path, key: 'validation.required' } : { path, key: 'validation.wrongType' };
      default:
        return { path, key: 'validation.invalid' };
    }
  });
}
