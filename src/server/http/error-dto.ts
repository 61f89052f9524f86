/** The one error body of the API, and the statuses every route documents with it. */
import { z } from 'zod';
import { MAX_INT } from '../db/limits.ts';

export const ErrorDto = z.object({
  error: z.object({
    code: z.string().describe('Stable machine code, e.g. version_conflict'),
    message: z.string().describe('Chinese message for the user'),
    messageEn: z.string().describe('English message'),
    details: z
      .unknown()
      .optional()
      .describe('For 409: the current state; for 400: the invalid fields'),
  }),
});

/** Adds the documented error statuses to a route's response schemas. */
export const withErrors = <T extends Record<number, z.ZodType>>(ok: T) => ({
  ...ok,
  400: ErrorDto,
  401: ErrorDto,
  403: ErrorDto,
  404: ErrorDto,
  409: ErrorDto,
});

/** An id in a JSON body. */
export const Id = z.number().int().positive().max(MAX_INT);

/** An id in a path or a query string, where it arrives as text. */
export const IdParam = z.coerce.number().int().positive().max(MAX_INT);

export const IdParams = z.object({ id: IdParam });

/** The version a client read, sent back with an edit. */
export const VersionField = z.number().int().min(1).max(MAX_INT).describe('The version you read');
