import type { PriorityLevel } from '../api/listRequests';

export interface WeightedCriterion {
  code: string;
  weight: number;
}

export type Scores = Record<string, number | undefined>;

export interface PriorityResult {
  /** Σ weight × score over the scored criteria. */
  total: number;
  /** Σ weight × 3 over every criterion. */
  max: number;
  /** Once every criterion is scored: HIGH when total ≥ 2/3 of max, MEDIUM when ≥ 1/3, LOW otherwise. */
  level?: PriorityLevel;
  complete: boolean;
}

/** The API's rule (PUT /requests/{id}/priority), computed live while the user scores. */
export function computePriority(criteria: readonly WeightedCriterion[], scores: Scores): PriorityResult {
  let total = 0;
  let max = 0;
  let complete = true;
  for (const c of criteria) {
    max += c.weight * 3;
    const score = scores[c.code];
    if (score === undefined) complete = false;
    else total += c.weight * score;
  }
  return { total, max, complete, level: complete ? levelOf(total, max) : undefined };
}

export function levelOf(total: number, max: number): PriorityLevel {
  if (max <= 0) return 'LOW';
  if (3 * total >= 2 * max) return 'HIGH';
  if (3 * total >= max) return 'MEDIUM';
  return 'LOW';
}
