/**
 * What a citizen writes (a comment, a proposal), checked before anything is stored: length,
 * control characters, the blocked words the office set. Pages escape it when shown and never
 * turn it into links; this is the gate, not the escaping.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { readSetting } from './settings.service.ts';

export interface PublicField {
  /** How the form names the field, for the message: 留言内容 / comment. */
  label: string;
  labelEn: string;
  value: string;
  max: number;
  required?: boolean;
}

// Control characters other than tab and newlines: never meant, sometimes an attack on a display.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Folds case and full-width forms so "ＡＢＣ" cannot slip past a blocked "abc". */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Returns the fields' values cleaned (trimmed, control characters removed), or throws. */
export async function checkPublicText(
  db: Kysely<Database>,
  fields: PublicField[],
): Promise<string[]> {
  const blocked = (await readSetting(db, 'public.blockedWords')).map(fold);
  return fields.map((field) => {
    const value = field.value.replace(CONTROL, '').trim();
    if (field.required && value === '')
      throw new AppError('validation_failed', {
        message: `请填写${field.label}`,
        messageEn: `Enter the ${field.labelEn}`,
      });
    if ([...value].length > field.max)
      throw new AppError('validation_failed', {
        message: `${field.label}不能超过${field.max}个字`,
        messageEn: `The ${field.labelEn} may have at most ${field.max} characters`,
      });
    const folded = fold(value);
    if (blocked.some((word) => folded.includes(word)))
      throw new AppError('validation_failed', {
        message: `${field.label}含有不允许发布的词语，请修改后再提交`,
        messageEn: `The ${field.labelEn} contains words that may not be posted; please rephrase`,
      });
    return value;
  });
}
