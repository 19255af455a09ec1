-- Demo data (loaded by `make run` and the tests, never in production): concertation places, interventions opened
-- directly (not from requests) and the activity journal of marie.tremblay, julien.gagnon and eric.beaulieu over the
-- current and the previous financial year (April 1 – March 31). Idempotent: fixed ids, ON CONFLICT DO NOTHING.
-- Dates are relative to CURRENT_DATE and never in the future, so that the data stays current.
--
-- Fixed ids (the contract's examples use them; each state-changing example targets its own record):
--   concertations        40000000-0000-4000-8000-0000000000NN  01-04 CISSS-LAN, 05 CIUSSS-NIM
--   members              41000000-0000-4000-8000-0000000000NN
--   meetings             42000000-0000-4000-8000-0000000000NN
--   action-plan items    43000000-0000-4000-8000-0000000000NN
--   interventions        30000000-0000-4000-8000-0000000000NN  50-56 CISSS-LAN, 57 CIUSSS-NIM (01-49: from demo requests)
--   activities           50000000-0000-4000-8000-000000000NNN

-- The organizations referenced here (the organization feature's demo file, R__demo_10, has the full records; when it
-- ran first, these minimal rows change nothing).
INSERT INTO organization (id, establishment_code, type_code, name, territory_code) VALUES
    ('10000000-0000-4000-8000-000000000001', 'CISSS-LAN', 'COMMUNITY_ORGANIZATION', 'Soupe populaire de Joliette', 'LAN-JOLIETTE'),
    ('10000000-0000-4000-8000-000000000002', 'CISSS-LAN', 'NON_PROFIT', 'Regroupement des cuisines collectives de Lanaudière', 'LAN-JOLIETTE'),
    ('10000000-0000-4000-8000-000000000003', 'CISSS-LAN', 'MUNICIPALITY', 'Municipalité de Saint-Côme', 'LAN-MATAWINIE'),
    ('10000000-0000-4000-8000-000000000004', 'CISSS-LAN', 'SCHOOL', 'Centre de services scolaire des Samares', 'LAN-JOLIETTE'),
    ('10000000-0000-4000-8000-000000000009', 'CIUSSS-NIM', 'COMMUNITY_ORGANIZATION', 'Entraide Montréal-Nord', 'NIM-AMN')
ON CONFLICT (id) DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------
-- Concertation places
INSERT INTO concertation (id, establishment_code, name, kind_code, scope, territory_code, status, description) VALUES
    ('40000000-0000-4000-8000-000000000001', 'CISSS-LAN', 'Table de concertation en sécurité alimentaire de Joliette',
        'THEMATIC_TABLE', 'MRC', 'LAN-JOLIETTE', 'ACTIVE',
        'Regroupe les organismes, la municipalité et les partenaires qui agissent en sécurité alimentaire dans la MRC de Joliette.'),
    ('40000000-0000-4000-8000-000000000002', 'CISSS-LAN', 'Comité local de développement social de la Matawinie',
        'SOCIAL_DEVELOPMENT_COMMITTEE', 'MRC', 'LAN-MATAWINIE', 'ACTIVE',
        'Analyse les enjeux de développement social de la MRC et porte des projets concertés.'),
    ('40000000-0000-4000-8000-000000000003', 'CISSS-LAN', 'Table régionale des aînés de Lanaudière',
        'REGIONAL_COMMITTEE', 'REGIONAL', NULL, 'ACTIVE',
        'Comité régional sur les conditions de vie des aînés : isolement, transport, proches aidants.'),
    ('40000000-0000-4000-8000-000000000004', 'CISSS-LAN', 'Table de concertation petite enfance des Moulins',
        'THEMATIC_TABLE', 'MRC', 'LAN-MOULINS', 'ACTIVE',
        'Partenaires de la petite enfance de Terrebonne et de Mascouche.'),
    ('40000000-0000-4000-8000-000000000005', 'CIUSSS-NIM', 'Table de quartier de Montréal-Nord',
        'NEIGHBOURHOOD_TABLE', 'LOCAL', 'NIM-AMN', 'ACTIVE',
        'Table de quartier multisectorielle de Montréal-Nord.')
ON CONFLICT (id) DO NOTHING;

INSERT INTO concertation_theme (concertation_id, code) VALUES
    ('40000000-0000-4000-8000-000000000001', 'FOOD_SECURITY'),
    ('40000000-0000-4000-8000-000000000001', 'POVERTY'),
    ('40000000-0000-4000-8000-000000000002', 'SOCIAL_DEVELOPMENT'),
    ('40000000-0000-4000-8000-000000000002', 'TRANSPORT'),
    ('40000000-0000-4000-8000-000000000003', 'SENIORS'),
    ('40000000-0000-4000-8000-000000000004', 'EARLY_CHILDHOOD'),
    ('40000000-0000-4000-8000-000000000005', 'SOCIAL_DEVELOPMENT'),
    ('40000000-0000-4000-8000-000000000005', 'HOUSING')
ON CONFLICT DO NOTHING;

-- Members (a municipality and a school service centre among them; one former member).
INSERT INTO concertation_member (id, concertation_id, organization_id, role, joined_on, left_on) VALUES
    ('41000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'Fiduciaire', '2024-09-01', NULL),
    ('41000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', 'Membre', '2024-09-01', NULL),
    ('41000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004', 'Membre', '2025-01-15', NULL),
    ('41000000-0000-4000-8000-000000000004', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000003', 'Membre, représentant municipal', '2023-10-01', NULL),
    ('41000000-0000-4000-8000-000000000005', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', 'Membre', '2024-02-01', NULL),
    ('41000000-0000-4000-8000-000000000006', '40000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'Membre', '2023-05-01', NULL),
    ('41000000-0000-4000-8000-000000000007', '40000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000003', 'Membre', '2023-05-01', '2025-06-30'),
    ('41000000-0000-4000-8000-000000000008', '40000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000002', 'Membre', '2024-09-01', NULL),
    ('41000000-0000-4000-8000-000000000009', '40000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000009', 'Membre du conseil', '2022-09-01', NULL)
ON CONFLICT (id) DO NOTHING;

-- Supporting organizers.
INSERT INTO concertation_organizer (concertation_id, organizer_id, role, since) VALUES
    ('40000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001', 'FACILITATION', '2024-09-01'),
    ('40000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000001', 'COORDINATION', '2023-10-01'),
    ('40000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000004', 'ADVICE', '2024-01-15'),
    ('40000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000004', 'MEMBER', '2023-05-01'),
    ('40000000-0000-4000-8000-000000000003', '60000000-0000-4000-8000-000000000002', 'ADVICE', '2024-03-01'),
    ('40000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000002', 'FACILITATION', '2024-09-01'),
    ('40000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000011', 'FACILITATION', '2022-09-01')
ON CONFLICT DO NOTHING;

-- Meetings and action plans, dated from the start of the current (cur) and previous (prev) financial years.
WITH fy AS (SELECT make_date(extract(year FROM CURRENT_DATE - interval '3 months')::int, 4, 1) AS cur),
     dates AS (SELECT cur, (cur - interval '1 year')::date AS prev FROM fy)
INSERT INTO concertation_meeting (id, concertation_id, held_on, place, attendance, decisions)
SELECT m.id::uuid, m.concertation_id::uuid, m.held_on, m.place, m.attendance, m.decisions
FROM dates, LATERAL (VALUES
    ('42000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000001', dates.prev + 170, 'Salle du conseil, Joliette', 15,
        'Adoption du portrait de l''offre alimentaire.'),
    ('42000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000001', dates.prev + 260, 'Centre communautaire, Joliette', 11,
        'Priorités 2025-2026 : frigos communautaires et forum local.'),
    ('42000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000001', GREATEST(dates.cur, CURRENT_DATE - 20), 'Centre communautaire, Joliette', 13,
        'Mandat au comité de travail sur les frigos communautaires.'),
    ('42000000-0000-4000-8000-000000000004', '40000000-0000-4000-8000-000000000002', dates.prev + 200, 'Hôtel de ville, Saint-Côme', 18,
        'Démarche de consultation sur l''avenir de l''église.'),
    ('42000000-0000-4000-8000-000000000005', '40000000-0000-4000-8000-000000000002', GREATEST(dates.cur, CURRENT_DATE - 35), 'Rawdon', 16,
        'Création d''un comité transport.'),
    ('42000000-0000-4000-8000-000000000006', '40000000-0000-4000-8000-000000000003', dates.prev + 120, 'Joliette', 22,
        'Plan régional sur l''isolement des aînés.'),
    ('42000000-0000-4000-8000-000000000007', '40000000-0000-4000-8000-000000000003', GREATEST(dates.cur, CURRENT_DATE - 50), 'Visioconférence', 19,
        'Bilan de la campagne sur la proche aidance.'),
    ('42000000-0000-4000-8000-000000000008', '40000000-0000-4000-8000-000000000004', GREATEST(dates.cur, CURRENT_DATE - 14), 'Terrebonne', 10,
        'Soutien à la démarche SIPPE.'),
    ('42000000-0000-4000-8000-000000000009', '40000000-0000-4000-8000-000000000005', GREATEST(dates.cur, CURRENT_DATE - 10), 'Montréal-Nord', 24,
        'Adoption du plan de quartier.')
) AS m(id, concertation_id, held_on, place, attendance, decisions)
ON CONFLICT (id) DO NOTHING;

INSERT INTO action_plan_item (id, concertation_id, objective, responsible, due_on, state, position) VALUES
    ('43000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000001', 'Cartographier l''offre d''aide alimentaire du territoire', 'Comité de travail', '2026-12-31', 'IN_PROGRESS', 1),
    ('43000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000001', 'Mettre sur pied un réseau de frigos communautaires', 'Comité frigos', '2027-06-30', 'PLANNED', 2),
    ('43000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000001', 'Organiser un forum local en sécurité alimentaire', 'Coordination', '2026-05-31', 'DONE', 3),
    ('43000000-0000-4000-8000-000000000004', '40000000-0000-4000-8000-000000000001', 'Campagne régionale contre le gaspillage alimentaire', NULL, '2026-03-31', 'ABANDONED', 4),
    ('43000000-0000-4000-8000-000000000005', '40000000-0000-4000-8000-000000000002', 'Consulter la population sur l''avenir de l''église de Saint-Côme', 'Municipalité de Saint-Côme', '2026-06-30', 'DONE', 1),
    ('43000000-0000-4000-8000-000000000006', '40000000-0000-4000-8000-000000000002', 'Soutenir la création d''un service de transport collectif', 'Comité transport', '2027-03-31', 'IN_PROGRESS', 2),
    ('43000000-0000-4000-8000-000000000007', '40000000-0000-4000-8000-000000000002', 'Mettre à jour le portrait de développement social', NULL, '2027-09-30', 'PLANNED', 3),
    ('43000000-0000-4000-8000-000000000008', '40000000-0000-4000-8000-000000000003', 'Campagne sur la reconnaissance des proches aidants', 'Comité communication', '2026-10-31', 'IN_PROGRESS', 1),
    ('43000000-0000-4000-8000-000000000009', '40000000-0000-4000-8000-000000000003', 'Répertoire régional des services aux aînés', NULL, '2025-12-31', 'DONE', 2),
    ('43000000-0000-4000-8000-000000000010', '40000000-0000-4000-8000-000000000004', 'Ateliers parents-enfants dans les bibliothèques', 'Comité SIPPE', '2027-05-31', 'PLANNED', 1),
    ('43000000-0000-4000-8000-000000000011', '40000000-0000-4000-8000-000000000005', 'Plan d''action logement du quartier', 'Comité logement', '2027-03-31', 'IN_PROGRESS', 1)
ON CONFLICT (id) DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------
-- Interventions opened directly, in various states. 51 is active with activities (the contract closes it), 55 is
-- closed (re-opening), 56 planned with no activity (closing it is refused).
WITH fy AS (SELECT make_date(extract(year FROM CURRENT_DATE - interval '3 months')::int, 4, 1) AS cur),
     dates AS (SELECT cur, (cur - interval '1 year')::date AS prev FROM fy)
INSERT INTO intervention (id, establishment_code, title, territory_code, lead_organizer_id, service_offer_code, axis_code,
                          concertation_id, objectives, status, opened_on, closed_on, closing_summary)
SELECT i.id::uuid, i.establishment_code, i.title, i.territory_code, i.lead::uuid, i.service_offer, i.axis, i.concertation::uuid,
       i.objectives, i.status, i.opened_on, i.closed_on, i.closing_summary
FROM dates, LATERAL (VALUES
    ('30000000-0000-4000-8000-000000000050', 'CISSS-LAN', 'Soutien à la planification stratégique de la Soupe populaire de Joliette',
        'LAN-JOLIETTE', '60000000-0000-4000-8000-000000000001', 'ORGANIZATION_SUPPORT', 'LOCAL_ORGANIZATIONS_SUPPORT',
        '40000000-0000-4000-8000-000000000001', 'Accompagner le conseil d''administration dans sa planification stratégique.',
        'ACTIVE', dates.prev + 150, NULL::date, NULL),
    ('30000000-0000-4000-8000-000000000051', 'CISSS-LAN', 'Transformation de l''église de Saint-Côme en lieu communautaire',
        'LAN-MATAWINIE', '60000000-0000-4000-8000-000000000001', 'COMMUNITY_INITIATIVES', 'LOCAL_DEVELOPMENT',
        '40000000-0000-4000-8000-000000000002', 'Soutenir le comité de citoyens dans la transformation de l''église en lieu communautaire.',
        'ACTIVE', dates.prev + 200, NULL, NULL),
    ('30000000-0000-4000-8000-000000000052', 'CISSS-LAN', 'Plan d''action en sécurité alimentaire de la MRC de Joliette',
        'LAN-JOLIETTE', '60000000-0000-4000-8000-000000000001', 'CONCERTATION_SUPPORT', 'LOCAL_DEVELOPMENT',
        '40000000-0000-4000-8000-000000000001', 'Soutenir la table dans l''élaboration et le suivi de son plan d''action.',
        'ACTIVE', LEAST(dates.cur + 10, CURRENT_DATE), NULL, NULL),
    ('30000000-0000-4000-8000-000000000053', 'CISSS-LAN', 'Mobilisation des partenaires pour le transport collectif dans D''Autray',
        'LAN-DAUTRAY', '60000000-0000-4000-8000-000000000004', 'NEW_RESOURCE_CREATION', 'LOCAL_DEVELOPMENT',
        NULL, 'Identifier les besoins de transport des aînés et mobiliser les partenaires autour d''une solution.',
        'ACTIVE', dates.prev + 240, NULL, NULL),
    ('30000000-0000-4000-8000-000000000054', 'CISSS-LAN', 'Programme SIPPE : environnements favorables en périnatalité à Terrebonne',
        'LAN-MOULINS', '60000000-0000-4000-8000-000000000002', 'GOVERNMENT_PROGRAMS', 'PUBLIC_HEALTH_PROGRAMS',
        '40000000-0000-4000-8000-000000000004', 'Mobiliser les partenaires dans la création d''environnements favorables à la santé (SIPPE).',
        'ON_HOLD', dates.prev + 60, NULL, NULL),
    ('30000000-0000-4000-8000-000000000055', 'CISSS-LAN', 'Soutien au démarrage d''une cuisine collective à Rawdon',
        'LAN-MATAWINIE', '60000000-0000-4000-8000-000000000001', 'NEW_RESOURCE_CREATION', 'LOCAL_ORGANIZATIONS_SUPPORT',
        NULL, 'Accompagner un groupe de citoyennes dans le démarrage d''une cuisine collective.',
        'CLOSED', dates.prev + 20, dates.prev + 300,
        'La cuisine collective est incorporée et accueille deux groupes par semaine; le soutien se poursuit par le Regroupement.'),
    ('30000000-0000-4000-8000-000000000056', 'CISSS-LAN', 'Portrait des besoins des personnes immigrantes en milieu rural (Montcalm)',
        'LAN-MONTCALM', '60000000-0000-4000-8000-000000000004', 'NEW_RESOURCE_CREATION', 'PUBLIC_HEALTH_PROGRAMS',
        NULL, 'Analyser la situation et les besoins des personnes immigrantes en milieu rural.',
        'PLANNED', LEAST(dates.cur + 30, CURRENT_DATE), NULL, NULL),
    ('30000000-0000-4000-8000-000000000057', 'CIUSSS-NIM', 'Soutien à la table de quartier de Montréal-Nord pour son plan de quartier',
        'NIM-AMN', '60000000-0000-4000-8000-000000000011', 'CONCERTATION_SUPPORT', 'LOCAL_DEVELOPMENT',
        '40000000-0000-4000-8000-000000000005', 'Accompagner la table dans l''élaboration de son plan de quartier.',
        'ACTIVE', dates.prev + 100, NULL, NULL)
) AS i(id, establishment_code, title, territory_code, lead, service_offer, axis, concertation, objectives, status, opened_on,
       closed_on, closing_summary)
ON CONFLICT (id) DO NOTHING;

INSERT INTO intervention_co_organizer (intervention_id, organizer_id) VALUES
    ('30000000-0000-4000-8000-000000000051', '60000000-0000-4000-8000-000000000004'),
    ('30000000-0000-4000-8000-000000000052', '60000000-0000-4000-8000-000000000004'),
    ('30000000-0000-4000-8000-000000000054', '60000000-0000-4000-8000-000000000001'),
    ('30000000-0000-4000-8000-000000000056', '60000000-0000-4000-8000-000000000002')
ON CONFLICT DO NOTHING;

INSERT INTO intervention_type (intervention_id, code) VALUES
    ('30000000-0000-4000-8000-000000000050', 'EXISTING_RESOURCES_SUPPORT'),
    ('30000000-0000-4000-8000-000000000051', 'SOCIAL_ACTION'),
    ('30000000-0000-4000-8000-000000000051', 'NEW_RESOURCES'),
    ('30000000-0000-4000-8000-000000000052', 'CONCERTATION_MOBILIZATION'),
    ('30000000-0000-4000-8000-000000000053', 'PROBLEM_IDENTIFICATION'),
    ('30000000-0000-4000-8000-000000000053', 'CONCERTATION_MOBILIZATION'),
    ('30000000-0000-4000-8000-000000000054', 'AWARENESS'),
    ('30000000-0000-4000-8000-000000000055', 'NEW_RESOURCES'),
    ('30000000-0000-4000-8000-000000000056', 'PROBLEM_IDENTIFICATION'),
    ('30000000-0000-4000-8000-000000000057', 'CONCERTATION_MOBILIZATION')
ON CONFLICT DO NOTHING;

INSERT INTO intervention_determinant (intervention_id, code) VALUES
    ('30000000-0000-4000-8000-000000000050', 'FOOD_SECURITY'),
    ('30000000-0000-4000-8000-000000000050', 'POVERTY'),
    ('30000000-0000-4000-8000-000000000051', 'SOCIAL_ENVIRONMENT'),
    ('30000000-0000-4000-8000-000000000051', 'ISOLATION'),
    ('30000000-0000-4000-8000-000000000052', 'FOOD_SECURITY'),
    ('30000000-0000-4000-8000-000000000053', 'TRANSPORT'),
    ('30000000-0000-4000-8000-000000000053', 'ISOLATION'),
    ('30000000-0000-4000-8000-000000000054', 'LIFESTYLE'),
    ('30000000-0000-4000-8000-000000000054', 'SOCIAL_ENVIRONMENT'),
    ('30000000-0000-4000-8000-000000000055', 'FOOD_SECURITY'),
    ('30000000-0000-4000-8000-000000000056', 'EXCLUSION'),
    ('30000000-0000-4000-8000-000000000056', 'SERVICES_ACCESS'),
    ('30000000-0000-4000-8000-000000000057', 'HOUSING')
ON CONFLICT DO NOTHING;

INSERT INTO intervention_population (intervention_id, code) VALUES
    ('30000000-0000-4000-8000-000000000050', 'LOW_INCOME'),
    ('30000000-0000-4000-8000-000000000051', 'GENERAL'),
    ('30000000-0000-4000-8000-000000000051', 'SENIORS'),
    ('30000000-0000-4000-8000-000000000052', 'FAMILIES'),
    ('30000000-0000-4000-8000-000000000052', 'LOW_INCOME'),
    ('30000000-0000-4000-8000-000000000053', 'SENIORS'),
    ('30000000-0000-4000-8000-000000000054', 'EARLY_CHILDHOOD'),
    ('30000000-0000-4000-8000-000000000054', 'FAMILIES'),
    ('30000000-0000-4000-8000-000000000055', 'LOW_INCOME'),
    ('30000000-0000-4000-8000-000000000056', 'IMMIGRANTS'),
    ('30000000-0000-4000-8000-000000000057', 'FAMILIES')
ON CONFLICT DO NOTHING;

INSERT INTO intervention_organization (intervention_id, organization_id) VALUES
    ('30000000-0000-4000-8000-000000000050', '10000000-0000-4000-8000-000000000001'),
    ('30000000-0000-4000-8000-000000000051', '10000000-0000-4000-8000-000000000003'),
    ('30000000-0000-4000-8000-000000000052', '10000000-0000-4000-8000-000000000001'),
    ('30000000-0000-4000-8000-000000000052', '10000000-0000-4000-8000-000000000002'),
    ('30000000-0000-4000-8000-000000000053', '10000000-0000-4000-8000-000000000002'),
    ('30000000-0000-4000-8000-000000000054', '10000000-0000-4000-8000-000000000002'),
    ('30000000-0000-4000-8000-000000000055', '10000000-0000-4000-8000-000000000002'),
    ('30000000-0000-4000-8000-000000000057', '10000000-0000-4000-8000-000000000009')
ON CONFLICT DO NOTHING;

-- Their history (once: the transitions have generated ids).
INSERT INTO intervention_transition (intervention_id, from_status, to_status, occurred_at, actor_subject, actor_name, note,
                                     closed_on, closing_summary)
SELECT t.intervention_id::uuid, t.from_status, t.to_status, i.opened_on + t.days_after_opening, 'demo-data', t.actor, t.note,
       CASE WHEN t.to_status = 'CLOSED' THEN i.closed_on END, CASE WHEN t.to_status = 'CLOSED' THEN i.closing_summary END
FROM (VALUES
    ('30000000-0000-4000-8000-000000000050', NULL, 'ACTIVE', 0, 'Sophie Lavoie', 'Ouverture à l''initiative du service'),
    ('30000000-0000-4000-8000-000000000051', NULL, 'ACTIVE', 0, 'Sophie Lavoie', 'Ouverture à l''initiative du service'),
    ('30000000-0000-4000-8000-000000000052', NULL, 'ACTIVE', 0, 'Marie Tremblay', 'Ouverture à l''initiative du service'),
    ('30000000-0000-4000-8000-000000000053', NULL, 'ACTIVE', 0, 'Éric Beaulieu', 'Ouverture à l''initiative du service'),
    ('30000000-0000-4000-8000-000000000054', NULL, 'ACTIVE', 0, 'Sophie Lavoie', 'Programme SIPPE'),
    ('30000000-0000-4000-8000-000000000054', 'ACTIVE', 'ON_HOLD', 200, 'Julien Gagnon', 'En attente du financement du programme'),
    ('30000000-0000-4000-8000-000000000055', NULL, 'ACTIVE', 0, 'Marie Tremblay', 'Ouverture à l''initiative du service'),
    ('30000000-0000-4000-8000-000000000055', 'ACTIVE', 'CLOSED', 280, 'Marie Tremblay', 'Objectifs atteints'),
    ('30000000-0000-4000-8000-000000000056', NULL, 'PLANNED', 0, 'Sophie Lavoie', 'Planifiée pour l''automne'),
    ('30000000-0000-4000-8000-000000000057', NULL, 'ACTIVE', 0, 'Amélie Roy', 'Ouverture à l''initiative du service')
) AS t(intervention_id, from_status, to_status, days_after_opening, actor, note)
JOIN intervention i ON i.id = t.intervention_id::uuid
WHERE NOT EXISTS (SELECT 1 FROM intervention_transition x WHERE x.intervention_id = t.intervention_id::uuid);

-- ---------------------------------------------------------------------------------------------------------
-- The activity journal. "when": P = days after the start of the previous financial year; C = days before today,
-- but not before the start of the current financial year; a day is never in the future.
DROP TABLE IF EXISTS pg_temp.demo_activity;
CREATE TEMPORARY TABLE demo_activity (
    n int, organizer text, intervention text, concertation text, period char(1), days int, minutes int, participants int,
    notes text, acts text[]
);

INSERT INTO demo_activity VALUES
    -- marie.tremblay (Joliette, Matawinie)
    (1,  '01', '50', NULL, 'C', 12, 120, 4,  'Rencontre du conseil d''administration : diagnostic organisationnel.', '{EVALUATE_ANALYSE,CONSULT_ADVISE}'),
    (2,  '01', '50', NULL, 'C', 40, 90,  3,  'Rencontre avec la direction générale sur le plan stratégique.', '{CONSULT_ADVISE}'),
    (3,  '01', '50', NULL, 'C', 55, 60,  NULL, 'Appel de suivi (saisi en double).', '{INFORM_REFER}'),
    (4,  '01', '50', NULL, 'P', 160, 180, 9, 'Animation de l''assemblée générale annuelle.', '{FACILITATE}'),
    (5,  '01', '50', NULL, 'P', 220, 120, 6, 'Atelier de planification avec le conseil.', '{FACILITATE,WRITE}'),
    (6,  '01', '51', NULL, 'P', 210, 150, 25, 'Soirée de consultation citoyenne sur l''avenir de l''église.', '{FACILITATE,MOBILIZE}'),
    (7,  '01', '51', NULL, 'P', 300, 90,  5, 'Rencontre du comité de citoyens.', '{ACCOMPANY}'),
    (8,  '01', '51', NULL, 'C', 25, 120, 6,  'Montage du dossier de financement avec le comité.', '{ACCOMPANY,WRITE}'),
    (9,  '01', '52', NULL, 'C', 4,  180, 12, 'Atelier de priorisation du plan d''action.', '{FACILITATE,ORGANIZE}'),
    (10, '01', '52', NULL, 'C', 2,  60,  NULL, 'Rédaction du plan d''action (version de travail).', '{WRITE}'),
    (11, '01', NULL, '01', 'C', 20, 150, 13, 'Animation de la rencontre de la table.', '{FACILITATE}'),
    (12, '01', NULL, '01', 'C', 1,  45,  NULL, 'Préparation de l''ordre du jour avec la coordination.', '{ORGANIZE}'),
    (13, '01', NULL, '01', 'P', 170, 150, 15, 'Animation de la rencontre de la table.', '{FACILITATE,WRITE}'),
    (14, '01', NULL, '02', 'C', 35, 180, 16, 'Coordination de la rencontre du comité.', '{FACILITATE,LIAISE}'),
    (15, '01', NULL, '02', 'P', 200, 120, 18, 'Rencontre du comité : démarche de consultation.', '{ORGANIZE,MOBILIZE}'),
    (16, '01', '55', NULL, 'P', 40, 120, 7,  'Rencontre de démarrage avec les citoyennes.', '{EVALUATE_ANALYSE,ACCOMPANY}'),
    (17, '01', '55', NULL, 'P', 120, 90, 7,  'Soutien à l''incorporation de la cuisine collective.', '{CONSULT_ADVISE,WRITE}'),
    (18, '01', '55', NULL, 'P', 250, 60, 8,  'Bilan avec le groupe.', '{EVALUATE_ANALYSE}'),
    (19, '01', NULL, '01', 'C', 0,  30,  NULL, 'Suivi téléphonique avec la fiduciaire.', '{LIAISE}'),
    (20, '01', '50', NULL, 'C', 3,  75,  2,  'Révision des règlements généraux.', '{CONSULT_ADVISE,WRITE}'),
    -- julien.gagnon (L'Assomption, Les Moulins)
    (21, '02', '54', NULL, 'P', 70,  120, 10, 'Mobilisation des partenaires SIPPE.', '{MOBILIZE,LIAISE}'),
    (22, '02', '54', NULL, 'P', 150, 90,  6,  'Formation des intervenantes sur les environnements favorables.', '{TRAIN}'),
    (23, '02', '54', NULL, 'P', 240, 60,  NULL, 'Suivi du financement du programme.', '{INFORM_REFER}'),
    (24, '02', NULL, '04', 'C', 14,  150, 10, 'Animation de la table petite enfance.', '{FACILITATE}'),
    (25, '02', NULL, '04', 'C', 3,   60,  NULL, 'Compte rendu de la rencontre.', '{WRITE}'),
    (26, '02', NULL, '04', 'P', 190, 120, 9,  'Animation de la table petite enfance.', '{FACILITATE,ORGANIZE}'),
    (27, '02', NULL, '03', 'C', 50,  120, 19, 'Participation à la table régionale des aînés.', '{CONSULT_ADVISE}'),
    (28, '02', NULL, '03', 'P', 120, 90,  22, 'Participation à la table régionale des aînés.', '{CONSULT_ADVISE,LIAISE}'),
    (29, '02', NULL, '04', 'C', 1,   90,  4,  'Rencontre du comité SIPPE de la table.', '{ORGANIZE,BACK}'),
    -- eric.beaulieu (D'Autray, Montcalm)
    (30, '04', '53', NULL, 'P', 250, 120, 8,  'Portrait des besoins de transport des aînés.', '{EVALUATE_ANALYSE}'),
    (31, '04', '53', NULL, 'P', 320, 150, 14, 'Rencontre des partenaires du transport collectif.', '{MOBILIZE,LIAISE}'),
    (32, '04', '53', NULL, 'C', 30,  120, 11, 'Rencontre avec la MRC et les transporteurs.', '{LIAISE,BACK}'),
    (33, '04', '53', NULL, 'C', 6,   90,  NULL, 'Rédaction d''une note de projet.', '{WRITE}'),
    (34, '04', '51', NULL, 'C', 45,  60,  4,  'Conseil au comité de citoyens sur le montage financier.', '{CONSULT_ADVISE}'),
    (35, '04', NULL, '02', 'C', 35,  120, 16, 'Rencontre du comité de développement social.', '{CONSULT_ADVISE}'),
    (36, '04', NULL, '03', 'C', 50,  120, 19, 'Rencontre de la table régionale des aînés.', '{MOBILIZE}'),
    (37, '04', NULL, '03', 'P', 120, 120, 22, 'Rencontre de la table régionale des aînés.', '{MOBILIZE,INFORM_REFER}'),
    (38, '04', '53', NULL, 'C', 2,   45,  NULL, 'Suivi avec la MRC.', '{LIAISE}'),
    (39, '04', NULL, '02', 'P', 260, 90,  12, 'Sous-comité transport.', '{ORGANIZE,ACCOMPANY}'),
    (40, '04', '53', NULL, 'P', 350, 60,  NULL, 'Recherche de financement pour un projet pilote.', '{BACK,WRITE}'),
    -- amelie.roy (CIUSSS-NIM)
    (41, '11', '57', NULL, 'C', 10,  180, 24, 'Animation de l''assemblée de quartier.', '{FACILITATE,MOBILIZE}'),
    (42, '11', NULL, '05', 'C', 5,   90,  8,  'Comité logement de la table de quartier.', '{ORGANIZE}');

WITH fy AS (SELECT make_date(extract(year FROM CURRENT_DATE - interval '3 months')::int, 4, 1) AS cur),
     dates AS (SELECT cur, (cur - interval '1 year')::date AS prev FROM fy)
INSERT INTO activity (id, establishment_code, organizer_id, occurred_on, duration_minutes, intervention_id, concertation_id,
                      participants, notes)
SELECT ('50000000-0000-4000-8000-' || lpad(a.n::text, 12, '0'))::uuid,
       CASE WHEN a.organizer = '11' THEN 'CIUSSS-NIM' ELSE 'CISSS-LAN' END,
       ('60000000-0000-4000-8000-0000000000' || a.organizer)::uuid,
       CASE WHEN a.period = 'P' THEN LEAST(dates.prev + a.days, dates.cur - 1)
            ELSE GREATEST(dates.cur, CURRENT_DATE - a.days) END,
       a.minutes,
       CASE WHEN a.intervention IS NULL THEN NULL ELSE ('30000000-0000-4000-8000-0000000000' || a.intervention)::uuid END,
       CASE WHEN a.concertation IS NULL THEN NULL ELSE ('40000000-0000-4000-8000-0000000000' || a.concertation)::uuid END,
       a.participants, a.notes
FROM demo_activity a, dates
ON CONFLICT (id) DO NOTHING;

INSERT INTO activity_act (activity_id, code)
SELECT ('50000000-0000-4000-8000-' || lpad(a.n::text, 12, '0'))::uuid, unnest(a.acts)
FROM demo_activity a
ON CONFLICT DO NOTHING;

DROP TABLE demo_activity;
