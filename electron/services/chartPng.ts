/**
 * SVG charts (shared/charts) to PNG for Word files, with resvg and the system's fonts (Laksaman of
 * fonts-thai-tlwg on Linux, Tahoma/Leelawadee on Windows) so Thai labels are shaped properly.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Chart } from '../../shared/charts';

export interface Png {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/** Renders at `scale` × the chart's size (2: sharp when printed at about 15 cm wide). */
export function chartToPng(chart: Chart, scale = 2): Png {
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Laksaman', sansSerifFamily: 'Laksaman' },
    background: '#ffffff',
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), widthPx: image.width, heightPx: image.height };
}
