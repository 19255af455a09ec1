import { addDays, toIsoDate } from '@/lib/dates';

/** The health network's financial year starts on April 1: the year it starts in, for a date. */
export function fiscalYearStart(date: Date = new Date()): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** "FY2025-2026". */
export function fiscalYearCode(startYear: number): string {
  return `FY${startYear}-${startYear + 1}`;
}

export interface FiscalPeriod {
  code: string;
  number: number;
  from: string;
  to: string;
}

/** Its 13 periods: P01 starts on April 1, P01 to P12 last 28 days, P13 runs to March 31 (the API's rule). */
export function fiscalPeriods(startYear: number): FiscalPeriod[] {
  const first = toIsoDate(new Date(startYear, 3, 1));
  const last = toIsoDate(new Date(startYear + 1, 2, 31));
  return Array.from({ length: 13 }, (_, i) => {
    const from = addDays(first, 28 * i);
    const to = i === 12 ? last : addDays(from, 27);
    return { code: `${fiscalYearCode(startYear)}-P${String(i + 1).padStart(2, '0')}`, number: i + 1, from, to };
  });
}

export type PeriodKind = 'fiscalYear' | 'fiscalPeriod' | 'calendarYear' | 'range';

/** What the report is asked for: a period code, or from/to dates, and maybe one territory. */
export interface ReportScope {
  period?: string;
  from?: string;
  to?: string;
  territory?: string;
}

export function kindOf(scope: ReportScope): PeriodKind {
  if (!scope.period) return 'range';
  if (/^FY\d{4}-\d{4}-P\d{2}$/.test(scope.period)) return 'fiscalPeriod';
  if (/^FY\d{4}-\d{4}$/.test(scope.period)) return 'fiscalYear';
  return 'calendarYear';
}

/** The scope from the URL; by default the current financial year. */
export function scopeFromParams(params: URLSearchParams, today: Date = new Date()): ReportScope {
  const territory = params.get('territory') || undefined;
  const from = params.get('from') || undefined;
  const to = params.get('to') || undefined;
  const period = params.get('period') || undefined;
  if (period) return { period, territory };
  if (from && to) return { from, to, territory };
  return { period: fiscalYearCode(fiscalYearStart(today)), territory };
}

/** The query of a report call. */
export function scopeQuery(scope: ReportScope) {
  return scope.period
    ? { period: scope.period, territory: scope.territory }
    : { from: scope.from, to: scope.to, territory: scope.territory };
}
