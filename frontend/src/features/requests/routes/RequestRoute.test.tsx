import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/test/render';
import { organizer, request, REQUEST_ID, requestPage } from '@/test/domain';

const path = `/demandes/${REQUEST_ID}`;
const title = 'Centre de services scolaire des Samares — Soutien aux organismes';

describe('request page', () => {
  it('shows the request in French, with the five eligibility criteria written out', async () => {
    renderApp({ path, responses: requestPage() });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText('En analyse')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Admissibilité' })).toBeInTheDocument();
    for (const text of [
      /Le demandeur est un organisme communautaire, un organisme à but non lucratif/,
      /domaine de la santé et des services sociaux et a une incidence sur les déterminants sociaux/,
      'La demande ne présente pas un caractère religieux.',
      'La demande ne présente pas un caractère politique (parti).',
      'La demande n’est pas uniquement à but récréatif ni de type club social.',
    ]) {
      expect(screen.getByRole('group', { name: text })).toBeInTheDocument();
    }
    expect(await screen.findByText('Demande reçue')).toBeInTheDocument();
  });

  it('computes the priority total and level live, active criteria only', async () => {
    const user = userEvent.setup();
    renderApp({ path, responses: requestPage() });
    const total = await screen.findByTestId('priority-total');
    expect(total).toHaveTextContent('Total : 0 sur 12');
    expect(total).toHaveTextContent('Cotez tous les critères');
    expect(screen.queryByText('Ancien critère')).not.toBeInTheDocument();

    const disadvantaged = screen.getByRole('group', { name: 'Rejoint des populations désavantagées' });
    await user.click(within(disadvantaged).getByRole('radio', { name: '3 – tout à fait' }));
    expect(total).toHaveTextContent('Total : 9 sur 12');
    const urgency = screen.getByRole('group', { name: 'Urgence de la situation' });
    await user.click(within(urgency).getByRole('radio', { name: '0 – pas du tout' }));
    expect(total).toHaveTextContent('Total : 9 sur 12');
    expect(total).toHaveTextContent('Élevée');
    await user.click(within(disadvantaged).getByRole('radio', { name: '1 – un peu' }));
    expect(total).toHaveTextContent('Total : 3 sur 12');
    expect(total).toHaveTextContent('Faible');
  });

  it('lets a manager decide; the dialog traps focus, closes with Escape and gives focus back', async () => {
    const user = userEvent.setup();
    renderApp({ path, responses: requestPage({ eligibility: { eligible: true, matchingRefusalReasons: [] } }) });
    const open = await screen.findByRole('button', { name: 'Décider…' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Décision sur la demande' });
    const radios = within(dialog).getAllByRole('radio').map((r) => r.closest('label')!.textContent);
    expect(radios).toEqual([
      'Accepter et confier à une organisatrice ou un organisateur du territoire',
      'Mettre en attente',
      'Refuser, avec un motif',
    ]);
    expect(within(dialog).getByRole('combobox', { name: /Organisatrice ou organisateur responsable/ })).toBeInTheDocument();
    for (let i = 0; i < 12; i++) await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('offers only the refusal reasons matching the failed criteria', async () => {
    const user = userEvent.setup();
    renderApp({
      path,
      responses: requestPage({
        eligibility: { eligible: false, notSolelyRecreational: false, matchingRefusalReasons: ['RECREATIONAL_ONLY'] },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Décider…' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: /Accepter/ })).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: 'Refuser, avec un motif' }));
    const reason = within(dialog).getByRole('combobox', { name: /Motif du refus/ });
    expect(within(reason).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choisir un motif…',
      'Uniquement récréatif ou de type club social',
    ]);
  });

  it('hides the manager-only decisions from organizers', async () => {
    renderApp({ path, responses: requestPage({ eligibility: { eligible: true } }, organizer) });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Décider…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retirer la demande' })).toBeInTheDocument();
  });

  it('explains a conflict (412) with "Recharger" and keeps what was typed', async () => {
    const user = userEvent.setup();
    let puts = 0;
    const responses = {
      ...requestPage(),
      [`PUT /api/v1/requests/${REQUEST_ID}/eligibility`]: (call: Request) => {
        puts++;
        expect(call.headers.get('If-Match')).toBe('"3"');
        return puts === 1
          ? { status: 412, body: { type: 'https://maillon.quebec/problems/precondition-failed', status: 412, detail: 'stale' } }
          : { body: { ...request, eligibility: { eligible: true } }, headers: { ETag: '"4"' } };
      },
    };
    renderApp({ path, responses });
    await screen.findByRole('heading', { level: 1, name: title });
    for (const group of screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET' && within(g).queryByRole('radio', { name: 'Respecté' }))) {
      await user.click(within(group).getByRole('radio', { name: 'Respecté' }));
    }
    await user.type(screen.getByRole('textbox', { name: 'Notes de l’évaluation' }), 'Programme de santé publique');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’admissibilité' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Quelqu’un d’autre a modifié cette fiche');
    await user.click(within(alert).getByRole('button', { name: 'Recharger' }));
    expect(screen.getByRole('textbox', { name: 'Notes de l’évaluation' })).toHaveValue('Programme de santé publique');
    await screen.findByRole('button', { name: 'Enregistrer l’admissibilité' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’admissibilité' }));
    expect(await screen.findByText('Admissibilité enregistrée : la demande est admissible.')).toBeInTheDocument();
    expect(puts).toBe(2);
  });
});
