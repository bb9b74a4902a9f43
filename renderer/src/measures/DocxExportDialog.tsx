import { useEffect, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { DocxFile } from '../../../shared/api/measures';
import { useApp } from '../appContext';
import { DocxPreview } from '../memos/DocxPreview';
import { Dialog } from '../ui/Dialog';
import { downloadBase64 } from '../ui/download';
import { apiErrorOf, ErrorNotice } from '../ui/errors';

/** The state of a Word export with editable options: the options, the file previewed, what runs. */
export interface DocxExport<O> {
  options: O | undefined;
  setOptions: Dispatch<SetStateAction<O | undefined>>;
  /** The options were stored by an earlier export (otherwise they are the defaults made from the data). */
  stored: boolean;
  failure: ApiError | undefined;
  busy: 'preview' | 'download' | null;
  preview: DocxFile | undefined;
  setPreview: (file: DocxFile | undefined) => void;
  run: (kind: 'preview' | 'download') => Promise<void>;
}

/**
 * Loads a document's options (`load` must be stable: memoise it on what it reads), then exports
 * them on demand, to preview the very file or to download it. Every export stores its options.
 */
export function useDocxExport<O>(load: () => Promise<{ options: O; stored: boolean }>, exportFile: (options: O) => Promise<DocxFile>): DocxExport<O> {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [options, setOptions] = useState<O>();
  const [stored, setStored] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState<'preview' | 'download' | null>(null);
  const [preview, setPreview] = useState<DocxFile>();

  useEffect(() => {
    load()
      .then((got) => {
        setOptions(got.options);
        setStored(got.stored);
      })
      .catch((thrown: unknown) => setFailure(apiErrorOf(thrown)));
  }, [load]);

  const run = async (kind: 'preview' | 'download') => {
    if (!options) return;
    setBusy(kind);
    setFailure(undefined);
    try {
      const file = await exportFile(options);
      setStored(true);
      if (kind === 'preview') setPreview(file);
      else {
        downloadBase64(file.fileName, file.base64);
        notify(t('measuresUi.export.downloaded', { file: file.fileName }));
      }
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    } finally {
      setBusy(null);
    }
  };

  return { options, setOptions, stored, failure, busy, preview, setPreview, run };
}

/**
 * A Word export dialog: the document's editable parts (`form`, once the options are loaded), a
 * preview of the very file, and the download. Test ids start with `testIdPrefix`
 * (`<prefix>-export-dialog`, `<prefix>-preview`, `<prefix>-download` …).
 */
export function DocxExportDialog<O>(props: { title: string; testIdPrefix: string; exporter: DocxExport<O>; onClose: () => void; notice?: ReactNode; form: (options: O) => ReactNode }) {
  const { t } = useTranslation();
  const { options, stored, failure, busy, preview, setPreview, run } = props.exporter;
  const prefix = props.testIdPrefix;
  return (
    <Dialog
      open
      wide
      title={props.title}
      onClose={props.onClose}
      testId={`${prefix}-export-dialog`}
      footer={
        <>
          <button type="button" onClick={props.onClose}>
            {t('action.close')}
          </button>
          <button type="button" onClick={() => void run('preview')} disabled={!options || busy !== null} data-testid={`${prefix}-preview`}>
            {busy === 'preview' ? t('measuresUi.export.working') : t('measuresUi.export.preview')}
          </button>
          <button type="button" className="primary" onClick={() => void run('download')} disabled={!options || busy !== null} data-testid={`${prefix}-download`}>
            {busy === 'download' ? t('measuresUi.export.working') : t('measuresUi.export.download')}
          </button>
        </>
      }
    >
      <ErrorNotice error={failure} issues={failure?.issues} testId={`${prefix}-export-error`} />
      {props.notice}
      {!options ? (
        !failure && <p className="loading">{t('state.loading')}</p>
      ) : preview ? (
        <>
          <button type="button" className="link" onClick={() => setPreview(undefined)} data-testid={`${prefix}-back-to-edit`}>
            ← {t('measuresUi.export.backToEdit')}
          </button>
          <DocxPreview base64={preview.base64} />
        </>
      ) : (
        <div className="ms-export-form">
          <p className="field-hint">{stored ? t('measuresUi.export.storedHint') : t('measuresUi.export.defaultsHint')}</p>
          {props.form(options)}
        </div>
      )}
    </Dialog>
  );
}
