/**
 * A photo as it is kept: re-encoded in its own format with the camera's orientation applied
 * and every piece of metadata dropped (EXIF with GPS position, device, owner), plus a small
 * WebP thumbnail for lists. The decoder's pixel limit stops decompression bombs.
 */
import sharp from 'sharp';
import { EvidenceError } from './evidence-error.ts';

/** 100 megapixels: above any phone or camera, far below what would exhaust memory. */
const MAX_PIXELS = 100_000_000;
const THUMBNAIL_EDGE = 320;

export interface CleanPhoto {
  bytes: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

export async function cleanPhoto(bytes: Buffer, mediaType: string): Promise<CleanPhoto> {
  try {
    const source = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const format = mediaType === 'image/png' ? 'png' : mediaType === 'image/webp' ? 'webp' : 'jpeg';
    // sharp writes no metadata unless asked (withMetadata/keepExif): EXIF, XMP and ICC go.
    const { data, info } = await source()
      .toFormat(format, format === 'jpeg' ? { quality: 90, mozjpeg: true } : {})
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await source()
      .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return { bytes: data, thumbnail, width: info.width, height: info.height };
  } catch {
    throw new EvidenceError(
      'image_unreadable',
      '照片已损坏或尺寸过大，无法读取。',
      'The photo is damaged or too large to read.',
    );
  }
}
