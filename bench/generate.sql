-- Maillon benchmark: a province-scale data set, generated inside PostgreSQL (generate_series), in minutes.
--
--   psql -v scale=1 -f bench/generate.sql     (run as a superuser on a database migrated by the API's Flyway)
--
-- scale=1: 22 establishments, 400 organizers, 15,000 organizations, 10 financial years (2016-04-01 to 2026-03-31):
-- ~120,000 requests (~400,000 transitions), ~100,000 interventions, 2,000 concertations (members, organizers,
-- meetings), ~2.5 million activities (~5 million professional acts). Deterministic: the same scale gives the same
-- data (except random activity ids), so runs compare.
--
-- Speed: secondary indexes of the big tables are dropped during the load and rebuilt after it, and triggers are off
-- for this session (session_replication_role = replica): foreign-key checks (the data is consistent by construction;
-- the script checks the foreign keys of the big tables at the end) and the triggers that keep the report tables of
-- V5 exact (the script writes those tables itself, and checks a sample against what the triggers would write).
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
SET client_min_messages = warning;
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 2;
\timing on

-- A deterministic pseudo-random integer in [0, m) for (n, salt).
CREATE FUNCTION pg_temp.h(n bigint, salt int, m int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (abs(hashint8($1 * 1000 + $2)::bigint) % $3)::int $$;
CREATE FUNCTION pg_temp.uid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT md5($1 || '-' || $2)::uuid $$;

-- Sizes --------------------------------------------------------------------------------------------------------
CREATE TEMP TABLE b_size AS SELECT
    greatest(44, round(400 * :scale))::int AS organizers,
    greatest(220, round(15000 * :scale))::int AS organizations,
    greatest(220, round(120000 * :scale))::int AS requests,
    greatest(22, round(16000 * :scale))::int AS own_interventions,
    greatest(44, round(2000 * :scale))::int AS concertations,
    date '2016-04-01' AS d0, 3652 AS days, date '2026-03-31' AS d1;

-- Establishments (the two of V1 and twenty more) and their territories -----------------------------------------
CREATE TEMP TABLE b_est (e int PRIMARY KEY, code text NOT NULL, prefix text NOT NULL, label text NOT NULL,
                         nt int, n_org int, n_orga int, n_conc int);
INSERT INTO b_est (e, code, prefix, label) VALUES
    (1, 'CISSS-LAN', 'LAN', 'CISSS de Lanaudière'),
    (2, 'CIUSSS-NIM', 'NIM', 'CIUSSS du Nord-de-l''Île-de-Montréal'),
    (3, 'CISSS-BSL', 'BSL', 'CISSS du Bas-Saint-Laurent'),
    (4, 'CIUSSS-SLSJ', 'SLSJ', 'CIUSSS du Saguenay–Lac-Saint-Jean'),
    (5, 'CIUSSS-CN', 'CN', 'CIUSSS de la Capitale-Nationale'),
    (6, 'CIUSSS-MCQ', 'MCQ', 'CIUSSS de la Mauricie-et-du-Centre-du-Québec'),
    (7, 'CIUSSS-ESTRIE', 'EST', 'CIUSSS de l''Estrie'),
    (8, 'CIUSSS-ODIM', 'ODIM', 'CIUSSS de l''Ouest-de-l''Île-de-Montréal'),
    (9, 'CIUSSS-COIM', 'COIM', 'CIUSSS du Centre-Ouest-de-l''Île-de-Montréal'),
    (10, 'CIUSSS-CSIM', 'CSIM', 'CIUSSS du Centre-Sud-de-l''Île-de-Montréal'),
    (11, 'CIUSSS-EIM', 'EIM', 'CIUSSS de l''Est-de-l''Île-de-Montréal'),
    (12, 'CISSS-OUT', 'OUT', 'CISSS de l''Outaouais'),
    (13, 'CISSS-AT', 'AT', 'CISSS de l''Abitibi-Témiscamingue'),
    (14, 'CISSS-CNORD', 'CNO', 'CISSS de la Côte-Nord'),
    (15, 'CISSS-GASP', 'GASP', 'CISSS de la Gaspésie'),
    (16, 'CISSS-ILES', 'ILES', 'CISSS des Îles'),
    (17, 'CISSS-CA', 'CA', 'CISSS de Chaudière-Appalaches'),
    (18, 'CISSS-LAV', 'LAV', 'CISSS de Laval'),
    (19, 'CISSS-LAU', 'LAU', 'CISSS des Laurentides'),
    (20, 'CISSS-MC', 'MC', 'CISSS de la Montérégie-Centre'),
    (21, 'CISSS-ME', 'ME', 'CISSS de la Montérégie-Est'),
    (22, 'CISSS-MO', 'MO', 'CISSS de la Montérégie-Ouest');
INSERT INTO establishment (code, kind, label_fr, label_en)
SELECT code, CASE WHEN code LIKE 'CIUSSS%' THEN 'CIUSSS' ELSE 'CISSS' END, label, label FROM b_est
ON CONFLICT (code) DO NOTHING;
INSERT INTO territory (code, establishment_code, kind, label_fr, label_en, sort_order)
SELECT b.prefix || '-' || k, b.code, 'MRC', 'Territoire ' || k || ' (' || b.prefix || ')', 'Territory ' || k || ' (' || b.prefix || ')', k
FROM b_est b CROSS JOIN LATERAL generate_series(1, 4 + b.e % 3) k
WHERE NOT EXISTS (SELECT 1 FROM territory t WHERE t.establishment_code = b.code);

CREATE TEMP TABLE b_ter AS
SELECT b.e, row_number() OVER (PARTITION BY b.e ORDER BY t.sort_order, t.code)::int AS k, t.code
FROM b_est b JOIN territory t ON t.establishment_code = b.code;
CREATE UNIQUE INDEX ON b_ter (e, k);
UPDATE b_est b SET nt = (SELECT count(*) FROM b_ter t WHERE t.e = b.e),
    n_org = (s.organizers - b.e) / 22 + 1, n_orga = (s.organizations - b.e) / 22 + 1, n_conc = (s.concertations - b.e) / 22 + 1
FROM b_size s;
ANALYZE b_est, b_ter;

-- Organizers: number n belongs to establishment (n - 1) % 22 + 1; the j-th of establishment e is n = e + 22 j.
INSERT INTO organizer (id, establishment_code, username, name, email, active)
SELECT pg_temp.uid('organizer', n), b.code, 'oc' || n, 'Organisatrice ' || n, 'oc' || n || '@bench.maillon.quebec', pg_temp.h(n, 1, 20) > 0
FROM b_size s CROSS JOIN generate_series(1, s.organizers) n JOIN b_est b ON b.e = (n - 1) % 22 + 1;
INSERT INTO organizer_territory (organizer_id, territory_code)
SELECT pg_temp.uid('organizer', n), t.code
FROM b_size s CROSS JOIN generate_series(1, s.organizers) n JOIN b_est b ON b.e = (n - 1) % 22 + 1
JOIN b_ter t ON t.e = b.e AND t.k = 1 + pg_temp.h(n, 2, b.nt);

-- Organizations: 40 % community organizations, 20 % non-profits, 12 % municipalities, 10 % schools, ...
INSERT INTO organization (id, establishment_code, type_code, name, territory_code, city)
SELECT pg_temp.uid('organization', n), b.code,
       CASE WHEN x < 40 THEN 'COMMUNITY_ORGANIZATION' WHEN x < 60 THEN 'NON_PROFIT' WHEN x < 72 THEN 'MUNICIPALITY'
            WHEN x < 82 THEN 'SCHOOL' WHEN x < 90 THEN 'CITIZEN_GROUP' WHEN x < 93 THEN 'CONCERTATION_BODY' ELSE 'OTHER_PARTNER' END,
       'Organisme ' || n, t.code, 'Ville ' || (n % 500)
FROM b_size s CROSS JOIN generate_series(1, s.organizations) n JOIN b_est b ON b.e = (n - 1) % 22 + 1
CROSS JOIN LATERAL (SELECT pg_temp.h(n, 3, 100) AS x) r
JOIN b_ter t ON t.e = b.e AND t.k = 1 + pg_temp.h(n, 4, b.nt);

-- Concertations: 15 % regional (no territory), 50 % local, 35 % MRC ----------------------------------------------
CREATE TEMP TABLE b_conc AS
SELECT c, b.e, b.code AS est, pg_temp.uid('concertation', c) AS id, pg_temp.h(c, 30, 100) AS s,
       (SELECT t.code FROM b_ter t WHERE t.e = b.e AND t.k = 1 + pg_temp.h(c, 31, b.nt)) AS territory
FROM b_size z CROSS JOIN generate_series(1, z.concertations) c JOIN b_est b ON b.e = (c - 1) % 22 + 1;
INSERT INTO concertation (id, establishment_code, name, kind_code, scope, territory_code, status)
SELECT id, est, 'Table ' || c,
       CASE WHEN s < 15 THEN 'REGIONAL_COMMITTEE' WHEN s < 40 THEN 'NEIGHBOURHOOD_TABLE' WHEN s < 65 THEN 'SOCIAL_DEVELOPMENT_COMMITTEE'
            ELSE 'THEMATIC_TABLE' END,
       CASE WHEN s < 15 THEN 'REGIONAL' WHEN s < 65 THEN 'LOCAL' ELSE 'MRC' END,
       CASE WHEN s < 15 THEN NULL ELSE territory END,
       CASE WHEN pg_temp.h(c, 37, 10) = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END
FROM b_conc;
INSERT INTO concertation_theme (concertation_id, code)
SELECT b.id, (ARRAY['EARLY_CHILDHOOD','YOUTH','SENIORS','FOOD_SECURITY','POVERTY','SCHOOL_PERSEVERANCE','SOCIAL_DEVELOPMENT',
                    'HOUSING','IMMIGRATION','TRANSPORT'])[1 + (pg_temp.h(b.c, 38, 10) + t) % 10]
FROM b_conc b CROSS JOIN LATERAL generate_series(0, pg_temp.h(b.c, 39, 2)) t;
-- 5 to 15 members each; a quarter of the memberships have ended.
INSERT INTO concertation_member (id, concertation_id, organization_id, role, joined_on, left_on)
SELECT pg_temp.uid('member', b.c * 100 + t), b.id, pg_temp.uid('organization', b.e + 22 * pg_temp.h(b.c * 100 + t, 33, e.n_orga)),
       'Membre', j.joined, CASE WHEN pg_temp.h(b.c * 100 + t, 35, 4) = 0 THEN j.joined + 180 + pg_temp.h(b.c * 100 + t, 36, 1500) END
FROM b_conc b JOIN b_est e ON e.e = b.e
CROSS JOIN LATERAL generate_series(1, 5 + pg_temp.h(b.c, 32, 11)) t
CROSS JOIN LATERAL (SELECT date '2014-01-01' + pg_temp.h(b.c * 100 + t, 34, 4200) AS joined) j;
INSERT INTO concertation_organizer (concertation_id, organizer_id, role, since)
SELECT b.id, pg_temp.uid('organizer', b.e + 22 * pg_temp.h(b.c * 10 + t, 41, e.n_org)),
       (ARRAY['FACILITATION','ADVICE','MEMBER','COORDINATION'])[1 + pg_temp.h(b.c * 10 + t, 42, 4)], date '2016-04-01'
FROM b_conc b JOIN b_est e ON e.e = b.e CROSS JOIN LATERAL generate_series(0, pg_temp.h(b.c, 40, 2)) t
ON CONFLICT DO NOTHING;
-- About eight meetings a year.
INSERT INTO concertation_meeting (id, concertation_id, held_on, place, attendance)
SELECT pg_temp.uid('meeting', b.c * 1000 + k), b.id, date '2016-04-01' + k * 45 + pg_temp.h(b.c * 1000 + k, 43, 20),
       'Salle communautaire', 5 + pg_temp.h(b.c * 1000 + k, 44, 25)
FROM b_conc b CROSS JOIN generate_series(0, 80) k;

-- Requests and their transitions ------------------------------------------------------------------------------
-- Outcome o: < 60 accepted; < 70 waitlisted then accepted; < 80 waitlisted; < 92 refused; < 97 withdrawn; else under analysis.
CREATE TEMP TABLE b_req AS
SELECT n, b.e, b.code AS est, pg_temp.uid('request', n) AS id,
       pg_temp.uid('organization', b.e + 22 * pg_temp.h(n, 2, b.n_orga)) AS organization_id,
       s.d0 + pg_temp.h(n, 1, s.days) AS received_on,
       (SELECT t.code FROM b_ter t WHERE t.e = b.e AND t.k = 1 + pg_temp.h(n, 3, b.nt)) AS territory,
       pg_temp.h(n, 4, 100) AS o, 3 + pg_temp.h(n, 5, 40) AS d1, 33 + pg_temp.h(n, 5, 40) + pg_temp.h(n, 6, 90) AS d2,
       (ARRAY['ORGANIZATION_SUPPORT','CONCERTATION_SUPPORT','NEW_RESOURCE_CREATION','COMMUNITY_INITIATIVES','GOVERNMENT_PROGRAMS'])
           [1 + pg_temp.h(n, 9, 5)] AS offer,
       pg_temp.uid('organizer', b.e + 22 * pg_temp.h(n, 7, b.n_org)) AS organizer_id,
       (ARRAY['REQUESTER_NOT_ADMISSIBLE','OUTSIDE_HEALTH_FIELD','RELIGIOUS','POLITICAL_PARTY','RECREATIONAL_ONLY','OTHER_RESOURCE',
              'NO_CAPACITY'])[1 + pg_temp.h(n, 8, 7)] AS reason
FROM b_size s CROSS JOIN generate_series(1, s.requests) n JOIN b_est b ON b.e = (n - 1) % 22 + 1;

INSERT INTO service_request (id, establishment_code, organization_id, received_on, channel_code, territory_code, service_offer_code,
                             need, status, priority_level, assigned_organizer_id, decided_on, refusal_reason_code, created_at, updated_at)
SELECT id, est, organization_id, received_on,
       (ARRAY['PHONE','EMAIL','IN_PERSON','WEB_FORM','REFERRAL'])[1 + pg_temp.h(n, 10, 5)], territory, offer,
       'Besoin exprimé par l''organisme (demande ' || n || ')',
       CASE WHEN o < 70 THEN 'ACCEPTED' WHEN o < 80 THEN 'WAITLISTED' WHEN o < 92 THEN 'REFUSED' WHEN o < 97 THEN 'WITHDRAWN'
            ELSE 'UNDER_ANALYSIS' END,
       (ARRAY['HIGH','MEDIUM','LOW'])[1 + pg_temp.h(n, 11, 3)],
       CASE WHEN o < 70 THEN organizer_id END,
       CASE WHEN o < 60 OR o >= 70 AND o < 92 THEN received_on + d1 WHEN o < 70 THEN received_on + d2 END,
       CASE WHEN o >= 80 AND o < 92 THEN reason END,
       received_on + time '09:00', received_on + d1 + time '15:00'
FROM b_req;

INSERT INTO request_transition (request_id, from_status, to_status, occurred_at, actor_subject, actor_name, reason_code)
SELECT id, f, t, (received_on + days + at) AT TIME ZONE 'America/Toronto', 'bench', 'Bench', rc
FROM (
    SELECT r.id, r.received_on, NULL AS f, 'RECEIVED' AS t, 0 AS days, time '09:00' AS at, NULL AS rc FROM b_req r
    UNION ALL
    SELECT r.id, r.received_on, 'RECEIVED', 'UNDER_ANALYSIS', 1, time '10:00', NULL FROM b_req r
    UNION ALL
    SELECT r.id, r.received_on, 'UNDER_ANALYSIS',
           CASE WHEN o < 60 THEN 'ACCEPTED' WHEN o < 80 THEN 'WAITLISTED' WHEN o < 92 THEN 'REFUSED' WHEN o < 97 THEN 'WITHDRAWN' END,
           d1, time '14:00', CASE WHEN o >= 80 AND o < 92 THEN reason END
    FROM b_req r WHERE o < 97
    UNION ALL
    SELECT r.id, r.received_on, 'WAITLISTED', 'ACCEPTED', d2, time '11:00', NULL FROM b_req r WHERE o >= 60 AND o < 70
) x
ORDER BY received_on + days + at;

-- The first decision of each request, as the triggers of report_request_decision would have written it (they are off
-- during the load).
INSERT INTO report_request_decision (request_id, establishment_code, territory_code, decided_on, outcome, reason_code, days)
SELECT r.id, r.establishment_code, r.territory_code, d.decided_on, d.to_status,
       CASE WHEN d.to_status = 'REFUSED' THEN coalesce(d.reason_code, r.refusal_reason_code) END, d.decided_on - r.received_on
FROM service_request r
JOIN (SELECT DISTINCT ON (t.request_id) t.request_id, t.to_status, t.reason_code,
             (t.occurred_at AT TIME ZONE 'America/Toronto')::date AS decided_on
      FROM request_transition t WHERE t.to_status IN ('ACCEPTED', 'REFUSED', 'WAITLISTED')
      ORDER BY t.request_id, t.occurred_at, t.id) d ON d.request_id = r.id;

-- Interventions: one per accepted request, plus the service's own initiatives -----------------------------------
CREATE TEMP TABLE b_int AS
SELECT r.n AS key, r.e, r.est, pg_temp.uid('intervention', r.n) AS id, r.id AS request_id, r.territory, r.organizer_id AS lead,
       r.offer, r.received_on + CASE WHEN r.o < 60 THEN r.d1 ELSE r.d2 END AS opened_on
FROM b_req r WHERE r.o < 70
UNION ALL
SELECT 1000000 + m, b.e, b.code, pg_temp.uid('intervention', 1000000 + m), NULL,
       (SELECT t.code FROM b_ter t WHERE t.e = b.e AND t.k = 1 + pg_temp.h(1000000 + m, 3, b.nt)),
       pg_temp.uid('organizer', b.e + 22 * pg_temp.h(1000000 + m, 7, b.n_org)),
       (ARRAY['GOVERNMENT_PROGRAMS','COMMUNITY_INITIATIVES','CONCERTATION_SUPPORT'])[1 + pg_temp.h(1000000 + m, 9, 3)],
       s.d0 + pg_temp.h(1000000 + m, 1, s.days)
FROM b_size s CROSS JOIN generate_series(1, s.own_interventions) m JOIN b_est b ON b.e = (m - 1) % 22 + 1;
ALTER TABLE b_int ADD COLUMN closed_on date, ADD COLUMN concertation_id uuid;
UPDATE b_int i SET closed_on = CASE WHEN i.opened_on + 60 + pg_temp.h(i.key, 12, 900) <= s.d1 THEN i.opened_on + 60 + pg_temp.h(i.key, 12, 900) END,
    concertation_id = CASE WHEN i.offer = 'CONCERTATION_SUPPORT' THEN pg_temp.uid('concertation', i.e + 22 * pg_temp.h(i.key, 13, b.n_conc)) END
FROM b_size s, b_est b WHERE b.e = i.e;

INSERT INTO intervention (id, establishment_code, title, territory_code, lead_organizer_id, service_offer_code, axis_code,
                          concertation_id, request_id, objectives, status, opened_on, closed_on, closing_summary, created_at, updated_at)
SELECT id, est, 'Intervention ' || key, territory, lead, offer,
       (ARRAY[NULL,'LOCAL_DEVELOPMENT','LOCAL_ORGANIZATIONS_SUPPORT','PUBLIC_HEALTH_PROGRAMS','PROGRAM_SERVICES'])[1 + pg_temp.h(key, 14, 5)],
       concertation_id, request_id, 'Objectifs de l''intervention ' || key,
       CASE WHEN closed_on IS NOT NULL THEN 'CLOSED' WHEN pg_temp.h(key, 15, 10) = 0 THEN 'ON_HOLD' ELSE 'ACTIVE' END,
       opened_on, closed_on, CASE WHEN closed_on IS NOT NULL THEN 'Bilan de l''intervention ' || key END,
       opened_on + time '12:00', coalesce(closed_on, opened_on) + time '12:00'
FROM b_int ORDER BY opened_on;
INSERT INTO intervention_type (intervention_id, code)
SELECT i.id, (ARRAY['PROBLEM_IDENTIFICATION','AWARENESS','EXISTING_RESOURCES_SUPPORT','NEW_RESOURCES','SOCIAL_ACTION',
                    'CONCERTATION_MOBILIZATION'])[1 + (pg_temp.h(i.key, 16, 6) + t) % 6]
FROM b_int i CROSS JOIN LATERAL generate_series(0, pg_temp.h(i.key, 17, 3)) t;
INSERT INTO intervention_determinant (intervention_id, code)
SELECT i.id, (ARRAY['POVERTY','EXCLUSION','PHYSICAL_ENVIRONMENT','SOCIAL_ENVIRONMENT','HOUSING','FOOD_SECURITY','TRANSPORT',
                    'ISOLATION','EDUCATION','WORK','LIFESTYLE','INCOME','SERVICES_ACCESS'])
           [1 + (pg_temp.h(i.key, 18, 13) + t * (1 + pg_temp.h(i.key, 19, 6))) % 13]
FROM b_int i CROSS JOIN LATERAL generate_series(0, pg_temp.h(i.key, 20, 3)) t;
INSERT INTO intervention_population (intervention_id, code)
SELECT i.id, (ARRAY['EARLY_CHILDHOOD','YOUTH','FAMILIES','SENIORS','CAREGIVERS','IMMIGRANTS','INDIGENOUS','LOW_INCOME',
                    'DISABILITIES','GENERAL'])[1 + (pg_temp.h(i.key, 21, 10) + t) % 10]
FROM b_int i CROSS JOIN LATERAL generate_series(0, pg_temp.h(i.key, 22, 2)) t;
INSERT INTO intervention_organization (intervention_id, organization_id)
SELECT i.id, pg_temp.uid('organization', i.e + 22 * pg_temp.h(i.key * 10 + t, 23, b.n_orga))
FROM b_int i JOIN b_est b ON b.e = i.e CROSS JOIN LATERAL generate_series(0, pg_temp.h(i.key, 24, 3)) t
ON CONFLICT DO NOTHING;
INSERT INTO intervention_co_organizer (intervention_id, organizer_id)
SELECT i.id, pg_temp.uid('organizer', i.e + 22 * pg_temp.h(i.key, 25, b.n_org))
FROM b_int i JOIN b_est b ON b.e = i.e WHERE pg_temp.h(i.key, 26, 10) < 3
ON CONFLICT DO NOTHING;
-- The copies of those codes and ids on each intervention's row (V13; their triggers are off during the load).
UPDATE intervention i SET
    type_codes        = coalesce((SELECT array_agg(code ORDER BY code) FROM intervention_type x WHERE x.intervention_id = i.id), '{}'),
    determinant_codes = coalesce((SELECT array_agg(code ORDER BY code) FROM intervention_determinant x WHERE x.intervention_id = i.id), '{}'),
    population_codes  = coalesce((SELECT array_agg(code ORDER BY code) FROM intervention_population x WHERE x.intervention_id = i.id), '{}'),
    organization_ids  = coalesce((SELECT array_agg(organization_id ORDER BY organization_id) FROM intervention_organization x
                                  WHERE x.intervention_id = i.id), '{}'),
    co_organizer_ids  = coalesce((SELECT array_agg(organizer_id ORDER BY organizer_id) FROM intervention_co_organizer x
                                  WHERE x.intervention_id = i.id), '{}');

-- Activities: ~20 per intervention over its life, ~250 per concertation over ten years ----------------------------
-- Secondary indexes are dropped for the load and rebuilt after it.
CREATE TEMP TABLE b_idx AS
SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def
FROM pg_index WHERE indrelid IN ('activity'::regclass, 'report_activity_acts'::regclass) AND NOT indisprimary AND NOT indisunique;
DO $$ DECLARE r record; BEGIN FOR r IN SELECT name FROM b_idx LOOP EXECUTE 'DROP INDEX ' || r.name; END LOOP; END $$;

INSERT INTO activity (id, establishment_code, organizer_id, occurred_on, duration_minutes, intervention_id, concertation_id,
                      participants, created_at, updated_at)
SELECT gen_random_uuid(), est, organizer_id, occurred_on, minutes, intervention_id, concertation_id, participants,
       occurred_on + time '17:00', occurred_on + time '17:00'
FROM (
    SELECT i.est,
           CASE WHEN pg_temp.h(i.key * 100 + t, 51, 5) = 0 THEN pg_temp.uid('organizer', i.e + 22 * pg_temp.h(i.key * 100 + t, 52, b.n_org))
                ELSE i.lead END AS organizer_id,
           i.opened_on + (t * (least(coalesce(i.closed_on, s.d1), s.d1) - i.opened_on)) / a.n AS occurred_on,
           30 + 15 * pg_temp.h(i.key * 100 + t, 53, 12) AS minutes, i.id AS intervention_id, NULL::uuid AS concertation_id,
           CASE WHEN pg_temp.h(i.key * 100 + t, 54, 3) > 0 THEN 3 + pg_temp.h(i.key * 100 + t, 55, 30) END AS participants
    FROM b_int i JOIN b_est b ON b.e = i.e CROSS JOIN b_size s
    CROSS JOIN LATERAL (SELECT 4 + pg_temp.h(i.key, 50, 33) AS n) a
    CROSS JOIN LATERAL generate_series(0, a.n - 1) t
    WHERE i.opened_on <= s.d1
    UNION ALL
    SELECT c.est, pg_temp.uid('organizer', c.e + 22 * pg_temp.h(c.c * 1000 + t, 61, b.n_org)),
           least(s.d1, s.d0 + (t * s.days) / 250 + pg_temp.h(c.c * 1000 + t, 60, 14)),
           60 + 30 * pg_temp.h(c.c * 1000 + t, 62, 6), NULL, c.id,
           CASE WHEN pg_temp.h(c.c * 1000 + t, 63, 2) = 0 THEN 6 + pg_temp.h(c.c * 1000 + t, 64, 40) END
    FROM b_conc c JOIN b_est b ON b.e = c.e CROSS JOIN b_size s CROSS JOIN generate_series(0, 249) t
) x
ORDER BY occurred_on;

-- One to three professional acts per activity (distinct: a + t s mod 11, 11 being prime). The triggers that keep
-- report_activity_acts exact are off during the load (replica role): the table is written here, and activity_act from it.
INSERT INTO report_activity_acts (activity_id, establishment_code, occurred_on, acts)
SELECT a.id, a.establishment_code, a.occurred_on,
       ARRAY(SELECT z.code FROM (SELECT (ARRAY['EVALUATE_ANALYSE','FACILITATE','INFORM_REFER','ACCOMPANY','CONSULT_ADVISE','BACK',
                                              'TRAIN','ORGANIZE','MOBILIZE','LIAISE','WRITE'])[1 + (x.a + t * x.s) % 11] AS code
                                 FROM generate_series(0, x.n) t) z ORDER BY z.code COLLATE "C")
FROM activity a
CROSS JOIN LATERAL (SELECT abs(uuid_hash(a.id)::bigint) AS hv) hh
CROSS JOIN LATERAL (SELECT (hh.hv % 11)::int AS a, (1 + (hh.hv / 11) % 5)::int AS s, ((hh.hv / 55) % 3)::int AS n) x;
INSERT INTO activity_act (activity_id, code)
SELECT activity_id, unnest(acts) FROM report_activity_acts;

DO $$ DECLARE r record; BEGIN FOR r IN SELECT def FROM b_idx LOOP EXECUTE r.def; END LOOP; END $$;

SET session_replication_role = origin;
-- The versions of the reports' data (V10) did not follow the load (triggers off): every computed report is out of date.
DO $$ BEGIN PERFORM report_invalidate_all(); END $$;

-- The foreign keys hold (the load ran without their triggers).
DO $$
DECLARE bad bigint;
BEGIN
    SELECT count(*) INTO bad FROM activity a
    WHERE NOT EXISTS (SELECT 1 FROM organizer o WHERE o.id = a.organizer_id)
       OR (a.intervention_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM intervention i WHERE i.id = a.intervention_id))
       OR (a.concertation_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM concertation c WHERE c.id = a.concertation_id));
    IF bad > 0 THEN RAISE EXCEPTION 'bench data: % activities reference missing records', bad; END IF;
    SELECT count(*) INTO bad FROM intervention i
    WHERE NOT EXISTS (SELECT 1 FROM organizer o WHERE o.id = i.lead_organizer_id)
       OR (i.concertation_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM concertation c WHERE c.id = i.concertation_id));
    IF bad > 0 THEN RAISE EXCEPTION 'bench data: % interventions reference missing records', bad; END IF;
    SELECT count(*) INTO bad FROM intervention_organization x WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = x.organization_id);
    IF bad > 0 THEN RAISE EXCEPTION 'bench data: % intervention organizations are missing', bad; END IF;
    SELECT count(*) INTO bad FROM concertation_member x WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = x.organization_id);
    IF bad > 0 THEN RAISE EXCEPTION 'bench data: % members are missing', bad; END IF;
    -- report_activity_acts is what its triggers would have written (sampled: one activity in a thousand)
    SELECT count(*) INTO bad FROM activity a
    LEFT JOIN report_activity_acts f ON f.activity_id = a.id
    WHERE hashtext(a.id::text) % 1000 = 0
      AND (f.activity_id IS NULL OR f.occurred_on <> a.occurred_on OR f.establishment_code <> a.establishment_code
           OR f.acts <> ARRAY(SELECT x.code FROM activity_act x WHERE x.activity_id = a.id ORDER BY x.code COLLATE "C"));
    IF bad > 0 THEN RAISE EXCEPTION 'bench data: % activities differ in report_activity_acts', bad; END IF;
    SELECT count(*) INTO bad FROM service_request r
    LEFT JOIN report_request_decision f ON f.request_id = r.id
    LEFT JOIN LATERAL (SELECT t.to_status, (t.occurred_at AT TIME ZONE 'America/Toronto')::date AS decided_on FROM request_transition t
                       WHERE t.request_id = r.id AND t.to_status IN ('ACCEPTED', 'REFUSED', 'WAITLISTED')
                       ORDER BY t.occurred_at, t.id LIMIT 1) d ON true
    WHERE hashtext(r.id::text) % 100 = 0
      AND (f.outcome IS DISTINCT FROM d.to_status OR f.decided_on IS DISTINCT FROM d.decided_on);
    IF bad > 0 THEN RAISE EXCEPTION 'bench data: % requests differ in report_request_decision', bad; END IF;
    -- the copies on the intervention rows (V13) are what their triggers would have written (one in a hundred)
    SELECT count(*) INTO bad FROM intervention i
    WHERE hashtext(i.id::text) % 100 = 0
      AND (i.type_codes <> ARRAY(SELECT code FROM intervention_type x WHERE x.intervention_id = i.id ORDER BY code)
           OR i.determinant_codes <> ARRAY(SELECT code FROM intervention_determinant x WHERE x.intervention_id = i.id ORDER BY code)
           OR i.population_codes <> ARRAY(SELECT code FROM intervention_population x WHERE x.intervention_id = i.id ORDER BY code)
           OR i.organization_ids <> ARRAY(SELECT organization_id FROM intervention_organization x WHERE x.intervention_id = i.id
                                          ORDER BY organization_id)
           OR i.co_organizer_ids <> ARRAY(SELECT organizer_id FROM intervention_co_organizer x WHERE x.intervention_id = i.id
                                          ORDER BY organizer_id));
    IF bad > 0 THEN RAISE EXCEPTION 'bench data: % interventions differ from their copied codes', bad; END IF;
END $$;

\timing off
SELECT 'establishments' AS records, count(*) FROM establishment
UNION ALL SELECT 'organizers', count(*) FROM organizer
UNION ALL SELECT 'organizations', count(*) FROM organization
UNION ALL SELECT 'requests', count(*) FROM service_request
UNION ALL SELECT 'request transitions', count(*) FROM request_transition
UNION ALL SELECT 'interventions', count(*) FROM intervention
UNION ALL SELECT 'concertations', count(*) FROM concertation
UNION ALL SELECT 'concertation members', count(*) FROM concertation_member
UNION ALL SELECT 'concertation meetings', count(*) FROM concertation_meeting
UNION ALL SELECT 'activities', count(*) FROM activity
UNION ALL SELECT 'professional acts', count(*) FROM activity_act;
