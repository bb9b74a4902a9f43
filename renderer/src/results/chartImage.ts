import sarabunThai400 from '@fontsource/sarabun/files/sarabun-thai-400-normal.woff2?url';
import sarabunThai700 from '@fontsource/sarabun/files/sarabun-thai-700-normal.woff2?url';
import sarabunLatin400 from '@fontsource/sarabun/files/sarabun-latin-400-normal.woff2?url';
import sarabunLatin700 from '@fontsource/sarabun/files/sarabun-latin-700-normal.woff2?url';

async function asDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('font'));
    reader.readAsDataURL(blob);
  });
}

let fontFaces: Promise<string> | undefined;

/**
 * An SVG drawn as an image cannot reach the page's web fonts: for the PNG, Sarabun is embedded
 * (as data URLs of the bundled font files) so Thai text renders the same on every PC.
 */
function embeddedFonts(): Promise<string> {
  fontFaces ??= Promise.all(
    [
      [sarabunThai400, 400, 'U+0E01-0E5B, U+200C-200D, U+25CC'],
      [sarabunThai700, 700, 'U+0E01-0E5B, U+200C-200D, U+25CC'],
      [sarabunLatin400, 400, 'U+0000-00FF, U+2000-206F, U+25B2, U+25BC'],
      [sarabunLatin700, 700, 'U+0000-00FF, U+2000-206F, U+25B2, U+25BC'],
    ].map(async ([url, weight, range]) => `@font-face{font-family:'Sarabun';font-weight:${weight};src:url(${await asDataUrl(String(url))}) format('woff2');unicode-range:${range};}`),
  )
    .then((faces) => faces.join(''))
    .catch(() => '');
  return fontFaces;
}

/** Renders a chart's SVG to a PNG at twice its size (sharp in documents and on slides). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const faces = await embeddedFonts();
  // Sarabun first for the picture: the embedded font is known to be there.
  const withFont = svg
    .replace(/font-family="[^"]*"/, `font-family="Sarabun, TH Sarabun New, Laksaman, sans-serif"`)
    .replace(/(<svg[^>]*>)/, `$1<defs><style>${faces}</style></defs>`);
  const url = URL.createObjectURL(new Blob([withFont], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
