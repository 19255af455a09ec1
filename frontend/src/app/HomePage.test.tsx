import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/test/render';
import { apiResponses } from '@/test/fixtures';

describe('home screen', () => {
  it('greets the user in French with their establishment, role, territories and the reference kinds', async () => {
    renderApp({ responses: apiResponses });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour, Marie Tremblay' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('CISSS de Lanaudière');
    expect(screen.getByText('Organisatrice ou organisateur communautaire')).toBeInTheDocument();
    const territories = screen.getByText('Territoires', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(within(territories).getAllByRole('listitem').map((li) => li.textContent)).toEqual(["D'Autray", 'Joliette']);

    const link = await screen.findByRole('link', { name: 'Déterminants de la santé' });
    expect(link).toHaveAttribute('href', '/reference/determinants');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
  });

  it('sends the bearer token', async () => {
    const { fetch } = renderApp({ responses: apiResponses });
    await screen.findByRole('heading', { level: 1, name: 'Bonjour, Marie Tremblay' });
    expect(fetch.calls.length).toBeGreaterThan(0);
    for (const call of fetch.calls) {
      expect(call.headers.get('Authorization')).toBe('Bearer test-token');
    }
  });

  it('switches to English with the FR/EN switch and keeps the choice', async () => {
    const user = userEvent.setup();
    renderApp({ responses: apiResponses });
    await screen.findByRole('heading', { level: 1, name: 'Bonjour, Marie Tremblay' });

    const switcher = screen.getByRole('group', { name: 'Langue' });
    await user.click(within(switcher).getByRole('button', { name: /EN/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Marie Tremblay' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Health determinants' })).toBeInTheDocument();
    expect(screen.getByText('Community organizer')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('maillon.language')).toBe('en');
    expect(within(switcher).getByRole('button', { name: /EN/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows the problem detail when the API fails', async () => {
    renderApp({
      responses: {
        ...apiResponses,
        '/api/v1/me': {
          status: 403,
          body: { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Aucun établissement associé à ce compte.' },
        },
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Aucun établissement associé à ce compte.');
    expect(alert).toHaveTextContent('Code d’erreur : 403');
  });
});

describe('profile language', () => {
  it('follows the profile preferred language when the user never chose one', async () => {
    renderApp({ responses: { ...apiResponses, '/api/v1/me': { ...apiResponses['/api/v1/me'], preferredLanguage: 'en' } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Marie Tremblay' })).toBeInTheDocument();
  });
});
