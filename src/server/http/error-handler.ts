/**
 * The one place errors become HTTP: AppErrors by the code table, Fastify's own (validation,
 * bodies, uploads) by their status, anything else as 500 without internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode, ERRORS } from '../errors.ts';

const BY_STATUS: Record<number, AppErrorCode> = {
  400: 'validation_failed',
  404: 'not_found',
  413: 'file_too_large',
  415: 'unsupported_format',
  429: 'rate_limited',
};

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return new AppError('validation_failed', {
      details: error.validation.map((v) => ({ path: v.instancePath, message: v.message })),
    });
  }
  const status = (error as FastifyError).statusCode ?? 500;
  return new AppError(BY_STATUS[status] ?? 'internal');
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
