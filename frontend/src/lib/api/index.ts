export { createApiClient, type ApiClient, type ApiClientOptions } from './client';
export { ApiClientProvider, useApiClient } from './ApiClientContext';
export {
  ApiError,
  toApiError,
  unwrap,
  unwrapVersioned,
  problemSlug,
  isConflict,
  type Problem,
  type Versioned,
} from './problem';
export { problemFieldErrors, mapFieldErrors, type FieldError } from './fieldErrors';
export { useIdempotencyKey, newIdempotencyKey } from './idempotency';
export { fieldMessage, describeProblem } from './problemText';
export type { paths } from './schema';
