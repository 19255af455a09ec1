/** RFC 9457 problem details, as every API error is shaped. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field?: string; message?: string }[];
}

/** An error from the API (with its problem details) or from the network (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`, options);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Builds an ApiError from whatever openapi-fetch returned as error body (JSON or text). */
export function toApiError(response: Response, body: unknown): ApiError {
  if (isRecord(body)) {
    const problem: Problem = {
      type: typeof body.type === 'string' ? body.type : undefined,
      title: typeof body.title === 'string' ? body.title : undefined,
      status: typeof body.status === 'number' ? body.status : response.status,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      errors: Array.isArray(body.errors) ? (body.errors as Problem['errors']) : undefined,
    };
    return new ApiError(response.status, problem);
  }
  return new ApiError(response.status, { status: response.status });
}

/** Unwraps an openapi-fetch result: the data, or throws an ApiError. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(0, {}, { cause });
  }
  if (result.error !== undefined || !result.response.ok) {
    throw toApiError(result.response, result.error);
  }
  return result.data as T;
}

/** A record as read, with the ETag to send back as If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** Like unwrap, keeping the response's ETag (for If-Match on the next write). */
export async function unwrapVersioned<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Versioned<T>> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(0, {}, { cause });
  }
  if (result.error !== undefined || !result.response.ok) {
    throw toApiError(result.response, result.error);
  }
  return { data: result.data as T, etag: result.response.headers.get('ETag') ?? '' };
}

/** The slug of a problem type ("https://maillon.quebec/problems/precondition-failed" → "precondition-failed"). */
export function problemSlug(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const type = error.problem.type;
  if (!type || type === 'about:blank') return undefined;
  return type.slice(type.lastIndexOf('/') + 1);
}

/** True when the write lost an optimistic-lock race (412): reload, keep what was typed, send again. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}
