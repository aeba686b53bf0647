import type { TypedDocumentString } from './gql/graphql';

/** An error the API answered with: `code` is `extensions.code` (BAD_USER_INPUT, NOT_FOUND, …; see docs/API.md). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Body<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A typed request function: the document fixes the variables' and the result's types. */
export type Request = <TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables?: TVariables) => Promise<TResult>;

/**
 * The smallest useful client: POSTs a generated document to `url` (e.g. http://localhost:4000/graphql) and
 * returns its typed data, or throws an ApiError carrying the first error's code.
 */
export function createClient(url: string, headers: Record<string, string> = {}): Request {
  return async (document, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    const body = (await response.json()) as Body<never>;
    const error = body.errors?.[0];
    if (error) throw new ApiError(error.extensions?.code ?? 'UNKNOWN', error.message, response.status);
    if (!body.data) throw new ApiError('NO_DATA', 'The answer carried no data.', response.status);
    return body.data;
  };
}
