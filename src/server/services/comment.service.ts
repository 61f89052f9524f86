/**
 * A citizen's comment on a public item: checked (length, control characters, blocked words, a
 * rating of 1–5, a contact that is a phone number or an e-mail address), stored as pending with
 * a tracking number, the contact sealed, and confirmed to the contact when one was left. Nothing
 * appears on the public page until the office approves it.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Lang } from '../../core/labels.ts';
import type { PersonalData } from '../crypto/personal-data.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { PUBLIC } from '../policies/actor.ts';
import {
  presentTrackedComment,
  type TrackedCommentDto,
} from '../presenters/public-comment.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  findCommentByTracking,
  getComment,
  insertComment,
} from '../repositories/comment.repository.ts';
import { type CitizenNotifier, sendQuietly } from './citizen-notifier.ts';
import { checkPublicText } from './public-input.ts';
import { requirePublicItem } from './public-item.service.ts';
import { newTrackingNumber, normaliseTrackingNumber } from './tracking-number.ts';

export const COMMENT_MAX = 1000;
const TRACKING_FORM = /^C\d{4}-[0-9A-Z]{8}$/;
export const CONTACT_MAX = 100;

export interface NewComment {
  itemId: number;
  body: string;
  /** As the form sends it: '' or '1'…'5'. */
  rating: string;
  contact: string;
  lang: Lang;
}

const Phone = z.string().regex(/^\+?[\d\s-]{7,20}$/);
const Email = z.email();

function checkRating(rating: string): number | null {
  if (rating.trim() === '') return null;
  const value = Number(rating);
  if (Number.isInteger(value) && value >= 1 && value <= 5) return value;
  throw new AppError('validation_failed', {
    message: '评分须为1至5分',
    messageEn: 'The rating must be from 1 to 5',
  });
}

/** A contact is optional; when given, a phone number or an e-mail address (comments, proposals). */
export function checkContact(contact: string): void {
  if (contact === '' || Phone.safeParse(contact).success || Email.safeParse(contact).success)
    return;
  throw new AppError('validation_failed', {
    message: '联系方式请填写手机号码或电子邮箱',
    messageEn: 'Leave a phone number or an e-mail address as the contact',
  });
}

/** Stores the comment; returns the tracking number the citizen keeps. */
export async function postComment(
  db: Kysely<Database>,
  deps: { notifier: CitizenNotifier; personalData: PersonalData },
  input: NewComment,
): Promise<string> {
  const { planId } = await requirePublicItem(db, input.itemId);
  const [body, contactText] = await checkPublicText(db, [
    { label: '留言内容', labelEn: 'comment', value: input.body, max: COMMENT_MAX, required: true },
    { label: '联系方式', labelEn: 'contact', value: input.contact, max: CONTACT_MAX },
  ]);
  const rating = checkRating(input.rating);
  const contact = contactText ?? '';
  checkContact(contact);
  const trackingNumber = newTrackingNumber('C', new Date().getUTCFullYear());
  await db.transaction().execute(async (trx) => {
    const id = await insertComment(trx, {
      tracking_number: trackingNumber,
      plan_id: planId,
      item_id: input.itemId,
      body: body ?? '',
      rating,
      contact: contact ? deps.personalData.seal(contact) : null,
      lang: input.lang,
    });
    const stored = await getComment(trx, id);
    await insertAuditEvent(trx, {
      userId: null,
      actor: PUBLIC.name,
      action: 'comment.create',
      entity: 'comment',
      entityId: id,
      after: stored && presentTrackedComment(stored),
    });
  });
  if (contact)
    await sendQuietly(deps.notifier.commentReceived({ contact, trackingNumber, lang: input.lang }));
  return trackingNumber;
}

/** The citizen's own view of a comment, by the tracking number as they typed it. */
export async function trackComment(
  db: Kysely<Database>,
  typed: string,
): Promise<TrackedCommentDto> {
  const number = normaliseTrackingNumber(typed);
  // Only a number of the right form is looked up: anything else cannot name a comment.
  const row = TRACKING_FORM.test(number) ? await findCommentByTracking(db, number) : undefined;
  if (!row)
    throw new AppError('not_found', {
      message: '未找到该编号的留言',
      messageEn: 'No comment has this tracking number',
    });
  return presentTrackedComment(row);
}
