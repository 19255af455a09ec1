import { describe, expect, it } from 'vitest';
import { computePriority, levelOf } from './priority';

const criteria = [
  { code: 'A', weight: 3 },
  { code: 'B', weight: 2 },
  { code: 'C', weight: 1 },
];

describe('priority', () => {
  it('sums weight × score and the maximum (weight × 3) as the API does', () => {
    const result = computePriority(criteria, { A: 2, B: 3, C: 0 });
    expect(result).toEqual({ total: 12, max: 18, complete: true, level: 'HIGH' });
  });

  it('gives no level until every criterion is scored, but shows the running total', () => {
    const result = computePriority(criteria, { A: 3 });
    expect(result.total).toBe(9);
    expect(result.max).toBe(18);
    expect(result.complete).toBe(false);
    expect(result.level).toBeUndefined();
  });

  it('is HIGH from two thirds of the maximum, MEDIUM from one third, LOW below', () => {
    expect(levelOf(12, 18)).toBe('HIGH');
    expect(levelOf(11, 18)).toBe('MEDIUM');
    expect(levelOf(6, 18)).toBe('MEDIUM');
    expect(levelOf(5, 18)).toBe('LOW');
    expect(levelOf(0, 18)).toBe('LOW');
    expect(levelOf(0, 0)).toBe('LOW');
  });
});
