import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  moveText,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  showText,
} from 'pdf-lib';

/** Debian's DejaVu Sans (fonts-dejavu-core): it subsets correctly in pdf-lib and covers Vietnamese. */
export const DEFAULT_FONT_PATH = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export interface SignatureAppearance {
  /**
   * Decree 30/2020 display: `personal` shows the signer's handwritten-signature image and name;
   * `organisation` shows the red seal image with the organisation's name and the signing time.
   */
  kind: 'personal' | 'organisation';
  /** 0-based page; default: the last page (where the signature block of a Vietnamese document sits). */
  pageIndex?: number;
  /** In PDF points from the bottom-left corner of the page. */
  rect: { x: number; y: number; width: number; height: number };
  /** PNG with a transparent background (signature or seal). */
  image?: Uint8Array;
  /** Text lines drawn beside/under the image (Vietnamese allowed). */
  lines: string[];
}

export async function loadFont(doc: PDFDocument, fontPath = DEFAULT_FONT_PATH): Promise<PDFFont> {
  if (!existsSync(fontPath)) {
    throw new Error(`Font not found: ${fontPath} (install fonts-dejavu-core or pass fontPath)`);
  }
  doc.registerFontkit(fontkit);
  return doc.embedFont(readFileSync(fontPath), { subset: true });
}

/**
 * Builds the widget's normal appearance (a form XObject). The appearance lives on the signature widget,
 * not in the page content, so a later signature can add its own block in an incremental update without
 * touching what earlier signatures cover.
 */
export async function buildAppearanceStream(
  doc: PDFDocument,
  appearance: SignatureAppearance,
  fontPath?: string,
): Promise<PDFRef> {
  const { width, height } = appearance.rect;
  const font = await loadFont(doc, fontPath);
  const ops: PDFOperator[] = [];
  const resources: Record<string, Record<string, PDFRef>> = { Font: { F1: font.ref } };
  let textX = 2;
  let textTop = height - 2;
  let textWidth = width - 4;
  if (appearance.image) {
    const image = await doc.embedPng(appearance.image);
    resources.XObject = { Im1: image.ref };
    if (appearance.kind === 'organisation') {
      // Seal at the left, text to its right (the seal overlaps the signer's block on paper; here it is beside it).
      const side = Math.min(height, width * 0.4);
      ops.push(pushGraphicsState(), concatTransformationMatrix(side, 0, 0, side, 0, (height - side) / 2));
      ops.push(drawObject('Im1'), popGraphicsState());
      textX = side + 4;
      textWidth = width - side - 6;
    } else {
      const imgHeight = height * 0.55;
      const imgWidth = Math.min(width, (image.width / image.height) * imgHeight);
      ops.push(
        pushGraphicsState(),
        concatTransformationMatrix(imgWidth, 0, 0, imgHeight, 0, height - imgHeight),
      );
      ops.push(drawObject('Im1'), popGraphicsState());
      textTop = height - imgHeight - 2;
    }
  }
  const lineCount = Math.max(1, appearance.lines.length);
  let size = Math.min(10, (textTop - 2) / (lineCount * 1.25));
  for (const line of appearance.lines) {
    while (size > 4 && font.widthOfTextAtSize(line, size) > textWidth) size -= 0.25;
  }
  ops.push(beginText(), setFillingRgbColor(0, 0, 0), setFontAndSize('F1', size));
  let y = textTop - size;
  ops.push(moveText(textX, y));
  appearance.lines.forEach((line, i) => {
    if (i > 0) {
      ops.push(moveText(0, -size * 1.25));
      y -= size * 1.25;
    }
    ops.push(showText(font.encodeText(line)));
  });
  ops.push(endText());
  const stream = doc.context.formXObject(ops, {
    BBox: [0, 0, width, height],
    Resources: resources,
  });
  return doc.context.register(stream);
}
