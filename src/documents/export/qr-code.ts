/**
 * 民生码: the QR code a site sign carries to an item's public page, as SVG (scales to any print
 * size) or PNG. Error correction level M survives the scuffs of an outdoor sign.
 */
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/** The code for `url` as an SVG document. */
export const qrSvg = (url: string): Promise<string> =>
  QRCode.toString(url, { ...OPTIONS, type: 'svg' });

/** The code for `url` as a PNG `width` pixels wide. */
export const qrPng = (url: string, width = 600): Promise<Buffer> =>
  QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width });
