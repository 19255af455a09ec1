import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/test/render';
import { organizer, reference } from '@/test/domain';
import { todayIso } from '@/lib/dates';

const ID = '30000000-0000-4000-8000-000000000001';
const intervention = {
  id: ID,
  title: 'Cuisines collectives de Joliette — Soutien aux organismes',
  territoryCode: 'LAN-JOLIETTE',
  serviceOfferCode: 'ORGANIZATION_SUPPORT',
  status: 'ACTIVE',
  openedOn: '2026-09-22',
  leadOrganizer: { id: organizer.organizerId, name: 'Marie Tremblay' },
  determinants: ['FOOD_SECURITY'],
  populations: ['FAMILIES'],
  organizations: [{ id: 'o1', name: 'Cuisines collectives de Joliette', typeCode: 'COMMUNITY_ORGANIZATION' }],
};

function responses(onPost: (body: Record<string, unknown>) => void) {
  const journal: Record<string, unknown>[] = [];
  return {
    '/api/v1/me': organizer,
    '/api/v1/reference': { items: [] },
    ...reference,
    [`/api/v1/interventions/${ID}`]: { body: intervention, headers: { ETag: '"1"' } },
    [`/api/v1/interventions/${ID}/history`]: { items: [{ id: 1, toStatus: 'ACTIVE', actorName: 'Sophie Lavoie' }] },
    [`GET /api/v1/interventions/${ID}/activities`]: () => ({
      body: { items: journal, totalMinutes: journal.reduce((s, a) => s + Number(a.durationMinutes), 0) },
    }),
    [`POST /api/v1/interventions/${ID}/activities`]: async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      onPost(body);
      journal.unshift({ ...body, id: `a${journal.length}`, organizer: { id: organizer.organizerId, name: 'Marie Tremblay' } });
      return { status: 201, body: journal[0] };
    },
  };
}

describe('activity quick entry', () => {
  it('records "1:30" as 90 minutes with the acts chosen, today by default, with Enter', async () => {
    const user = userEvent.setup();
    const posted: Record<string, unknown>[] = [];
    renderApp({ path: `/interventions/${ID}`, responses: responses((b) => posted.push(b)) });
    const form = await screen.findByRole('form', { name: 'Saisie rapide d’une activité' });
    expect(within(form).getByLabelText(/^Date/)).toHaveValue(todayIso());

    await user.type(within(form).getByRole('textbox', { name: /Durée/ }), '1:30');
    expect(within(form).getByText('Soit 1 h 30')).toBeInTheDocument();
    const acts = within(form).getByRole('group', { name: /Actes professionnels/ });
    await user.click(within(acts).getByRole('checkbox', { name: 'Animer' }));
    await user.click(within(acts).getByRole('checkbox', { name: 'Rédiger' }));
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), 'Rencontre du comité{Enter}');

    expect(await screen.findByText('Activité consignée : 1 h 30 le', { exact: false })).toBeInTheDocument();
    expect(posted).toEqual([
      { occurredOn: todayIso(), durationMinutes: 90, acts: ['FACILITATE', 'WRITE'], notes: 'Rencontre du comité' },
    ]);
    expect(within(form).getByRole('textbox', { name: /Durée/ })).toHaveValue('');
    expect(within(form).getByRole('textbox', { name: /Durée/ })).toHaveFocus();
    expect(await screen.findByTestId('journal-total')).toHaveTextContent('Temps consigné : 1 h 30');
  });

  it('says in French what is wrong before sending', async () => {
    const user = userEvent.setup();
    const posted: unknown[] = [];
    renderApp({ path: `/interventions/${ID}`, responses: responses((b) => posted.push(b)) });
    const form = await screen.findByRole('form', { name: 'Saisie rapide d’une activité' });
    await user.type(within(form).getByRole('textbox', { name: /Durée/ }), 'une heure{Enter}');
    expect(within(form).getByRole('textbox', { name: /Durée/ })).toHaveAccessibleDescription(
      /Entrez une durée en minutes \(90\) ou en heures et minutes \(1:30\)\./,
    );
    expect(within(form).getByText('Choisissez au moins un acte.')).toBeInTheDocument();
    expect(posted).toHaveLength(0);
  });
});
