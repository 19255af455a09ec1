import type { Eligibility } from '../api/getRequest';

/** The five criteria of seed 003, in the order the service states them; true = met. */
export const ELIGIBILITY_CRITERIA = [
  'eligibleRequester',
  'eligibleHealthField',
  'notReligious',
  'notPoliticalParty',
  'notSolelyRecreational',
] as const;

export type EligibilityCriterion = (typeof ELIGIBILITY_CRITERIA)[number];

/** The refusal reason that answers each failed criterion (the API's rule). */
export const REASON_OF_CRITERION: Record<EligibilityCriterion, string> = {
  eligibleRequester: 'REQUESTER_NOT_ADMISSIBLE',
  eligibleHealthField: 'OUTSIDE_HEALTH_FIELD',
  notReligious: 'RELIGIOUS',
  notPoliticalParty: 'POLITICAL_PARTY',
  notSolelyRecreational: 'RECREATIONAL_ONLY',
};

const ELIGIBILITY_REASONS = new Set(Object.values(REASON_OF_CRITERION));

/**
 * The refusal reasons the API accepts for this request: when the assessment failed criteria, only the reasons
 * it lists (matchingRefusalReasons); otherwise (eligible, or not assessed) only the reasons that are not about
 * eligibility (another resource, no capacity…).
 */
export function allowedRefusalReasons(eligibility: Eligibility | undefined, allReasons: readonly string[]): string[] {
  if (eligibility && eligibility.eligible === false) {
    const matching = new Set(eligibility.matchingRefusalReasons ?? []);
    return allReasons.filter((r) => matching.has(r));
  }
  return allReasons.filter((r) => !ELIGIBILITY_REASONS.has(r));
}
