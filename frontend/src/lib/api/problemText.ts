import type { TFunction } from 'i18next';
import { ApiError, problemSlug } from './problem';

type Key = Parameters<TFunction>[0] & string;

/**
 * The API's field messages are Bean Validation's (already in French, the server's locale) or the services' own
 * (in English). Known ones are said again in the user's language; other English ones get a plain "invalid".
 */
const FIELD_MESSAGES: [RegExp, Key][] = [
  [/^must not be (blank|null|empty)$/i, 'problems.field.required'],
  [/must not be in the future/i, 'problems.field.future'],
  [/must not be before the opening date/i, 'problems.field.beforeOpening'],
  [/must not be after the closing date/i, 'problems.field.afterClosing'],
  [/must not be after '?to'?/i, 'problems.field.dateOrder'],
  [/must not be before joinedOn/i, 'problems.field.beforeJoined'],
  [/is required to accept/i, 'problems.field.organizerRequired'],
  [/is required to refuse/i, 'problems.field.reasonRequired'],
  [/must match a failed eligibility criterion/i, 'problems.field.reasonMustMatch'],
  [/is an eligibility reason, but the request met every eligibility criterion/i, 'problems.field.reasonNotEligibility'],
  [/is required to close an intervention/i, 'problems.field.closingSummaryRequired'],
  [/is required to re-open/i, 'problems.field.reopenNoteRequired'],
  [/does not work in the request's territory/i, 'problems.field.organizerTerritory'],
  [/is no longer active/i, 'problems.field.inactive'],
  [/is archived/i, 'problems.field.archived'],
  [/is already the NEQ of organization/i, 'problems.field.neqTaken'],
  [/must be exactly 10 digits/i, 'problems.field.neqDigits'],
  [/must score every active criterion/i, 'problems.field.scoreAll'],
  [/is required unless the scope is REGIONAL/i, 'problems.field.territoryRequired'],
  [/^unknown /i, 'problems.field.unknown'],
  [/is given twice/i, 'problems.field.duplicate'],
  [/must be between/i, 'problems.field.range'],
  [/is required/i, 'problems.field.required'],
];

const looksFrench = (message: string) =>
  /[àâçéèêëîïôûùüÿœ]/i.test(message) || /^(ne |doit |la |le |les |un |une |ce |cette )/i.test(message);

export function fieldMessage(message: string, t: TFunction, language = 'fr-CA'): string {
  for (const [pattern, key] of FIELD_MESSAGES) {
    if (pattern.test(message)) return t(key as never) as string;
  }
  if (message && looksFrench(message) && language.startsWith('fr')) return message;
  return t('problems.field.invalid');
}

const SLUG_MESSAGES: Record<string, Key> = {
  'precondition-failed': 'problems.conflict',
  'precondition-required': 'problems.preconditionRequired',
  validation: 'problems.validation',
  'transition-not-allowed': 'problems.transitionNotAllowed',
  'eligibility-not-assessed': 'problems.eligibilityNotAssessed',
  'request-ineligible': 'problems.requestIneligible',
  'request-closed': 'problems.requestClosed',
  'duplicate-neq': 'problems.duplicateNeq',
  'idempotency-key-reused': 'problems.generic',
  'too-many-requests': 'problems.tooManyRequests',
  'database-unavailable': 'problems.unavailable',
  'identity-provider-unavailable': 'problems.unavailable',
  'payload-too-large': 'problems.tooLarge',
  forbidden: 'problems.forbidden',
  'not-found': 'problems.notFound',
};

const CONFLICT_DETAILS: [RegExp, Key][] = [
  [/at least one activity/i, 'problems.closeWithoutActivity'],
  [/is closed: its activity journal/i, 'problems.journalClosed'],
  [/already supports/i, 'problems.alreadySupports'],
  [/already archived/i, 'problems.alreadyArchived'],
  [/is already (CLOSED|ACTIVE|ON_HOLD|PLANNED)/i, 'problems.alreadyInStatus'],
  [/cannot go from/i, 'problems.transitionNotAllowed'],
  [/membership|member/i, 'problems.memberOverlap'],
];

/** What to tell the user about a failed call, in their language; `detail` is the server's own words. */
export function describeProblem(error: unknown, t: TFunction): { message: string; detail?: string } {
  if (!(error instanceof ApiError)) return { message: t('problems.generic') };
  if (error.isNetworkError) return { message: t('problems.network') };
  const detail = error.problem.detail;
  const slug = problemSlug(error);
  if (error.status === 409 && (slug === 'conflict' || slug === undefined) && detail) {
    for (const [pattern, key] of CONFLICT_DETAILS) {
      if (pattern.test(detail)) return { message: t(key as never) as string, detail };
    }
    return { message: t('problems.stateConflict'), detail };
  }
  const key =
    (slug && SLUG_MESSAGES[slug]) ||
    (error.status === 412
      ? 'problems.conflict'
      : error.status === 403
        ? 'problems.forbidden'
        : error.status === 404
          ? 'problems.notFound'
          : error.status === 422
            ? 'problems.validation'
            : error.status === 409
              ? 'problems.stateConflict'
              : error.status >= 500
                ? 'problems.server'
                : 'problems.generic');
  return { message: t(key as never) as string, detail };
}
