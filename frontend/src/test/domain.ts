import { me } from './fixtures';

const ref = (kind: string, items: [string, string, string][]) => ({
  kind,
  items: items.map(([code, labelFr, labelEn], i) => ({ code, labelFr, labelEn, sortOrder: i + 1, active: true })),
});

export const manager = {
  ...me,
  username: 'sophie.lavoie',
  name: 'Sophie Lavoie',
  roles: ['manager'],
  organizerId: '60000000-0000-4000-8000-000000000009',
};
export const organizer = { ...me, organizerId: '60000000-0000-4000-8000-000000000001' };

export const reference = {
  '/api/v1/reference/territories': ref('territories', [
    ['LAN-JOLIETTE', 'Joliette', 'Joliette'],
    ['LAN-MATAWINIE', 'Matawinie', 'Matawinie'],
  ]),
  '/api/v1/reference/service-offers': ref('service-offers', [
    ['ORGANIZATION_SUPPORT', 'Soutien aux organismes', 'Support to organizations'],
    ['CONCERTATION_SUPPORT', 'Soutien à la concertation', 'Support to concertation'],
  ]),
  '/api/v1/reference/refusal-reasons': ref('refusal-reasons', [
    ['REQUESTER_NOT_ADMISSIBLE', 'Demandeur non admissible', 'Requester not admissible'],
    ['OUTSIDE_HEALTH_FIELD', 'Hors du domaine de la santé', 'Outside health'],
    ['RELIGIOUS', 'Caractère religieux', 'Religious'],
    ['POLITICAL_PARTY', 'Caractère politique (parti)', 'Political (party)'],
    ['RECREATIONAL_ONLY', 'Uniquement récréatif ou de type club social', 'Solely recreational'],
    ['OTHER_RESOURCE', 'Une autre ressource peut répondre à la demande', 'Another resource'],
    ['NO_CAPACITY', 'Capacité de l’équipe insuffisante', 'No capacity'],
  ]),
  '/api/v1/reference/request-channels': ref('request-channels', [
    ['PHONE', 'Téléphone', 'Phone'],
    ['EMAIL', 'Courriel', 'Email'],
  ]),
  '/api/v1/reference/organization-types': ref('organization-types', [
    ['COMMUNITY_ORGANIZATION', 'Organisme communautaire', 'Community organization'],
    ['CITIZEN_GROUP', 'Groupe de citoyens', 'Citizen group'],
  ]),
  '/api/v1/reference/populations': ref('populations', [['FAMILIES', 'Familles', 'Families']]),
  '/api/v1/reference/determinants': ref('determinants', [['FOOD_SECURITY', 'Sécurité alimentaire', 'Food security']]),
  '/api/v1/reference/professional-acts': ref('professional-acts', [
    ['FACILITATE', 'Animer', 'Facilitate'],
    ['WRITE', 'Rédiger', 'Write'],
    ['ACCOMPANY', 'Accompagner', 'Accompany'],
  ]),
  '/api/v1/reference/axes': ref('axes', []),
  '/api/v1/reference/intervention-types': ref('intervention-types', []),
};

export const REQUEST_ID = '20000000-0000-4000-8000-000000000006';

export const request = {
  id: REQUEST_ID,
  status: 'UNDER_ANALYSIS',
  allowedTransitions: ['ACCEPTED', 'WAITLISTED', 'REFUSED', 'WITHDRAWN'],
  organizationId: '10000000-0000-4000-8000-000000000004',
  organizationName: 'Centre de services scolaire des Samares',
  receivedOn: '2026-10-27',
  channel: 'EMAIL',
  territory: 'LAN-JOLIETTE',
  serviceOffer: 'ORGANIZATION_SUPPORT',
  need: 'Accompagner trois écoles.',
  populations: ['FAMILIES'],
  determinants: ['FOOD_SECURITY'],
  eligibility: null,
};

export const criteria = {
  items: [
    { code: 'DISADVANTAGED_POPULATIONS', labelFr: 'Rejoint des populations désavantagées', labelEn: 'Disadvantaged', weight: 3, active: true },
    { code: 'URGENCY', labelFr: 'Urgence de la situation', labelEn: 'Urgency', weight: 1, active: true },
    { code: 'OLD', labelFr: 'Ancien critère', labelEn: 'Old', weight: 5, active: false },
  ],
};

/** Everything the request page reads, for a request in the given state. */
export function requestPage(overrides: Record<string, unknown> = {}, user: object = manager) {
  return {
    '/api/v1/me': user,
    '/api/v1/reference': { items: [] },
    ...reference,
    [`GET /api/v1/requests/${REQUEST_ID}`]: { body: { ...request, ...overrides }, headers: { ETag: '"3"' } },
    [`/api/v1/requests/${REQUEST_ID}/history`]: {
      items: [{ id: 1, to: 'RECEIVED', occurredAt: '2026-10-27T13:00:00Z', actorName: 'Marie Tremblay' }],
    },
    [`/api/v1/requests/${REQUEST_ID}/priority/history`]: { items: [] },
    '/api/v1/priority-criteria': criteria,
    '/api/v1/organizers': {
      items: [{ id: '60000000-0000-4000-8000-000000000001', name: 'Marie Tremblay', territories: ['LAN-JOLIETTE'], active: true }],
    },
  };
}
