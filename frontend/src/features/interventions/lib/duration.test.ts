import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['90 min', 90],
    ['1:30', 90],
    ['0:45', 45],
    ['1h30', 90],
    ['1 h 30', 90],
    ['2 h 15 min', 135],
    ['2h', 120],
    ['1,5 h', 90],
    ['1.5h', 90],
    [' 45 ', 45],
  ])('reads "%s" as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', 'abc', '1:75', '1h75', '-5', '1:3:0'])('refuses "%s"', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
