import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chart } from '../../../shared/charts';
import { downloadBlob, downloadText } from '../ui/download';
import { svgToPng } from './chartImage';

/** One chart on screen (inline SVG in the page's Sarabun) with its SVG and PNG downloads. */
export function ChartCard({ id, chart, fileName }: { id: string; chart: Chart; fileName: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const png = async () => {
    setBusy(true);
    setFailed(false);
    try {
      downloadBlob(await svgToPng(chart.svg, chart.width, chart.height), `${fileName}.png`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <figure className="rs-chart" data-testid={`chart-${id}`}>
      {/* The SVG is built by our own builders from escaped text: no user markup reaches it. */}
      <div className="rs-chart-svg" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <figcaption className="rs-chart-actions">
        <button type="button" onClick={() => downloadText(chart.svg, `${fileName}.svg`, 'image/svg+xml')} data-testid={`chart-${id}-svg`}>
          {t('results.chart.downloadSvg')}
        </button>
        <button type="button" onClick={() => void png()} disabled={busy} data-testid={`chart-${id}-png`}>
          {t('results.chart.downloadPng')}
        </button>
        {failed && <span className="rs-warning-text">{t('results.chart.pngFailed')}</span>}
      </figcaption>
    </figure>
  );
}
