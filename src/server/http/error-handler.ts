/**
 * The one place errors become HTTP: AppErrors by the code table, Fastify's own (validation,
 * bodies, uploads) by their status, a database's refusal of a value or a duplicate by its kind,
 * anything else as 500 without internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { dbFault } from '../db/db-error.ts';
import { AppError, type AppErrorCode, ERRORS } from '../errors.ts';

const BY_STATUS: Record<number, AppErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  414: 'uri_too_long',
  413: 'file_too_large',
  415: 'unsupported_format',
  429: 'rate_limited',
};

/** Any error as an AppError: its own code, Fastify's errors by status, anything else internal. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return new AppError('validation_failed', {
      details: error.validation.map((v) => ({ path: v.instancePath, message: v.message })),
    });
  }
  const fault = dbFault(error);
  if (fault)
    return new AppError(fault === 'unique_violation' ? 'already_exists' : 'validation_failed');
  const status = (error as FastifyError).statusCode ?? 500;
  // Any other 4xx (a plugin's refusal) is still the client's fault, never a 500.
  return new AppError(BY_STATUS[status] ?? (status < 500 ? 'validation_failed' : 'internal'));
}

export function handleError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const appError = toAppError(error);
  if (appError.code === 'internal') request.log.error({ err: error }, 'unhandled error');
  const body = { code: appError.code, message: appError.message, messageEn: appError.messageEn };
  return reply.status(ERRORS[appError.code].status).send({
    error: appError.details === undefined ? body : { ...body, details: appError.details },
  });
}
