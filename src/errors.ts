import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/** The codes a client can see in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'TIMEOUT' | 'INGEST_RUNNING' | 'RESPONSE_TOO_LARGE';

/** Base of every error whose message is safe to show to a client. */
export class ClientError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Client input as a message may echo it: at most `max` characters, the rest elided. */
export function quoted(input: string, max = 80): string {
  return JSON.stringify(input.length > max ? `${input.slice(0, max)}…` : input);
}

export class NotFoundError extends ClientError {
  constructor(what: string, key: string) {
    super(`${what} ${quoted(key)} does not exist.`, 'NOT_FOUND');
  }
}

export class BadInputError extends ClientError {
  constructor(message: string, argumentName?: string) {
    super(message, ApolloServerErrorCode.BAD_USER_INPUT, argumentName ? { argumentName } : {});
  }
}

export class ConflictError extends ClientError {
  constructor(message: string) {
    super(message, 'CONFLICT');
  }
}

export class UnauthenticatedError extends ClientError {
  constructor(message = 'A valid admin bearer token is required.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends ClientError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

export class ServiceUnavailableError extends ClientError {
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}

export class QueryTimeoutError extends ClientError {
  constructor(message = 'The query took too long and was stopped; narrow it (fewer hops, smaller page).') {
    super(message, 'TIMEOUT');
  }
}

/** Another ingest holds the lock: try again when it has finished (HTTP 409 Conflict semantics). */
export class IngestRunningError extends ClientError {
  constructor(message: string, leaseExpiresAt?: string) {
    super(message, 'INGEST_RUNNING', { httpStatus: 409, retryable: true, ...(leaseExpiresAt ? { leaseExpiresAt } : {}) });
  }
}

export class ResponseTooLargeError extends ClientError {
  constructor(maxBytes: number) {
    super(`The answer would exceed MAX_RESPONSE_BYTES (${maxBytes}); ask for smaller pages or fewer fields.`, 'RESPONSE_TOO_LARGE');
  }
}
