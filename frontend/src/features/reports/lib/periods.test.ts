import { describe, expect, it } from 'vitest';
import { fiscalPeriods, fiscalYearCode, fiscalYearStart, kindOf, scopeFromParams } from './periods';

describe('financial periods', () => {
  it('starts the financial year on April 1', () => {
    expect(fiscalYearStart(new Date(2026, 2, 31))).toBe(2025);
    expect(fiscalYearStart(new Date(2026, 3, 1))).toBe(2026);
    expect(fiscalYearCode(2025)).toBe('FY2025-2026');
  });

  it('has 13 periods of 28 days, the last one running to March 31 (the API’s examples)', () => {
    const periods = fiscalPeriods(2025);
    expect(periods).toHaveLength(13);
    expect(periods[0]).toEqual({ code: 'FY2025-2026-P01', number: 1, from: '2025-04-01', to: '2025-04-28' });
    expect(periods[6]).toMatchObject({ code: 'FY2025-2026-P07', from: '2025-09-16', to: '2025-10-13' });
    expect(periods[12]).toMatchObject({ code: 'FY2025-2026-P13', from: '2026-03-03', to: '2026-03-31' });
  });

  it('defaults to the current financial year and reads the URL', () => {
    expect(scopeFromParams(new URLSearchParams(), new Date(2026, 10, 23))).toEqual({ period: 'FY2026-2027', territory: undefined });
    expect(scopeFromParams(new URLSearchParams('from=2026-01-01&to=2026-06-30&territory=LAN-JOLIETTE'))).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      territory: 'LAN-JOLIETTE',
    });
    expect(kindOf({ period: 'FY2025-2026-P07' })).toBe('fiscalPeriod');
    expect(kindOf({ period: '2025' })).toBe('calendarYear');
    expect(kindOf({ from: '2026-01-01', to: '2026-02-01' })).toBe('range');
  });
});
