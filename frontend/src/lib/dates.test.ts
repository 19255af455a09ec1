import { describe, expect, it } from 'vitest';
import { addDays, startOfWeek, todayIso } from './dates';

describe('todayIso', () => {
  it('is the date in Québec, whatever the browser’s time zone', () => {
    // 00:42 UTC on 7 December is 19:42 on 6 December in Québec (EST, UTC−5).
    expect(todayIso(new Date('2026-12-07T00:42:00Z'))).toBe('2026-12-06');
    expect(todayIso(new Date('2026-12-07T05:00:00Z'))).toBe('2026-12-07');
    // Summer time (EDT, UTC−4): 03:30 UTC on 1 July is 23:30 on 30 June.
    expect(todayIso(new Date('2026-07-01T03:30:00Z'))).toBe('2026-06-30');
    expect(todayIso(new Date('2026-07-01T04:00:00Z'))).toBe('2026-07-01');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months and the change of time', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
    expect(startOfWeek('2026-12-07')).toBe('2026-12-07');
  });
});
