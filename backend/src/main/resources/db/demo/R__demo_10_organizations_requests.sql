-- Demo data (loaded by `make run` and the tests, never in production): organizations, contact people and service
-- requests in every state, with fixed ids so that the contract's examples and other demo files can name them.
--   organizations 10000000-0000-4000-8000-0000000000NN (01-08 CISSS-LAN, 09-10 CIUSSS-NIM)
--   contacts      11000000-0000-4000-8000-0000000000NN (contact NN belongs to organization NN)
--   requests      20000000-0000-4000-8000-0000000000NN (01-10 CISSS-LAN, 11-12 CIUSSS-NIM)
--   interventions 30000000-0000-4000-8000-0000000000NN opened by accepted demo requests
-- The contract's state-changing examples each use their own request: 01 start analysis, 02 withdraw, 03 accept,
-- 04 refuse (ineligible: solely recreational), 05 waitlist; 06 is the target of the update and assessment examples.
-- Idempotent: re-running it changes nothing that exists (ON CONFLICT DO NOTHING, NOT EXISTS guards).

INSERT INTO organization (id, establishment_code, type_code, name, neq, territory_code, address_line, city, postal_code,
                          created_at, updated_at) VALUES
    ('10000000-0000-4000-8000-000000000001', 'CISSS-LAN', 'COMMUNITY_ORGANIZATION', 'Cuisines collectives de Joliette',
     '1170000001', 'LAN-JOLIETTE', '575, rue Saint-Viateur', 'Joliette', 'J6E 3B8', '2026-09-08 14:00:00+00', '2026-09-08 14:00:00+00'),
    ('10000000-0000-4000-8000-000000000002', 'CISSS-LAN', 'NON_PROFIT', 'Regroupement des organismes communautaires de Joliette',
     '1170000002', 'LAN-JOLIETTE', '200, rue De Salaberry', 'Joliette', 'J6E 4G4', '2026-09-02 13:00:00+00', '2026-09-02 13:00:00+00'),
    ('10000000-0000-4000-8000-000000000003', 'CISSS-LAN', 'MUNICIPALITY', 'Municipalité de Saint-Côme',
     NULL, 'LAN-MATAWINIE', '1661, rue Principale', 'Saint-Côme', 'J0K 2B0', '2026-09-03 13:00:00+00', '2026-09-03 13:00:00+00'),
    ('10000000-0000-4000-8000-000000000004', 'CISSS-LAN', 'SCHOOL', 'Centre de services scolaire des Samares',
     NULL, 'LAN-JOLIETTE', NULL, 'Joliette', NULL, '2026-09-03 14:00:00+00', '2026-09-03 14:00:00+00'),
    ('10000000-0000-4000-8000-000000000005', 'CISSS-LAN', 'CONCERTATION_BODY', 'Table des aînés de la Matawinie',
     NULL, 'LAN-MATAWINIE', NULL, 'Rawdon', NULL, '2026-09-04 13:00:00+00', '2026-09-04 13:00:00+00'),
    ('10000000-0000-4000-8000-000000000006', 'CISSS-LAN', 'COMMUNITY_ORGANIZATION', 'Maison des jeunes de Rawdon',
     '1170000006', 'LAN-MATAWINIE', '3588, rue Metcalfe', 'Rawdon', 'J0K 1S0', '2026-09-04 14:00:00+00', '2026-09-04 14:00:00+00'),
    ('10000000-0000-4000-8000-000000000007', 'CISSS-LAN', 'CITIZEN_GROUP', 'Comité citoyen de Saint-Gabriel',
     NULL, 'LAN-DAUTRAY', NULL, 'Saint-Gabriel', 'J0K 2N0', '2026-09-02 14:00:00+00', '2026-09-02 14:00:00+00'),
    ('10000000-0000-4000-8000-000000000008', 'CISSS-LAN', 'OTHER_PARTNER', 'Carrefour jeunesse-emploi de L''Assomption',
     '1170000008', 'LAN-LASSOMPTION', '315, boulevard L''Ange-Gardien', 'L''Assomption', 'J5W 1S2', '2026-09-05 13:00:00+00', '2026-09-05 13:00:00+00'),
    ('10000000-0000-4000-8000-000000000009', 'CIUSSS-NIM', 'CONCERTATION_BODY', 'Table de quartier de Montréal-Nord',
     NULL, 'NIM-AMN', NULL, 'Montréal', NULL, '2026-09-05 14:00:00+00', '2026-09-05 14:00:00+00'),
    ('10000000-0000-4000-8000-000000000010', 'CIUSSS-NIM', 'COMMUNITY_ORGANIZATION', 'Centre communautaire de Villeray',
     '1170000010', 'NIM-PPV', NULL, 'Montréal', NULL, '2026-09-05 15:00:00+00', '2026-09-05 15:00:00+00')
