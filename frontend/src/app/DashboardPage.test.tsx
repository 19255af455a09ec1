import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '@/test/render';
import { manager, organizer, reference } from '@/test/domain';
import { addDays, startOfWeek, todayIso } from '@/lib/dates';

const monday = startOfWeek(todayIso());
const days = Array.from({ length: 7 }, (_, i) => ({ date: addDays(monday, i), minutes: i === 0 ? 90 : i === 1 ? 45 : 0, activityCount: i < 2 ? 1 : 0 }));

const base = {
  '/api/v1/reference': { items: [] },
  ...reference,
  '/api/v1/activities/timesheet': { from: monday, to: addDays(monday, 6), totalMinutes: 135, activityCount: 2, days },
  '/api/v1/interventions': {
    items: [
      { id: 'i1', title: 'Plan d’action en sécurité alimentaire', status: 'ACTIVE', territoryCode: 'LAN-JOLIETTE', leadOrganizer: { id: organizer.organizerId } },
      { id: 'i2', title: 'Dossier fermé aujourd’hui', status: 'CLOSED', territoryCode: 'LAN-JOLIETTE' },
    ],
  },
  '/api/v1/concertations': { items: [{ id: 'c1', name: 'Table de concertation en sécurité alimentaire', kindCode: 'THEMATIC_TABLE' }] },
  '/api/v1/concertations/c1': {
    body: {
      id: 'c1',
      name: 'Table de concertation en sécurité alimentaire',
      organizers: [{ organizerId: organizer.organizerId, role: 'FACILITATION' }],
      recentMeetings: [{ id: 'm2', heldOn: addDays(todayIso(), 14) }, { id: 'm1', heldOn: '2026-01-15' }],
    },
  },
  '/api/v1/requests': {
    items: [
      { id: 'r1', organizationName: 'Maison des jeunes de Rawdon', territory: 'LAN-MATAWINIE', status: 'UNDER_ANALYSIS', priorityLevel: 'HIGH', serviceOffer: 'ORGANIZATION_SUPPORT' },
      { id: 'r2', organizationName: 'Regroupement de Joliette', territory: 'LAN-JOLIETTE', status: 'RECEIVED', serviceOffer: 'ORGANIZATION_SUPPORT' },
    ],
  },
};

describe('tableau de bord', () => {
  it('shows my hours of the week per day with the total, my open interventions and my concertations', async () => {
    const { fetch } = renderApp({ responses: { ...base, '/api/v1/me': organizer } });
    const table = await screen.findByTestId('timesheet');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(9);
    expect(rows[1]).toHaveTextContent('1 h 30');
    expect(rows[2]).toHaveTextContent('45 min');
    expect(rows[8]).toHaveTextContent(/Total.*2.*2 h 15/);
    expect(screen.getByTestId('week-total')).toHaveTextContent('Total : 2 h 15');

    expect(await screen.findByRole('link', { name: 'Plan d’action en sécurité alimentaire' })).toBeInTheDocument();
    expect(screen.queryByText('Dossier fermé aujourd’hui')).not.toBeInTheDocument();
    const mine = fetch.calls.find((c) => c.url.includes('/api/v1/interventions?'));
    expect(new URL(mine!.url).searchParams.get('organizer')).toBe(organizer.organizerId);

    const row = (await screen.findByRole('link', { name: 'Table de concertation en sécurité alimentaire' })).closest('tr')!;
    expect(within(row).getByText('Animation', { exact: false })).toBeInTheDocument();
    expect(row).toHaveTextContent('15 janv. 2026');
    expect(screen.queryByRole('heading', { name: 'Demandes à traiter' })).not.toBeInTheDocument();
  });

  it('gives managers the triage queue by territory, highest priority first', async () => {
    const { fetch } = renderApp({ responses: { ...base, '/api/v1/me': manager } });
    expect(await screen.findByRole('heading', { name: 'Demandes à traiter' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: /Matawinie/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Joliette/ })).toBeInTheDocument();
    const call = fetch.calls.find((c) => c.url.includes('/api/v1/requests?'));
    const params = new URL(call!.url).searchParams;
    expect(params.getAll('status')).toEqual(['RECEIVED', 'UNDER_ANALYSIS']);
    expect(params.get('sort')).toBe('priority');
  });
});
