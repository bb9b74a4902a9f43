import { useMemo } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { organizationInput, type Organization, type OrganizationInput } from '../../../shared/api/office';
import { DOCUMENT_FONTS, ORGANIZATION_TYPES } from '../../../shared/domain/office';
import { PROVINCES } from '../../../shared/domain/provinces';
import { formatThaiDate, toArabicDigits, withDigits } from '../../../shared/domain/thaiFormat';
import { Combobox } from '../ui/Combobox';
import { Field, inputProps, schemaResolver } from '../ui/form';

export type OrganizationForm = UseFormReturn<OrganizationInput>;
export const ORGANIZATION_FIELDS = Object.keys(organizationInput.shape);

const EMPTY: Partial<OrganizationInput> = { name: '', district: '', phone: '', docNumberPrefix: '', thaiDigits: true, documentFont: 'TH SarabunIT๙' };

/** The organisation form of the setup wizard and of Settings: same fields, same schema as the API. */
export function useOrganizationForm(initial: Organization | null): OrganizationForm {
  return useForm<OrganizationInput>({
    resolver: schemaResolver(organizationInput),
    mode: 'onTouched',
    defaultValues: initial ?? EMPTY,
  });
}

export function OrganizationFields({ form }: { form: OrganizationForm }) {
  const { t, i18n } = useTranslation();
  const { register, control, watch } = form;
  const errors = form.formState.errors;
  const provinces = useMemo(
    () => PROVINCES.map(([th, en]) => ({ value: th, label: i18n.language === 'en' ? `${th} (${en})` : th, aliases: [en] })),
    [i18n.language],
  );
  const prefix = watch('docNumberPrefix') ?? '';
  const thaiDigits = watch('thaiDigits');
  const digits = { thaiDigits: !!thaiDigits };
  const number = withDigits(`${toArabicDigits(prefix.trim() || 'ขก 88801')}/123`, digits);
  const date = formatThaiDate(new Date().toISOString().slice(0, 10), digits);

  return (
    <div className="form-grid">
      <Field id="org-name" label={t('org.name')} error={errors.name} hint={t('org.nameHint')} required className="span-2">
        <input type="text" autoComplete="organization" {...inputProps('org-name', errors.name, true)} {...register('name')} />
      </Field>
      <Field id="org-type" label={t('org.type')} error={errors.type} required className="span-2">
        <select {...inputProps('org-type', errors.type)} {...register('type')}>
          <option value="">{t('form.choose')}</option>
          {ORGANIZATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`orgType.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="org-district" label={t('org.district')} error={errors.district} hint={t('org.districtHint')} required>
        <input type="text" {...inputProps('org-district', errors.district, true)} {...register('district')} />
      </Field>
      <Field id="org-province" label={t('org.province')} error={errors.province} hint={t('org.provinceHint')} required>
        <Controller
          control={control}
          name="province"
          render={({ field }) => (
            <Combobox
              id="org-province"
              name={field.name}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              options={provinces}
              placeholder={t('org.provincePlaceholder')}
              noMatchText={t('org.provinceNoMatch')}
              invalid={!!errors.province}
              describedBy={inputProps('org-province', errors.province, true)['aria-describedby']}
            />
          )}
        />
      </Field>
      <Field id="org-phone" label={t('org.phone')} error={errors.phone} hint={t('org.phoneHint')} optional>
        <input type="tel" {...inputProps('org-phone', errors.phone, true)} {...register('phone')} />
      </Field>
      <Field id="org-prefix" label={t('org.docNumberPrefix')} error={errors.docNumberPrefix} hint={t('org.docNumberPrefixHint')} required>
        <input type="text" placeholder="ขก ๘๘๘๐๑" {...inputProps('org-prefix', errors.docNumberPrefix, true)} {...register('docNumberPrefix')} />
      </Field>
      <Field id="org-font" label={t('org.documentFont')} error={errors.documentFont} hint={t('org.documentFontHint')} required>
        <select {...inputProps('org-font', errors.documentFont, true)} {...register('documentFont')}>
          {DOCUMENT_FONTS.map((font) => (
            <option key={font} value={font}>
              {font}
            </option>
          ))}
        </select>
      </Field>
      <div className="field">
        <span className="label-like">{t('org.digits')}</span>
        <label className="check">
          <input type="checkbox" {...register('thaiDigits')} />
          {t('org.thaiDigits')}
        </label>
        <p className="field-hint">
          {t('org.digitsSample')} <span className="sample-number">{t('org.docNumberSample', { number, date })}</span>
        </p>
      </div>
    </div>
  );
}
