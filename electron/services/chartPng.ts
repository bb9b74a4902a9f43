/**
 * SVG charts (shared/charts) to PNG for Word files, with resvg and the system's fonts (Laksaman of
 * fonts-thai-tlwg on Linux, TH Sarabun / Leelawadee on Windows) so Thai labels are shaped properly.
 * resvg is a native module loaded on first use: where it cannot load, documents go without their
 * chart (`null`) instead of the app failing to start.
 */
import type * as ResvgModule from '@resvg/resvg-js';
import type { Chart } from '../../shared/charts';

export interface Png {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

type Resvg = typeof ResvgModule;
let loaded: Promise<Resvg | null> | undefined;

function resvg(): Promise<Resvg | null> {
  loaded ??= import('@resvg/resvg-js').then(
    (module) => module,
    (error: unknown) => {
      console.error('[ita-desk] charts in documents are off: @resvg/resvg-js did not load', error);
      return null;
    },
  );
  return loaded;
}

/** Renders at `scale` × the chart's size (2: sharp when printed at about 15 cm wide); `null` when resvg is unavailable. */
export async function chartToPng(chart: Chart, scale = 2): Promise<Png | null> {
  const module = await resvg();
  if (!module) return null;
  const renderer = new module.Resvg(chart.svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Laksaman', sansSerifFamily: 'Laksaman' },
    background: '#ffffff',
  });
  const image = renderer.render();
  return { png: new Uint8Array(image.asPng()), widthPx: image.width, heightPx: image.height };
}
