import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/test/render';
import { organizer, reference } from '@/test/domain';

const row = (code: string, labelFr: string, hours: number) => ({
  code,
  labelFr,
  labelEn: code,
  activities: 2,
  hours,
  interventions: 1,
  concertations: 0,
  organizations: 1,
  organizers: 1,
});

const breakdown = (request: Request) => {
  const dimension = new URL(request.url).searchParams.get('dimension');
  if (request.headers.get('Accept') === 'text/csv') {
    return { body: 'code,libellé français\r\nFACILITATE,Animer\r\n', contentType: 'text/csv' };
  }
  return {
    body: {
      dimension,
      rows: dimension === 'professionalAct' ? [row('FACILITATE', 'Animer', 1.5), row('WRITE', 'Rédiger', 0.8)] : [row('NONE', '', 0)],
      total: row('TOTAL', 'Total', 2.3),
    },
  };
};

const responses = {
  '/api/v1/me': organizer,
  '/api/v1/reference': { items: [] },
  ...reference,
  '/api/v1/reports/summary': {
    body: {
      period: { code: 'FY2026-2027', kind: 'FISCAL_YEAR', from: '2026-04-01', to: '2027-03-31' },
      sentence: 'Au cours de l’année financière 2026-2027, le service a accompagné 4 lieux de concertation.',
      language: 'fr',
      concertationPlaces: 4,
      communityOrganizationsSupported: 2,
      municipalitiesAndSchools: 2,
      activities: 21,
      hours: 34.8,
      organizersActive: 3,
      interventions: 4,
      requests: { received: 10, decided: 3, accepted: 1, refused: 1, waitlisted: 1, medianDaysToDecision: 14, refusalReasons: [] },
    },
  },
  '/api/v1/reports/breakdown': breakdown,
};

afterEach(() => vi.restoreAllMocks());

describe('rapports', () => {
  it('shows the current financial year: sentence, figures in French, hours by act (table and chart)', async () => {
    const { fetch } = renderApp({ path: '/rapports', responses });
    expect(await screen.findByTestId('report-sentence')).toHaveTextContent('Au cours de l’année financière 2026-2027');
    expect(screen.getByText('34,8')).toBeInTheDocument();
    const acts = screen.getByTestId('report-acts');
    expect(await within(acts).findByRole('row', { name: /^Animer 1,5/ })).toBeInTheDocument();
    expect(within(acts).getByRole('img', { name: /Heures par acte professionnel : diagramme à barres/ })).toBeInTheDocument();
    const summary = fetch.calls.find((c) => c.url.includes('/reports/summary'));
    expect(new URL(summary!.url).searchParams.get('period')).toMatch(/^FY\d{4}-\d{4}$/);
  });

  it('asks for a financial period and a territory', async () => {
    const user = userEvent.setup();
    const { fetch, router } = renderApp({ path: '/rapports?period=FY2025-2026', responses });
    await screen.findByTestId('report-sentence');
    await user.selectOptions(screen.getByRole('combobox', { name: /Type de période/ }), 'fiscalPeriod');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Période' }), 'FY2025-2026-P07');
    expect(screen.getByRole('option', { name: 'P7 : du 16 sept. 2025 au 13 oct. 2025' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Territoire' }), 'LAN-JOLIETTE');
    expect(router.state.location.search).toBe('?period=FY2025-2026-P07&territory=LAN-JOLIETTE');
    await screen.findByTestId('report-sentence');
    const last = fetch.calls.filter((c) => c.url.includes('/reports/summary')).pop()!;
    expect(new URL(last.url).searchParams.get('territory')).toBe('LAN-JOLIETTE');
  });

  it('downloads a CSV with the token and Accept: text/csv', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { fetch } = renderApp({ path: '/rapports?period=FY2025-2026', responses });
    const acts = await screen.findByTestId('report-acts');
    await within(acts).findByRole('table');
    await user.click(within(acts).getByRole('button', { name: /Télécharger .*\(CSV\)/ }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const call = fetch.calls.find((c) => c.headers.get('Accept') === 'text/csv')!;
    expect(call.headers.get('Authorization')).toBe('Bearer test-token');
    expect(new URL(call.url).searchParams.get('dimension')).toBe('professionalAct');
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe('maillon-professionalAct-FY2025-2026.csv');
  });
});
