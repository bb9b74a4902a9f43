import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { FrameworkDefinitionInput } from '../../../shared/api/results';
import type { Framework, FrameworkDefinition, FrameworkSummary } from '../../../shared/ita/types';
import { call } from '../api';
import { useApp } from '../appContext';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { useLoad } from '../ui/useLoad';
import { downloadText } from '../ui/download';
import { useNumberFormat } from './format';
import './results.css';

const loadFrameworks = () => call('frameworks.list', {});

/**
 * Frameworks are data per fiscal year: list them, copy a year's framework to a new year, edit
 * it (names, items, weights), import and export it as JSON, delete one no results use.
 */
export function FrameworksScreen() {
  const { t } = useTranslation();
  const { notify } = useApp();
  const fmt = useNumberFormat();
  const { data: list, error: loadError, reload } = useLoad(loadFrameworks);
  const [editing, setEditing] = useState<Framework>();
  const [copyFrom, setCopyFrom] = useState<FrameworkSummary>();
  const [error, setError] = useState<ApiError>();
  const [replace, setReplace] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = useCallback(
    async (action: () => Promise<void>) => {
      setError(undefined);
      try {
        await action();
      } catch (thrown) {
        setError(apiErrorOf(thrown));
      }
    },
    [],
  );

  const open = (id: number) => run(async () => setEditing(await call('frameworks.get', { id })));
  const exportOne = (f: FrameworkSummary) =>
    run(async () => {
      const file = await call('frameworks.export', { id: f.id });
      downloadText(`${JSON.stringify(file, null, 2)}\n`, `ita-framework-${f.fiscalYear}.json`, 'application/json');
    });
  const remove = (f: FrameworkSummary) =>
    run(async () => {
      await call('frameworks.delete', { id: f.id });
      notify(t('results.frameworks.deleted', { year: fmt.year(f.fiscalYear) }));
      await reload();
    });
  const importFile = (file: File) =>
    run(async () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        setError({ code: 'bundle_invalid', issues: [{ path: '', key: 'bundle.notJson' }] });
        return;
      }
      const imported = await call('frameworks.import', { file: parsed, replace });
      notify(t('results.frameworks.imported', { year: fmt.year(imported.fiscalYear) }));
      await reload();
      setEditing(imported);
    });

  if (editing)
    return (
      <FrameworkEditor
        framework={editing}
        onClose={() => {
          setEditing(undefined);
          void reload();
        }}
      />
    );

  return (
    <section className="rs-screen" data-testid="frameworks">
      <header className="rs-header">
        <div>
          <h2>{t('results.frameworks.title')}</h2>
          <p className="rs-sub">{t('results.frameworks.intro')}</p>
        </div>
        <div className="rs-header-actions">
          <label className="rs-check">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} data-testid="import-replace" />
            {t('results.frameworks.replace')}
          </label>
          <button type="button" onClick={() => fileInput.current?.click()} data-testid="import-framework">
            {t('results.frameworks.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            data-testid="import-framework-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      </header>
      <ErrorNotice error={loadError ?? error} issues={error?.issues} testId="frameworks-error" />
      {copyFrom && (
        <CopyForm
          from={copyFrom}
          taken={(list ?? []).map((f) => f.fiscalYear)}
          onCancel={() => setCopyFrom(undefined)}
          onCopied={(framework) => {
            setCopyFrom(undefined);
            notify(t('results.frameworks.copied', { year: fmt.year(framework.fiscalYear) }));
            setEditing(framework);
          }}
        />
      )}
      {!list ? (
        <p className="loading">{t('state.loading')}</p>
      ) : (
        <table className="rs-table" data-testid="frameworks-list">
          <thead>
            <tr>
              <th>{t('results.fiscalYear')}</th>
              <th>{t('results.frameworks.name')}</th>
              <th className="rs-num">{t('results.frameworks.items')}</th>
              <th>{t('results.frameworks.usedBy')}</th>
              <th>{t('results.frameworks.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {[...list]
              .sort((a, b) => b.fiscalYear - a.fiscalYear)
              .map((f) => (
                <tr key={f.id} data-testid={`framework-${f.fiscalYear}`}>
                  <td>
                    <strong>{fmt.year(f.fiscalYear)}</strong>
                  </td>
                  <td>
                    {f.name}
                    {f.builtin && <span className="rs-badge rs-badge-muted">{t('results.frameworks.builtin')}</span>}
                    {!f.confirmed && (
                      <span className="rs-badge rs-badge-warn" title={t('results.frameworks.unconfirmedHint')}>
                        {t('results.frameworks.unconfirmed')}
                      </span>
                    )}
                  </td>
                  <td className="rs-num">{fmt.plain(f.itemCount)}</td>
                  <td>{f.usedBy.length ? f.usedBy.map((y) => fmt.year(y)).join(', ') : <span className="rs-muted">—</span>}</td>
                  <td>
                    <div className="rs-actions">
                    <button type="button" onClick={() => void open(f.id)} data-testid={`edit-${f.fiscalYear}`}>
                      {t('action.edit')}
                    </button>
                    <button type="button" onClick={() => setCopyFrom(f)} data-testid={`copy-${f.fiscalYear}`}>
                      {t('results.frameworks.copy')}
                    </button>
                    <button type="button" onClick={() => void exportOne(f)} data-testid={`export-${f.fiscalYear}`}>
                      {t('action.export')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void remove(f)}
                      disabled={f.usedBy.length > 0}
                      title={f.usedBy.length ? t('results.framework.usedBy', { years: f.usedBy.map((y) => fmt.year(y)).join(', ') }) : undefined}
                      data-testid={`delete-${f.fiscalYear}`}
                    >
                      {t('action.delete')}
                    </button>
                    </div>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CopyForm({ from, taken, onCancel, onCopied }: { from: FrameworkSummary; taken: number[]; onCancel: () => void; onCopied: (f: Framework) => void }) {
  const { t } = useTranslation();
  const fmt = useNumberFormat();
  let next = from.fiscalYear + 1;
  while (taken.includes(next)) next += 1;
  const [toYear, setToYear] = useState(String(next));
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError>();
  const submit = async () => {
    setError(undefined);
    try {
      onCopied(await call('frameworks.copy', { fromId: from.id, toYear: Number(toYear), ...(name.trim() ? { name: name.trim() } : {}) }));
    } catch (thrown) {
      setError(apiErrorOf(thrown));
    }
  };
  return (
    <form
      className="rs-copy"
      data-testid="copy-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t('results.frameworks.copyTitle', { year: fmt.year(from.fiscalYear) })}</h3>
      <ErrorNotice error={error} issues={error?.issues} testId="copy-error" />
      <div className="rs-row">
        <label className="field">
          <span>{t('results.frameworks.toYear')}</span>
          <input type="number" min={2500} max={2700} value={toYear} onChange={(e) => setToYear(e.target.value)} data-testid="copy-year" />
        </label>
        <label className="field rs-grow">
          <span>{t('results.frameworks.newName')}</span>
          <input type="text" value={name} placeholder={t('results.frameworks.newNamePlaceholder', { year: toYear })} onChange={(e) => setName(e.target.value)} data-testid="copy-name" />
        </label>
      </div>
      <div className="rs-row">
        <button type="submit" className="primary" data-testid="copy-submit">
          {t('results.frameworks.copy')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

const definitionOf = (f: Framework): FrameworkDefinition => ({
  fiscalYear: f.fiscalYear,
  name: f.name,
  passMark: f.passMark,
  gradeBands: f.gradeBands.map((b) => ({ ...b })),
  instruments: f.instruments.map((i) => ({ ...i })),
  indicators: f.indicators.map((i) => ({ ...i })),
  subIndicators: f.subIndicators.map((s) => ({ ...s })),
  items: f.items.map((i) => ({ ...i })),
  confirmed: f.confirmed,
  notes: f.notes,
});

/** Edits a framework: name, pass mark, weights, indicator and sub-indicator names, and the items. */
function FrameworkEditor({ framework, onClose }: { framework: Framework; onClose: () => void }) {
  const { t } = useTranslation();
  const { notify } = useApp();
  const fmt = useNumberFormat();
  const [def, setDef] = useState<FrameworkDefinition>(() => definitionOf(framework));
  const [error, setError] = useState<ApiError>();
  const [filter, setFilter] = useState<'all' | string>('all');
  const [saving, setSaving] = useState(false);
  const change = (mutate: (d: FrameworkDefinition) => void) =>
    setDef((d) => {
      const next = structuredClone(d);
      mutate(next);
      return next;
    });
  // A refused save is explained at the top of a long form: bring it into view.
  useEffect(() => {
    if (error) document.querySelector('[data-testid="framework-error"]')?.scrollIntoView?.({ block: 'center' });
  }, [error]);
  const weightSum = def.instruments.reduce((sum, i) => sum + (Number.isFinite(i.weight) ? i.weight : 0), 0);
  const badIssue = (path: string) => error?.issues?.find((i) => i.path === `framework.${path}` || i.path === path);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await call('frameworks.update', { id: framework.id, framework: def as FrameworkDefinitionInput });
      notify(t('results.frameworks.saved', { year: fmt.year(def.fiscalYear) }));
      onClose();
    } catch (thrown) {
      setError(apiErrorOf(thrown));
    } finally {
      setSaving(false);
    }
  };

  const items = def.items.map((item, index) => ({ item, index })).filter(({ item }) => filter === 'all' || String(item.indicatorNo) === filter);
  const addItem = () =>
    change((d) => {
      const indicatorNo = filter === 'all' ? (d.indicators.find((i) => i.instrument === 'OIT')?.no ?? d.indicators[0]?.no ?? 1) : Number(filter);
      const instrument = d.indicators.find((i) => i.no === indicatorNo)?.instrument ?? 'OIT';
      const prefix = instrument === 'OIT' ? 'O' : instrument === 'EIT' ? 'E' : 'I';
      const used = d.items.filter((i) => i.code.startsWith(prefix)).map((i) => Number(i.code.slice(1)) || 0);
      const code = `${prefix}${Math.max(0, ...used) + 1}`;
      const last = [...d.items].reverse().find((i) => i.indicatorNo === indicatorNo);
      const at = last ? d.items.indexOf(last) + 1 : d.items.length;
      d.items.splice(at, 0, { code, name: '', indicatorNo, subIndicator: last?.subIndicator ?? null, confirmed: false });
    });

  return (
    <section className="rs-screen" data-testid="framework-editor">
      <header className="rs-header">
        <div>
          <h2>{t('results.frameworks.editTitle', { year: fmt.year(def.fiscalYear) })}</h2>
          {framework.usedBy.length > 0 && <p className="rs-sub">{t('results.framework.usedBy', { years: framework.usedBy.map((y) => fmt.year(y)).join(', ') })}</p>}
        </div>
        <div className="rs-header-actions">
          <button type="button" className="primary" onClick={() => void save()} disabled={saving} data-testid="framework-save">
            {t('action.save')}
          </button>
          <button type="button" onClick={onClose} data-testid="framework-close">
            {t('action.close')}
          </button>
        </div>
      </header>
      <ErrorNotice error={error} issues={error?.issues} testId="framework-error" />

      <div className="rs-row">
        <label className="field rs-grow">
          <span>{t('results.frameworks.name')}</span>
          <input type="text" value={def.name} onChange={(e) => change((d) => void (d.name = e.target.value))} data-testid="fw-name" />
        </label>
        <label className="field">
          <span>{t('results.frameworks.passMark')}</span>
          <input type="number" min={0} max={100} step="0.01" value={def.passMark} onChange={(e) => change((d) => void (d.passMark = e.target.valueAsNumber))} data-testid="fw-passmark" />
        </label>
      </div>

      <h3>{t('results.frameworks.instruments')}</h3>
      <table className="rs-table rs-fixed">
        <colgroup>
          <col style={{ width: '6rem' }} />
          <col />
          <col style={{ width: '16rem' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('results.entry.instrument')}</th>
            <th>{t('results.frameworks.name')}</th>
            <th className="rs-num">{t('results.frameworks.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {def.instruments.map((instrument, i) => (
            <tr key={instrument.code}>
              <td>{instrument.code}</td>
              <td>
                <input type="text" className="rs-wide" value={instrument.name} onChange={(e) => change((d) => void (d.instruments[i]!.name = e.target.value))} />
              </td>
              <td className="rs-num">
                <input
                  type="number"
                  min={0}
                  max={100}
                  className="rs-narrow"
                  value={Number.isFinite(instrument.weight) ? instrument.weight : ''}
                  onChange={(e) => change((d) => void (d.instruments[i]!.weight = e.target.valueAsNumber))}
                  data-testid={`fw-weight-${instrument.code}`}
                />
                {!instrument.confirmed && <span className="rs-badge rs-badge-warn">{t('results.frameworks.unconfirmed')}</span>}
              </td>
            </tr>
          ))}
          <tr>
            <td />
            <td className="rs-num">{t('results.frameworks.weightSum')}</td>
            <td className={`rs-num ${Math.abs(weightSum - 100) > 0.001 ? 'rs-bad-text' : ''}`} data-testid="fw-weight-sum">
              {fmt.plain(weightSum, Number.isInteger(weightSum) ? 0 : 2)}
              {Math.abs(weightSum - 100) > 0.001 && <span className="rs-warning-text">⚠ {t('results.frameworks.weightsMustSum')}</span>}
            </td>
          </tr>
        </tbody>
      </table>

      <h3>{t('results.frameworks.indicators')}</h3>
      <table className="rs-table rs-fixed">
        <colgroup>
          <col style={{ width: '4rem' }} />
          <col />
          <col style={{ width: '6rem' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('results.entry.no')}</th>
            <th>{t('results.entry.indicator')}</th>
            <th>{t('results.entry.instrument')}</th>
          </tr>
        </thead>
        <tbody>
          {def.indicators.map((indicator, i) => (
            <tr key={indicator.no}>
              <td>{fmt.plain(indicator.no)}</td>
              <td>
                <input type="text" className="rs-wide" value={indicator.name} onChange={(e) => change((d) => void (d.indicators[i]!.name = e.target.value))} data-testid={`fw-indicator-${indicator.no}`} />
              </td>
              <td>{indicator.instrument}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {def.subIndicators.length > 0 && (
        <>
          <h3>{t('results.frameworks.subIndicators')}</h3>
          <table className="rs-table">
            <tbody>
              {def.subIndicators.map((sub, i) => (
                <tr key={sub.code}>
                  <td style={{ width: '5rem' }}>{sub.code}</td>
                  <td>
                    <input type="text" className="rs-wide" value={sub.name} onChange={(e) => change((d) => void (d.subIndicators[i]!.name = e.target.value))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>{t('results.frameworks.itemsTitle', { count: fmt.plain(def.items.length) })}</h3>
      <div className="rs-row">
        <label className="field">
          <span>{t('results.frameworks.showIndicator')}</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="fw-filter">
            <option value="all">{t('results.frameworks.allIndicators')}</option>
            {def.indicators.map((i) => (
              <option key={i.no} value={String(i.no)}>
                {fmt.plain(i.no)}. {i.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={addItem} data-testid="fw-add-item">
          {t('results.frameworks.addItem')}
        </button>
      </div>
      <table className="rs-table rs-fixed" data-testid="fw-items">
        <colgroup>
          <col style={{ width: '7rem' }} />
          <col />
          <col style={{ width: '6rem' }} />
          <col style={{ width: '7.5rem' }} />
          <col style={{ width: '5rem' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('results.entry.code')}</th>
            <th>{t('results.entry.item')}</th>
            <th>{t('results.entry.indicator')}</th>
            <th>{t('results.frameworks.subIndicator')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map(({ item, index }) => {
            const codeIssue = badIssue(`items.${index}.code`);
            const nameIssue = badIssue(`items.${index}.name`);
            const subs = def.subIndicators.filter((s) => s.indicatorNo === item.indicatorNo);
            return (
              <tr key={index} data-testid={`fw-item-${item.code}`}>
                <td className={codeIssue ? 'rs-invalid' : undefined}>
                  <input type="text" value={item.code} onChange={(e) => change((d) => void (d.items[index]!.code = e.target.value.toUpperCase()))} aria-label={t('results.entry.code')} />
                </td>
                <td className={nameIssue ? 'rs-invalid' : undefined}>
                  <input type="text" className="rs-wide" value={item.name} onChange={(e) => change((d) => void (d.items[index]!.name = e.target.value))} aria-label={t('results.entry.item')} data-testid={`fw-item-name-${index}`} />
                </td>
                <td>
                  <select
                    value={item.indicatorNo}
                    onChange={(e) =>
                      change((d) => {
                        d.items[index]!.indicatorNo = Number(e.target.value);
                        d.items[index]!.subIndicator = null;
                      })
                    }
                  >
                    {def.indicators.map((i) => (
                      <option key={i.no} value={i.no}>
                        {fmt.plain(i.no)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {subs.length > 0 ? (
                    <select value={item.subIndicator ?? ''} onChange={(e) => change((d) => void (d.items[index]!.subIndicator = e.target.value || null))}>
                      <option value="">—</option>
                      {subs.map((s) => (
                        <option key={s.code} value={s.code}>
                          {s.code}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className="rs-muted">—</span>
                  )}
                </td>
                <td>
                  <button type="button" className="danger" onClick={() => change((d) => void d.items.splice(index, 1))} data-testid={`fw-remove-${item.code}`} aria-label={t('results.frameworks.removeItem', { code: item.code })}>
                    {t('action.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <label className="field">
        <span>{t('results.frameworks.notes')}</span>
        <textarea rows={3} value={def.notes} onChange={(e) => change((d) => void (d.notes = e.target.value))} />
      </label>
    </section>
  );
}
