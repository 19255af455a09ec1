import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/test/render';
import { organizer, reference } from '@/test/domain';

const base = { '/api/v1/me': organizer, '/api/v1/reference': { items: [] }, ...reference };

describe('intake form', () => {
  it('finds an organization without accents and sends the request with an Idempotency-Key', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const { router, fetch } = renderApp({
      path: '/demandes/nouvelle',
      responses: {
        ...base,
        '/api/v1/organizations': {
          items: [{ id: 'org-1', name: 'École secondaire Thérèse-Martin', type: 'COMMUNITY_ORGANIZATION', city: 'Joliette', territory: 'LAN-JOLIETTE' }],
        },
        '/api/v1/organizations/org-1': { id: 'org-1', name: 'École secondaire Thérèse-Martin', contacts: [] },
        'POST /api/v1/requests': async (request: Request) => {
          bodies.push(await request.json());
          return { status: 201, body: { id: 'new-id' } };
        },
        '/api/v1/requests/new-id': { body: { id: 'new-id', organizationName: 'École', status: 'RECEIVED' } },
      },
    });
    await screen.findByRole('button', { name: 'Enregistrer la demande' });
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher l’organisme' }), 'ecole');
    await user.click(await screen.findByRole('radio', { name: /École secondaire Thérèse-Martin/ }));
    const search = fetch.calls.find((c) => c.url.includes('/api/v1/organizations?'));
    expect(new URL(search!.url).searchParams.get('q')).toMatch(/^ec/);

    await user.selectOptions(screen.getByRole('combobox', { name: /Canal de réception/ }), 'EMAIL');
    await user.selectOptions(screen.getByRole('combobox', { name: /Territoire/ }), 'LAN-JOLIETTE');
    await user.selectOptions(screen.getByRole('combobox', { name: /Service demandé/ }), 'ORGANIZATION_SUPPORT');
    await user.type(screen.getByRole('textbox', { name: /Besoin exprimé/ }), 'Revoir nos règlements.');
    await user.click(screen.getByRole('checkbox', { name: 'Familles' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));

    await screen.findByText('La demande est enregistrée au statut « Reçue ».');
    expect(router.state.location.pathname).toBe('/demandes/new-id');
    expect(bodies[0]).toMatchObject({
      organizationId: 'org-1',
      channel: 'EMAIL',
      territory: 'LAN-JOLIETTE',
      serviceOffer: 'ORGANIZATION_SUPPORT',
      need: 'Revoir nos règlements.',
      populations: ['FAMILIES'],
    });
    const post = fetch.calls.find((c) => c.method === 'POST');
    expect(post!.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('shows the API’s field errors next to their fields, in French, and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/demandes/nouvelle',
      responses: {
        ...base,
        'POST /api/v1/requests': {
          status: 422,
          body: {
            type: 'https://maillon.quebec/problems/validation',
            status: 422,
            detail: '1 field is invalid: organization.neq',
            errors: [{ field: 'organization.neq', message: 'must be exactly 10 digits' }],
          },
        },
      },
    });
    await screen.findByRole('button', { name: 'Enregistrer la demande' });
    await user.click(screen.getByRole('radio', { name: 'Nouvel organisme' }));
    await user.type(screen.getByRole('textbox', { name: /Nom de l’organisme/ }), 'Collectif citoyen du Vieux-Terrebonne');
    await user.selectOptions(screen.getByRole('combobox', { name: /Type d’organisme/ }), 'CITIZEN_GROUP');
    await user.selectOptions(screen.getByRole('combobox', { name: /Canal de réception/ }), 'PHONE');
    await user.selectOptions(screen.getByRole('combobox', { name: /Service demandé/ }), 'ORGANIZATION_SUPPORT');
    await user.type(screen.getByRole('textbox', { name: /Besoin exprimé/ }), 'Un jardin collectif.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));

    const neq = screen.getByRole('textbox', { name: 'NEQ' });
    expect(await screen.findByText('Le NEQ compte exactement 10 chiffres.')).toBeInTheDocument();
    expect(neq).toHaveAttribute('aria-invalid', 'true');
    expect(neq).toHaveAccessibleDescription(/Le NEQ compte exactement 10 chiffres\./);
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger');
    expect(screen.getByRole('textbox', { name: /Besoin exprimé/ })).toHaveValue('Un jardin collectif.');
  });

  it('checks the required fields before sending anything', async () => {
    const user = userEvent.setup();
    const { fetch } = renderApp({ path: '/demandes/nouvelle', responses: base });
    await screen.findByRole('button', { name: 'Enregistrer la demande' });
    await user.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));
    const need = screen.getByRole('textbox', { name: /Besoin exprimé/ });
    expect(need).toHaveAccessibleDescription(/Ce champ est obligatoire\./);
    expect(screen.getByText('Choisissez un organisme dans les résultats, ou créez-en un nouveau.')).toBeInTheDocument();
    expect(fetch.calls.some((c) => c.method === 'POST')).toBe(false);
    expect(within(screen.getByRole('alert')).getByText(/Certains champs sont à corriger/)).toBeInTheDocument();
  });
});
