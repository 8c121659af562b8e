// Where the CJK font comes from: the Noto Sans JP TTFs shipped by an npm package, so Japanese
// renders in PNGs on a fresh machine after `npm ci` alone, with no system fonts involved.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportMessages } from './report-messages.js';

/** The family name inside the TTFs; charts name it first so SVG, PNG and metrics agree. */
export const REPORT_FONT_FAMILY = 'Noto Sans JP';

/**
 * CSS font stack for specs: Noto Sans JP first (what PNGs are rendered and measured with), then
 * the Japanese fonts a committee's browser is likely to have.
 */
export const REPORT_FONT_STACK =
  "'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-jp';

export interface ReportFontFiles {
  regular: string;
  bold: string;
}

let cached: ReportFontFiles | undefined;

/** Absolute paths of the regular and bold TTFs; throws a clear message if the package is missing. */
export function reportFontFiles(): ReportFontFiles {
  if (cached) return cached;
  let packageDir: string;
  try {
    // The package's main entry sits at its root; its TTFs are folders beside it.
    packageDir = dirname(fileURLToPath(import.meta.resolve(FONT_PACKAGE)));
  } catch {
    throw new Error(reportMessages.fontPackageMissing(FONT_PACKAGE));
  }
  const files = {
    regular: join(packageDir, '400Regular', 'NotoSansJP_400Regular.ttf'),
    bold: join(packageDir, '700Bold', 'NotoSansJP_700Bold.ttf'),
  };
  for (const file of Object.values(files)) {
    if (!existsSync(file)) throw new Error(reportMessages.fontFileMissing(file, FONT_PACKAGE));
  }
  cached = files;
  return files;
}
