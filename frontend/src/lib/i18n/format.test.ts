import { describe, expect, it } from 'vitest';
import { pickLabel, sortByLabel } from './format';

const labels = (...fr: string[]) => fr.map((labelFr) => ({ labelFr, labelEn: labelFr.toUpperCase() }));

describe('sortByLabel', () => {
  it('sorts accented French labels as a French reader expects', () => {
    const sorted = sortByLabel(labels('Famille', 'Écoles', 'Zones', 'Eau', 'état civil', 'Aînés'), 'fr-CA');
    expect(sorted.map((i) => i.labelFr)).toEqual(['Aînés', 'Eau', 'Écoles', 'état civil', 'Famille', 'Zones']);
  });

  it('does not change its input', () => {
    const input = labels('B', 'A');
    sortByLabel(input, 'fr-CA');
    expect(input.map((i) => i.labelFr)).toEqual(['B', 'A']);
  });

  it('sorts by the English label in English', () => {
    const items = [
      { labelFr: 'Pauvreté', labelEn: 'Poverty' },
      { labelFr: 'Logement', labelEn: 'Housing' },
      { labelFr: 'Alimentation', labelEn: 'Food security' },
    ];
    expect(sortByLabel(items, 'en').map((i) => i.labelEn)).toEqual(['Food security', 'Housing', 'Poverty']);
  });
});

describe('pickLabel', () => {
  it('uses the French label for French and the English one for English', () => {
    const item = { labelFr: 'Pauvreté', labelEn: 'Poverty' };
    expect(pickLabel(item, 'fr-CA')).toBe('Pauvreté');
    expect(pickLabel(item, 'en')).toBe('Poverty');
    expect(pickLabel({ labelFr: 'Pauvreté', labelEn: '' }, 'en')).toBe('Pauvreté');
    expect(pickLabel({ labelEn: 'Poverty' }, 'fr-CA')).toBe('Poverty');
    expect(pickLabel({ code: 'POVERTY' }, 'fr-CA')).toBe('POVERTY');
  });
});