ON CONFLICT (id) DO NOTHING;

-- Contact people (fictitious; 555-01xx numbers).
INSERT INTO organization_contact (id, organization_id, position, name, role, email, phone) VALUES
    ('11000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 0, 'Josée Côté', 'Coordonnatrice', 'josee.cote@exemple.org', '450 555-0101'),
    ('11000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', 0, 'Luc Bergeron', 'Directeur général', 'luc.bergeron@exemple.org', '450 555-0102'),
    ('11000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000003', 0, 'Nathalie Lapointe', 'Directrice générale', 'nathalie.lapointe@exemple.org', '450 555-0103'),
    ('11000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000004', 0, 'Isabelle Gauthier', 'Conseillère pédagogique', 'isabelle.gauthier@exemple.org', '450 555-0104'),
    ('11000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000005', 0, 'Jean-Guy Morin', 'Président', NULL, '450 555-0105'),
    ('11000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000006', 0, 'Karine Dubé', 'Coordonnatrice', 'karine.dube@exemple.org', '450 555-0106'),
    ('11000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000007', 0, 'Pierre Lavallée', 'Porte-parole', 'pierre.lavallee@exemple.org', NULL),
    ('11000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000008', 0, 'Mathieu Paquette', 'Conseiller en développement', 'mathieu.paquette@exemple.org', '450 555-0108'),
    ('11000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000009', 0, 'Fabiola Joseph', 'Coordonnatrice', 'fabiola.joseph@exemple.org', '514 555-0109'),
    ('11000000-0000-4000-8000-000000000010', '10000000-0000-4000-8000-000000000010', 0, 'Hugo Tremblay', 'Directeur', 'hugo.tremblay@exemple.org', '514 555-0110')
ON CONFLICT (id) DO NOTHING;

-- Requests. Eligibility columns: requester, health field, not religious, not political party, not solely recreational.
INSERT INTO service_request (id, establishment_code, organization_id, contact_id, received_on, channel_code, territory_code,
        service_offer_code, need, status, eligible_requester, eligible_health_field, not_religious, not_political_party,
        not_solely_recreational, eligibility_note, eligibility_assessed_at, priority_score, priority_level,
        assigned_organizer_id, decided_on, refusal_reason_code, decision_note, created_at, updated_at) VALUES
    ('20000000-0000-4000-8000-000000000001', 'CISSS-LAN', '10000000-0000-4000-8000-000000000007', '11000000-0000-4000-8000-000000000007',
     '2026-11-12', 'PHONE', 'LAN-DAUTRAY', 'COMMUNITY_INITIATIVES',
     'Le comité veut transformer l''ancienne église du village en lieu communautaire et cherche de l''aide pour mobiliser les citoyens.',
     'RECEIVED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     '2026-11-12 15:00:00+00', '2026-11-12 15:00:00+00'),
    ('20000000-0000-4000-8000-000000000002', 'CISSS-LAN', '10000000-0000-4000-8000-000000000008', '11000000-0000-4000-8000-000000000008',
     '2026-11-17', 'EMAIL', 'LAN-LASSOMPTION', 'CONCERTATION_SUPPORT',
     'Soutien à la mise sur pied d''un comité jeunesse sur l''employabilité avec les partenaires du territoire.',
     'RECEIVED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     '2026-11-17 14:00:00+00', '2026-11-17 14:00:00+00'),
    ('20000000-0000-4000-8000-000000000003', 'CISSS-LAN', '10000000-0000-4000-8000-000000000006', '11000000-0000-4000-8000-000000000006',
     '2026-10-20', 'PHONE', 'LAN-MATAWINIE', 'NEW_RESOURCE_CREATION',
     'Les jeunes de Rawdon n''ont aucun lieu où se retrouver le soir. Nous voulons analyser les besoins et ouvrir un local de soir avec nos partenaires.',
     'UNDER_ANALYSIS', true, true, true, true, true, 'Organisme communautaire jeunesse; besoin collectif nommé par les jeunes.',
     '2026-10-28 15:00:00+00', 34, 'HIGH', NULL, NULL, NULL, NULL,
     '2026-10-20 15:00:00+00', '2026-10-28 15:30:00+00'),
    ('20000000-0000-4000-8000-000000000004', 'CISSS-LAN', '10000000-0000-4000-8000-000000000003', '11000000-0000-4000-8000-000000000003',
     '2026-10-29', 'EMAIL', 'LAN-MATAWINIE', 'COMMUNITY_INITIATIVES',
     'Soutien pour organiser le festival d''été de la municipalité : spectacles, feux d''artifice et kiosques.',
     'UNDER_ANALYSIS', true, true, true, true, false, 'Activité uniquement récréative.',
     '2026-11-04 16:00:00+00', NULL, NULL, NULL, NULL, NULL, NULL,
     '2026-10-29 13:00:00+00', '2026-11-04 16:00:00+00'),
    ('20000000-0000-4000-8000-000000000005', 'CISSS-LAN', '10000000-0000-4000-8000-000000000002', '11000000-0000-4000-8000-000000000002',
     '2026-10-06', 'IN_PERSON', 'LAN-JOLIETTE', 'ORGANIZATION_SUPPORT',
     'Formation des administrateurs des organismes membres sur leurs rôles et responsabilités.',
     'UNDER_ANALYSIS', true, true, true, true, true, NULL,
     '2026-10-14 14:00:00+00', 17, 'MEDIUM', NULL, NULL, NULL, NULL,
     '2026-10-06 18:00:00+00', '2026-10-14 14:30:00+00'),
    ('20000000-0000-4000-8000-000000000006', 'CISSS-LAN', '10000000-0000-4000-8000-000000000004', '11000000-0000-4000-8000-000000000004',
     '2026-10-27', 'EMAIL', 'LAN-JOLIETTE', 'GOVERNMENT_PROGRAMS',
     'Accompagnement de trois écoles primaires dans l''implantation de l''approche École en santé.',
     'UNDER_ANALYSIS', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     '2026-10-27 13:00:00+00', '2026-10-30 13:00:00+00'),
    ('20000000-0000-4000-8000-000000000007', 'CISSS-LAN', '10000000-0000-4000-8000-000000000001', '11000000-0000-4000-8000-000000000001',
     '2026-09-08', 'PHONE', 'LAN-JOLIETTE', 'ORGANIZATION_SUPPORT',
     'Mise à jour de nos règlements généraux et animation de notre assemblée générale annuelle.',
     'ACCEPTED', true, true, true, true, true, 'Organisme communautaire en sécurité alimentaire.',
     '2026-09-15 14:00:00+00', 26, 'HIGH', '60000000-0000-4000-8000-000000000001', '2026-09-22', NULL,
     'Marie Tremblay accompagne l''organisme.', '2026-09-08 14:00:00+00', '2026-09-22 15:00:00+00'),
    ('20000000-0000-4000-8000-000000000008', 'CISSS-LAN', '10000000-0000-4000-8000-000000000005', '11000000-0000-4000-8000-000000000005',
     '2026-09-15', 'EMAIL', 'LAN-MATAWINIE', 'CONCERTATION_SUPPORT',
     'Élaboration du plan d''action de la table pour briser l''isolement des aînés.',
     'WAITLISTED', true, true, true, true, true, NULL,
     '2026-09-24 14:00:00+00', 23, 'MEDIUM', NULL, '2026-10-01', NULL,
     'Admissible; en attente de disponibilité de l''équipe de Matawinie.', '2026-09-15 14:00:00+00', '2026-10-01 14:00:00+00'),
    ('20000000-0000-4000-8000-000000000009', 'CISSS-LAN', '10000000-0000-4000-8000-000000000007', '11000000-0000-4000-8000-000000000007',
     '2026-09-02', 'EMAIL', 'LAN-DAUTRAY', 'COMMUNITY_INITIATIVES',
     'Aide pour organiser l''assemblée d''investiture d''un parti politique provincial dans la circonscription.',
     'REFUSED', true, true, true, false, true, 'Activité partisane.',
     '2026-09-08 14:00:00+00', NULL, NULL, NULL, '2026-09-10', 'POLITICAL_PARTY',
     'Hors du mandat du service (caractère politique).', '2026-09-02 14:00:00+00', '2026-09-10 14:00:00+00'),
    ('20000000-0000-4000-8000-000000000010', 'CISSS-LAN', '10000000-0000-4000-8000-000000000002', '11000000-0000-4000-8000-000000000002',
     '2026-09-25', 'PHONE', 'LAN-JOLIETTE', 'ORGANIZATION_SUPPORT',
     'Soutien pour résoudre un conflit au conseil d''administration.',
     'WITHDRAWN', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     '2026-09-25 14:00:00+00', '2026-10-02 14:00:00+00'),
    ('20000000-0000-4000-8000-000000000011', 'CIUSSS-NIM', '10000000-0000-4000-8000-000000000009', '11000000-0000-4000-8000-000000000009',
     '2026-11-10', 'EMAIL', 'NIM-AMN', 'CONCERTATION_SUPPORT',
     'Soutien à l''élaboration du plan de quartier 2027-2030.',
     'RECEIVED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     '2026-11-10 14:00:00+00', '2026-11-10 14:00:00+00'),
    ('20000000-0000-4000-8000-000000000012', 'CIUSSS-NIM', '10000000-0000-4000-8000-000000000010', '11000000-0000-4000-8000-000000000010',
     '2026-10-30', 'PHONE', 'NIM-PPV', 'ORGANIZATION_SUPPORT',
     'Soutien à la recherche de financement pour le programme d''aide aux devoirs.',
     'UNDER_ANALYSIS', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     '2026-10-30 14:00:00+00', '2026-11-03 14:00:00+00')
ON CONFLICT (id) DO NOTHING;

INSERT INTO service_request_population (request_id, code) VALUES
    ('20000000-0000-4000-8000-000000000001', 'GENERAL'),
    ('20000000-0000-4000-8000-000000000001', 'SENIORS'),
    ('20000000-0000-4000-8000-000000000002', 'YOUTH'),
    ('20000000-0000-4000-8000-000000000003', 'YOUTH'),
    ('20000000-0000-4000-8000-000000000004', 'GENERAL'),
    ('20000000-0000-4000-8000-000000000005', 'GENERAL'),
    ('20000000-0000-4000-8000-000000000006', 'YOUTH'),
    ('20000000-0000-4000-8000-000000000006', 'FAMILIES'),
    ('20000000-0000-4000-8000-000000000007', 'LOW_INCOME'),
    ('20000000-0000-4000-8000-000000000007', 'FAMILIES'),
    ('20000000-0000-4000-8000-000000000008', 'SENIORS'),
    ('20000000-0000-4000-8000-000000000010', 'GENERAL'),
    ('20000000-0000-4000-8000-000000000011', 'FAMILIES'),
    ('20000000-0000-4000-8000-000000000011', 'IMMIGRANTS'),
    ('20000000-0000-4000-8000-000000000012', 'YOUTH')
ON CONFLICT DO NOTHING;

INSERT INTO service_request_determinant (request_id, code) VALUES
    ('20000000-0000-4000-8000-000000000001', 'SOCIAL_ENVIRONMENT'),
    ('20000000-0000-4000-8000-000000000001', 'ISOLATION'),
    ('20000000-0000-4000-8000-000000000002', 'WORK'),
    ('20000000-0000-4000-8000-000000000003', 'ISOLATION'),
    ('20000000-0000-4000-8000-000000000003', 'SOCIAL_ENVIRONMENT'),
    ('20000000-0000-4000-8000-000000000005', 'SOCIAL_ENVIRONMENT'),
    ('20000000-0000-4000-8000-000000000006', 'EDUCATION'),
    ('20000000-0000-4000-8000-000000000006', 'LIFESTYLE'),
    ('20000000-0000-4000-8000-000000000007', 'FOOD_SECURITY'),
    ('20000000-0000-4000-8000-000000000007', 'POVERTY'),
    ('20000000-0000-4000-8000-000000000008', 'ISOLATION'),
    ('20000000-0000-4000-8000-000000000011', 'SOCIAL_ENVIRONMENT'),
    ('20000000-0000-4000-8000-000000000011', 'HOUSING'),
    ('20000000-0000-4000-8000-000000000012', 'EDUCATION')
ON CONFLICT DO NOTHING;

-- The history of each request (written only for requests that have none yet).
INSERT INTO request_transition (request_id, from_status, to_status, occurred_at, actor_subject, actor_name, reason_code, note)
SELECT t.request_id::uuid, t.from_status, t.to_status, t.occurred_at::timestamptz, t.actor_subject, t.actor_name, t.reason_code, t.note
FROM (VALUES
    ('20000000-0000-4000-8000-000000000001', NULL, 'RECEIVED', '2026-11-12 15:00:00+00', 'demo:sophie.lavoie', 'Sophie Lavoie', NULL, NULL),
    ('20000000-0000-4000-8000-000000000002', NULL, 'RECEIVED', '2026-11-17 14:00:00+00', 'demo:julien.gagnon', 'Julien Gagnon', NULL, NULL),
    ('20000000-0000-4000-8000-000000000003', NULL, 'RECEIVED', '2026-10-20 15:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000003', 'RECEIVED', 'UNDER_ANALYSIS', '2026-10-23 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000004', NULL, 'RECEIVED', '2026-10-29 13:00:00+00', 'demo:sophie.lavoie', 'Sophie Lavoie', NULL, NULL),
    ('20000000-0000-4000-8000-000000000004', 'RECEIVED', 'UNDER_ANALYSIS', '2026-11-03 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000005', NULL, 'RECEIVED', '2026-10-06 18:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000005', 'RECEIVED', 'UNDER_ANALYSIS', '2026-10-09 14:00:00+00', 'demo:sophie.lavoie', 'Sophie Lavoie', NULL, NULL),
    ('20000000-0000-4000-8000-000000000006', NULL, 'RECEIVED', '2026-10-27 13:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000006', 'RECEIVED', 'UNDER_ANALYSIS', '2026-10-30 13:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000007', NULL, 'RECEIVED', '2026-09-08 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000007', 'RECEIVED', 'UNDER_ANALYSIS', '2026-09-10 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000007', 'UNDER_ANALYSIS', 'ACCEPTED', '2026-09-22 15:00:00+00', 'demo:sophie.lavoie', 'Sophie Lavoie', NULL, 'Marie Tremblay accompagne l''organisme.'),
    ('20000000-0000-4000-8000-000000000008', NULL, 'RECEIVED', '2026-09-15 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000008', 'RECEIVED', 'UNDER_ANALYSIS', '2026-09-17 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000008', 'UNDER_ANALYSIS', 'WAITLISTED', '2026-10-01 14:00:00+00', 'demo:sophie.lavoie', 'Sophie Lavoie', NULL, 'Admissible; en attente de disponibilité de l''équipe de Matawinie.'),
    ('20000000-0000-4000-8000-000000000009', NULL, 'RECEIVED', '2026-09-02 14:00:00+00', 'demo:eric.beaulieu', 'Éric Beaulieu', NULL, NULL),
    ('20000000-0000-4000-8000-000000000009', 'RECEIVED', 'UNDER_ANALYSIS', '2026-09-04 14:00:00+00', 'demo:eric.beaulieu', 'Éric Beaulieu', NULL, NULL),
    ('20000000-0000-4000-8000-000000000009', 'UNDER_ANALYSIS', 'REFUSED', '2026-09-10 14:00:00+00', 'demo:sophie.lavoie', 'Sophie Lavoie', 'POLITICAL_PARTY', 'Hors du mandat du service (caractère politique).'),
    ('20000000-0000-4000-8000-000000000010', NULL, 'RECEIVED', '2026-09-25 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000010', 'RECEIVED', 'UNDER_ANALYSIS', '2026-09-29 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, NULL),
    ('20000000-0000-4000-8000-000000000010', 'UNDER_ANALYSIS', 'WITHDRAWN', '2026-10-02 14:00:00+00', 'demo:marie.tremblay', 'Marie Tremblay', NULL, 'Le conflit s''est réglé à l''interne.'),
    ('20000000-0000-4000-8000-000000000011', NULL, 'RECEIVED', '2026-11-10 14:00:00+00', 'demo:amelie.roy', 'Amélie Roy', NULL, NULL),
    ('20000000-0000-4000-8000-000000000012', NULL, 'RECEIVED', '2026-10-30 14:00:00+00', 'demo:amelie.roy', 'Amélie Roy', NULL, NULL),
    ('20000000-0000-4000-8000-000000000012', 'RECEIVED', 'UNDER_ANALYSIS', '2026-11-03 14:00:00+00', 'demo:amelie.roy', 'Amélie Roy', NULL, NULL)
) AS t(request_id, from_status, to_status, occurred_at, actor_subject, actor_name, reason_code, note)
WHERE NOT EXISTS (SELECT 1 FROM request_transition x WHERE x.request_id = t.request_id::uuid)
ORDER BY t.request_id, t.occurred_at;

-- Priority assessments (default weights of V2: 3, 3, 2, 2, 1, 2; max 39), for requests that have none yet.
WITH a(request_id, assessed_at, actor_name, total, level, note, scores) AS (VALUES
        ('20000000-0000-4000-8000-000000000003'::uuid, '2026-10-28 15:30:00+00'::timestamptz, 'Marie Tremblay', 34, 'HIGH',
         'Aucune ressource pour les jeunes le soir dans le secteur.', ARRAY[3, 3, 2, 2, 2, 3]),
        ('20000000-0000-4000-8000-000000000005'::uuid, '2026-10-14 14:30:00+00'::timestamptz, 'Sophie Lavoie', 17, 'MEDIUM',
         NULL, ARRAY[1, 2, 1, 1, 0, 2]),
        ('20000000-0000-4000-8000-000000000007'::uuid, '2026-09-15 14:30:00+00'::timestamptz, 'Marie Tremblay', 26, 'HIGH',
         'Organisme en croissance; assemblée générale en novembre.', ARRAY[3, 2, 2, 1, 1, 2]),
        ('20000000-0000-4000-8000-000000000008'::uuid, '2026-09-24 14:30:00+00'::timestamptz, 'Marie Tremblay', 23, 'MEDIUM',
         NULL, ARRAY[2, 2, 2, 1, 1, 2])),
    inserted AS (
        INSERT INTO priority_assessment (request_id, assessed_at, actor_subject, actor_name, total_score, max_score, level, note)
        SELECT a.request_id, a.assessed_at, 'demo:' || lower(replace(a.actor_name, ' ', '.')), a.actor_name, a.total, 39, a.level, a.note
        FROM a
        WHERE NOT EXISTS (SELECT 1 FROM priority_assessment p WHERE p.request_id = a.request_id)
        RETURNING id, request_id)
INSERT INTO priority_assessment_score (assessment_id, criterion_code, weight, score)
SELECT i.id, c.code, c.weight, a.scores[c.n]
FROM inserted i
JOIN a ON a.request_id = i.request_id
CROSS JOIN (VALUES (1, 'DISADVANTAGED_POPULATIONS', 3), (2, 'COLLECTIVE_PROBLEM', 3), (3, 'PUBLIC_HEALTH_PRIORITY', 2),
                   (4, 'NO_OTHER_RESOURCE', 2), (5, 'URGENCY', 1), (6, 'EMPOWERMENT', 2)) AS c(n, code, weight);

-- The intervention opened by the accepted request 07 (as InterventionService.openFromRequest opens it).
INSERT INTO intervention (id, establishment_code, title, territory_code, lead_organizer_id, service_offer_code, request_id,
                          status, opened_on, created_at, updated_at) VALUES
    ('30000000-0000-4000-8000-000000000001', 'CISSS-LAN', 'Cuisines collectives de Joliette — Soutien aux organismes',
     'LAN-JOLIETTE', '60000000-0000-4000-8000-000000000001', 'ORGANIZATION_SUPPORT', '20000000-0000-4000-8000-000000000007',
     'ACTIVE', '2026-09-22', '2026-09-22 15:00:00+00', '2026-09-22 15:00:00+00')
ON CONFLICT (id) DO NOTHING;

INSERT INTO intervention_organization (intervention_id, organization_id) VALUES
    ('30000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001')
ON CONFLICT DO NOTHING;

INSERT INTO intervention_population (intervention_id, code) VALUES
    ('30000000-0000-4000-8000-000000000001', 'LOW_INCOME'),
    ('30000000-0000-4000-8000-000000000001', 'FAMILIES')
ON CONFLICT DO NOTHING;

INSERT INTO intervention_determinant (intervention_id, code) VALUES
    ('30000000-0000-4000-8000-000000000001', 'FOOD_SECURITY'),
    ('30000000-0000-4000-8000-000000000001', 'POVERTY')
ON CONFLICT DO NOTHING;

INSERT INTO intervention_transition (intervention_id, from_status, to_status, occurred_at, actor_subject, actor_name, note)
SELECT '30000000-0000-4000-8000-000000000001', NULL, 'ACTIVE', '2026-09-22 15:00:00+00', 'demo:sophie.lavoie', 'Sophie Lavoie',
       'Opened from accepted request 20000000-0000-4000-8000-000000000007'
WHERE NOT EXISTS (SELECT 1 FROM intervention_transition WHERE intervention_id = '30000000-0000-4000-8000-000000000001');
