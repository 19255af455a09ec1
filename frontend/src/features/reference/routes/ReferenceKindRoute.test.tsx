import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/test/render';
import { apiResponses } from '@/test/fixtures';

const rowLabels = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('reference kind page', () => {
  it('lists the items in French alphabetical order, accents included', async () => {
    renderApp({ path: '/reference/determinants', responses: apiResponses });

    expect(await screen.findByRole('heading', { level: 1, name: 'Déterminants de la santé' })).toBeInTheDocument();
    await screen.findByRole('table');
    expect(rowLabels()).toEqual(['Eau', 'Écoles', 'Famille', 'Pauvreté']);
    expect(screen.getByText('4 éléments')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Pauvreté/ })).toHaveTextContent('Inactif');
    expect(screen.getByRole('row', { name: /Écoles/ })).toHaveTextContent('SCHOOLS');
  });

  it('lists the items by English label in English', async () => {
    renderApp({ path: '/reference/determinants', responses: apiResponses, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Health determinants' })).toBeInTheDocument();
    await screen.findByRole('table');
    expect(rowLabels()).toEqual(['Family', 'Poverty', 'Schools', 'Water']);
  });

  it('is reached from the home screen by keyboard', async () => {
    const user = userEvent.setup();
    const { router } = renderApp({ responses: apiResponses });
    const link = await screen.findByRole('link', { name: 'Déterminants de la santé' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/reference/determinants');
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('shows the problem detail for an unknown kind', async () => {
    renderApp({
      path: '/reference/unknown',
      responses: {
        ...apiResponses,
        '/api/v1/reference/unknown': {
          status: 404,
          body: { title: 'Not Found', status: 404, detail: 'Liste de référence inconnue : unknown' },
        },
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Liste de référence inconnue : unknown');
  });
});

describe('tolerance to a sparse contract', () => {
  it('uses the list labels from the items response and survives missing fields', async () => {
    renderApp({
      path: '/reference/populations',
      responses: {
        '/api/v1/me': {},
        '/api/v1/reference': {},
        '/api/v1/reference/populations': {
          kind: 'populations',
          labelFr: 'Populations visées',
          labelEn: 'Populations',
          items: [{ code: 'SENIORS', labelFr: 'Aînés' }, { code: 'YOUTH' }],
        },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Populations visées' })).toBeInTheDocument();
    await screen.findByRole('table');
    expect(rowLabels()).toEqual(['Aînés', 'YOUTH']);
  });
});
