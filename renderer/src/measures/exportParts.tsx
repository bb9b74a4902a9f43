import { useTranslation } from 'react-i18next';
import type { MemoSigner } from '../../../shared/api/memos';
import type { Person } from '../../../shared/api/office';
import { signerOf } from '../../../shared/documents/memo';

/** Paragraphs as one text box: one paragraph per line. */
export const fromParagraphs = (list: readonly string[]): string => list.join('\n');
export const toParagraphs = (text: string): string[] =>
  text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
/** Paragraphs as sent: each trimmed, empty ones dropped. */
export const cleanParagraphs = (list: readonly string[]): string[] => list.map((p) => p.trim()).filter(Boolean);

/** A text box holding paragraphs, one per line. */
export function ParagraphsField(props: { id: string; label: string; value: string[]; onChange: (value: string[]) => void; rows?: number; hint?: string }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={props.rows ?? 4}
        defaultValue={fromParagraphs(props.value)}
        onBlur={(e) => props.onChange(toParagraphs(e.target.value))}
        onChange={(e) => props.onChange(e.target.value.split('\n'))}
        data-testid={props.id}
      />
      <p className="field-hint">{props.hint ?? t('measuresUi.export.paragraphHint')}</p>
    </div>
  );
}

/** A signer: pick a person (name and position filled in), then adjust the text if needed. */
export function SignerFields(props: { id: string; value: MemoSigner; people: Person[]; onChange: (value: MemoSigner) => void; onRemove?: () => void; heading?: string }) {
  const { t } = useTranslation();
  return (
    <div className="ms-signer" data-testid={props.id}>
      {props.heading && <p className="ms-signer-heading">{props.heading}</p>}
      <div className="form-grid form-grid-3">
        <div className="field">
          <label htmlFor={`${props.id}-person`}>{t('measuresUi.export.person')}</label>
          <select
            id={`${props.id}-person`}
            value={props.value.personId ?? ''}
            onChange={(e) => {
              const person = props.people.find((p) => p.id === Number(e.target.value));
              props.onChange(person ? signerOf(person) : { ...props.value, personId: null });
            }}
          >
            <option value="">{t('measuresUi.export.typeName')}</option>
            {props.people.map((p) => (
              <option key={p.id} value={p.id}>
                {signerOf(p).name} · {p.position}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${props.id}-name`}>{t('measuresUi.export.signerName')}</label>
          <input id={`${props.id}-name`} type="text" value={props.value.name} onChange={(e) => props.onChange({ ...props.value, name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${props.id}-position`}>{t('measuresUi.export.signerPosition')}</label>
          <input id={`${props.id}-position`} type="text" value={props.value.position} onChange={(e) => props.onChange({ ...props.value, position: e.target.value })} />
        </div>
      </div>
      {props.onRemove && (
        <button type="button" className="small danger-text" onClick={props.onRemove}>
          {t('measuresUi.export.removeSigner')}
        </button>
      )}
    </div>
  );
}
