export const me = {
  username: 'marie.tremblay',
  name: 'Marie Tremblay',
  email: 'marie.tremblay@example.org',
  roles: ['organizer'],
  establishment: { code: 'CISSS-LAN', labelFr: 'CISSS de Lanaudière', labelEn: 'CISSS de Lanaudière' },
  territories: [
    { code: 'LAN-JOLIETTE', labelFr: 'Joliette', labelEn: 'Joliette' },
    { code: 'LAN-AUTRAY', labelFr: "D'Autray", labelEn: "D'Autray" },
  ],
  preferredLanguage: 'fr',
};

export const referenceKinds = {
  items: [
    { kind: 'territories', labelFr: 'Territoires', labelEn: 'Territories' },
    { kind: 'determinants', labelFr: 'Déterminants de la santé', labelEn: 'Health determinants' },
    { kind: 'populations', labelFr: 'Populations', labelEn: 'Populations' },
  ],
};

export const determinants = {
  kind: 'determinants',
  items: [
    { code: 'FAMILY', labelFr: 'Famille', labelEn: 'Family', sortOrder: 1, active: true },
    { code: 'SCHOOLS', labelFr: 'Écoles', labelEn: 'Schools', sortOrder: 2, active: true },
    { code: 'WATER', labelFr: 'Eau', labelEn: 'Water', sortOrder: 3, active: true },
    { code: 'POVERTY', labelFr: 'Pauvreté', labelEn: 'Poverty', sortOrder: 4, active: false },
  ],
};

export const apiResponses = {
  '/api/v1/me': me,
  '/api/v1/reference': referenceKinds,
  '/api/v1/reference/determinants': determinants,
};
