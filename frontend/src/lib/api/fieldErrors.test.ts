import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { ApiError } from './problem';
import { mapFieldErrors, problemFieldErrors } from './fieldErrors';
import { describeProblem, fieldMessage } from './problemText';

const validation = new ApiError(422, {
  type: 'https://maillon.quebec/problems/validation',
  status: 422,
  detail: '3 fields are invalid',
  errors: [
    { field: 'organization.neq', message: 'must be exactly 10 digits' },
    { field: 'contact.email', message: 'doit être une adresse électronique syntaxiquement correcte' },
    { field: 'populations[1]', message: "unknown populations code 'X'" },
    { field: 'weird', message: 'something else' },
  ],
});

describe('problem → field errors', () => {
  it('maps the API field paths to the form inputs, parents included', () => {
    const { byInput, unmatched } = mapFieldErrors(problemFieldErrors(validation), [
      'organization.neq',
      'contact.email',
      'populations',
    ]);
    expect(byInput['organization.neq']).toEqual(['must be exactly 10 digits']);
    expect(byInput['contact.email']).toHaveLength(1);
    expect(byInput.populations).toEqual(["unknown populations code 'X'"]);
    expect(unmatched.map((e) => e.field)).toEqual(['weird']);
  });

  it('follows aliases, indexes ignored', () => {
    const error = new ApiError(422, { errors: [{ field: 'scores[1].score', message: 'must be between 0 and 3' }] });
    const { byInput } = mapFieldErrors(problemFieldErrors(error), ['score-URGENCY'], { 'scores[1].score': 'score-URGENCY' });
    expect(byInput['score-URGENCY']).toHaveLength(1);
  });

  it('says the messages in French: known English ones translated, French ones kept, others made plain', () => {
    const t = createI18n('fr-CA').t;
    expect(fieldMessage('must be exactly 10 digits', t)).toBe('Le NEQ compte exactement 10 chiffres.');
    expect(fieldMessage('must not be in the future (today is 2026-11-23, Québec time)', t)).toBe(
      'La date ne peut pas être dans le futur.',
    );
    expect(fieldMessage('ne doit pas être vide', t)).toBe('ne doit pas être vide');
    expect(fieldMessage('something else', t)).toBe('Cette valeur n’est pas acceptée.');
  });

  it('explains problems in French by their type, the 412 conflict included', () => {
    const t = createI18n('fr-CA').t;
    expect(describeProblem(new ApiError(412, { type: 'https://maillon.quebec/problems/precondition-failed' }), t).message).toBe(
      'Quelqu’un d’autre a modifié cette fiche depuis que vous l’avez ouverte.',
    );
    expect(
      describeProblem(new ApiError(409, { type: 'https://maillon.quebec/problems/eligibility-not-assessed', detail: 'x' }), t)
        .message,
    ).toMatch(/^Évaluez d’abord l’admissibilité/);
    expect(
      describeProblem(
        new ApiError(409, {
          type: 'https://maillon.quebec/problems/conflict',
          detail: 'An intervention can be closed only once at least one activity is recorded on it.',
        }),
        t,
      ).message,
    ).toMatch(/au moins une activité/);
    expect(describeProblem(new ApiError(0, {}), t).message).toMatch(/injoignable/);
    expect(
      describeProblem(new ApiError(503, { type: 'https://maillon.quebec/problems/database-unavailable', status: 503 }), t)
        .message,
    ).toBe('Le service est momentanément indisponible. Réessayez dans quelques secondes.');
  });
});
