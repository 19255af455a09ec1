-- Maillon V1: establishments, their territories, and the reference lists of the domain
-- (French and English labels; codes are stable English identifiers).

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE establishment (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,32}$'),
    kind        text NOT NULL CHECK (kind IN ('CISSS', 'CIUSSS', 'OTHER')),
    label_fr    text NOT NULL,
    label_en    text NOT NULL
);

CREATE TABLE territory (
    code                text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,32}$'),
    establishment_code  text NOT NULL REFERENCES establishment (code),
    kind                text NOT NULL CHECK (kind IN ('MRC', 'RLS')),
    label_fr            text NOT NULL,
    label_en            text NOT NULL,
    sort_order          integer NOT NULL,
    active              boolean NOT NULL DEFAULT true
);
CREATE INDEX territory_establishment_idx ON territory (establishment_code, sort_order);

CREATE TABLE reference_item (
    kind        text NOT NULL CHECK (kind IN (
                    'service-offers', 'axes', 'intervention-types', 'determinants', 'populations',
                    'professional-acts', 'organization-types', 'concertation-kinds', 'concertation-themes',
                    'refusal-reasons', 'request-channels')),
    code        text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    label_fr    text NOT NULL,
    label_en    text NOT NULL,
    sort_order  integer NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    PRIMARY KEY (kind, code)
);

INSERT INTO establishment (code, kind, label_fr, label_en) VALUES
    ('CISSS-LAN',  'CISSS',  'CISSS de Lanaudière', 'CISSS de Lanaudière'),
    ('CIUSSS-NIM', 'CIUSSS', 'CIUSSS du Nord-de-l''Île-de-Montréal', 'CIUSSS du Nord-de-l''Île-de-Montréal');

INSERT INTO territory (code, establishment_code, kind, label_fr, label_en, sort_order) VALUES
    ('LAN-DAUTRAY',     'CISSS-LAN',  'MRC', 'D''Autray', 'D''Autray', 1),
    ('LAN-JOLIETTE',    'CISSS-LAN',  'MRC', 'Joliette', 'Joliette', 2),
    ('LAN-MATAWINIE',   'CISSS-LAN',  'MRC', 'Matawinie', 'Matawinie', 3),
    ('LAN-MONTCALM',    'CISSS-LAN',  'MRC', 'Montcalm', 'Montcalm', 4),
    ('LAN-LASSOMPTION', 'CISSS-LAN',  'MRC', 'L''Assomption', 'L''Assomption', 5),
    ('LAN-MOULINS',     'CISSS-LAN',  'MRC', 'Les Moulins', 'Les Moulins', 6),
    ('NIM-AMN',         'CIUSSS-NIM', 'RLS', 'Ahuntsic et Montréal-Nord', 'Ahuntsic and Montréal-Nord', 1),
    ('NIM-BCSL',        'CIUSSS-NIM', 'RLS', 'Bordeaux-Cartierville–Saint-Laurent', 'Bordeaux-Cartierville–Saint-Laurent', 2),
    ('NIM-PPV',         'CIUSSS-NIM', 'RLS', 'La Petite-Patrie et Villeray', 'La Petite-Patrie and Villeray', 3),
    ('NIM-SLSM',        'CIUSSS-NIM', 'RLS', 'Saint-Léonard et Saint-Michel', 'Saint-Léonard and Saint-Michel', 4);

-- Services offered (seed 003, "Les services offerts"): exactly one per request and intervention.
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('service-offers', 'ORGANIZATION_SUPPORT', 'Soutien aux organismes', 'Support to organizations', 1),
    ('service-offers', 'CONCERTATION_SUPPORT', 'Soutien à la concertation', 'Support to concertation', 2),
    ('service-offers', 'NEW_RESOURCE_CREATION', 'Soutien à la création de nouvelles ressources communautaires', 'Support to creating new community resources', 3),
    ('service-offers', 'COMMUNITY_INITIATIVES', 'Accompagnement d''initiatives menées pour et par les communautés', 'Accompanying initiatives run by and for communities', 4),
    ('service-offers', 'GOVERNMENT_PROGRAMS', 'Soutien aux communautés lors du déploiement de programmes gouvernementaux', 'Support to communities during the roll-out of government programmes', 5);

-- Axes of the practice framework (seed 004).
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('axes', 'LOCAL_DEVELOPMENT', 'Développement local et développement des communautés', 'Local and community development', 1),
    ('axes', 'LOCAL_ORGANIZATIONS_SUPPORT', 'Soutien aux organismes du milieu', 'Support to local organizations', 2),
    ('axes', 'PUBLIC_HEALTH_PROGRAMS', 'Soutien aux programmes de santé publique et actions transversales sur les déterminants de la santé', 'Public-health programmes and cross-cutting action on health determinants', 3),
    ('axes', 'PROGRAM_SERVICES', 'Contribution aux programmes-services de l''établissement', 'Contribution to the establishment''s programme-services', 4);

-- Types of intervention (seed 004).
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('intervention-types', 'PROBLEM_IDENTIFICATION', 'Identification des problématiques du milieu', 'Identifying the community''s problems', 1),
    ('intervention-types', 'AWARENESS', 'Sensibilisation et conscientisation du milieu', 'Awareness and consciousness-raising', 2),
    ('intervention-types', 'EXISTING_RESOURCES_SUPPORT', 'Contribution et soutien aux ressources existantes', 'Contribution and support to existing resources', 3),
    ('intervention-types', 'NEW_RESOURCES', 'Création de nouvelles ressources', 'Creating new resources', 4),
    ('intervention-types', 'SOCIAL_ACTION', 'Action sociale', 'Social action', 5),
    ('intervention-types', 'CONCERTATION_MOBILIZATION', 'Soutien à la concertation et à la mobilisation des ressources du milieu', 'Support to concertation and mobilization of local resources', 6);

-- Determinants of health (seeds 000-004; extensible).
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('determinants', 'POVERTY', 'Pauvreté', 'Poverty', 1),
    ('determinants', 'EXCLUSION', 'Exclusion et marginalisation', 'Exclusion and marginalization', 2),
    ('determinants', 'PHYSICAL_ENVIRONMENT', 'Environnement physique', 'Physical environment', 3),
    ('determinants', 'SOCIAL_ENVIRONMENT', 'Environnement social', 'Social environment', 4),
    ('determinants', 'HOUSING', 'Logement', 'Housing', 5),
    ('determinants', 'FOOD_SECURITY', 'Sécurité alimentaire', 'Food security', 6),
    ('determinants', 'TRANSPORT', 'Transport', 'Transport', 7),
    ('determinants', 'ISOLATION', 'Isolement social', 'Social isolation', 8),
    ('determinants', 'EDUCATION', 'Éducation', 'Education', 9),
    ('determinants', 'WORK', 'Travail et emploi', 'Work and employment', 10),
    ('determinants', 'LIFESTYLE', 'Habitudes de vie', 'Lifestyle habits', 11),
    ('determinants', 'INCOME', 'Revenu', 'Income', 12),
    ('determinants', 'SERVICES_ACCESS', 'Accès aux services', 'Access to services', 13);

-- Populations (extensible).
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('populations', 'EARLY_CHILDHOOD', 'Petite enfance', 'Early childhood', 1),
    ('populations', 'YOUTH', 'Jeunes', 'Youth', 2),
    ('populations', 'FAMILIES', 'Familles', 'Families', 3),
    ('populations', 'SENIORS', 'Aînés', 'Seniors', 4),
    ('populations', 'CAREGIVERS', 'Personnes proches aidantes', 'Caregivers', 5),
    ('populations', 'IMMIGRANTS', 'Personnes immigrantes', 'Immigrants', 6),
    ('populations', 'INDIGENOUS', 'Premières Nations et Inuit', 'First Nations and Inuit', 7),
    ('populations', 'LOW_INCOME', 'Personnes à faible revenu', 'Low-income people', 8),
    ('populations', 'DISABILITIES', 'Personnes ayant une incapacité', 'People with disabilities', 9),
    ('populations', 'GENERAL', 'Population générale', 'General population', 10);

-- Professional acts (seed 004).
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('professional-acts', 'EVALUATE_ANALYSE', 'Évaluer et analyser', 'Evaluate and analyse', 1),
    ('professional-acts', 'FACILITATE', 'Animer', 'Facilitate', 2),
    ('professional-acts', 'INFORM_REFER', 'Informer et référer', 'Inform and refer', 3),
    ('professional-acts', 'ACCOMPANY', 'Accompagner', 'Accompany', 4),
    ('professional-acts', 'CONSULT_ADVISE', 'Consulter-conseiller', 'Consult and advise', 5),
    ('professional-acts', 'BACK', 'Appuyer', 'Back', 6),
    ('professional-acts', 'TRAIN', 'Former', 'Train', 7),
    ('professional-acts', 'ORGANIZE', 'Organiser', 'Organize', 8),
    ('professional-acts', 'MOBILIZE', 'Mobiliser', 'Mobilize', 9),
    ('professional-acts', 'LIAISE', 'Établir des liaisons', 'Liaise', 10),
    ('professional-acts', 'WRITE', 'Rédiger', 'Write', 11);

-- Organization types (seed 003, "À qui s'adresse le service").
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('organization-types', 'COMMUNITY_ORGANIZATION', 'Organisme communautaire', 'Community organization', 1),
    ('organization-types', 'NON_PROFIT', 'Organisation à but non lucratif (OBNL)', 'Non-profit organization', 2),
    ('organization-types', 'CONCERTATION_BODY', 'Concertation', 'Concertation body', 3),
    ('organization-types', 'CITIZEN_GROUP', 'Groupe de personnes ayant un but commun', 'Group of persons with a common goal', 4),
    ('organization-types', 'MUNICIPALITY', 'Municipalité', 'Municipality', 5),
    ('organization-types', 'SCHOOL', 'École ou centre de services scolaire', 'School or school service centre', 6),
    ('organization-types', 'OTHER_PARTNER', 'Autre partenaire intersectoriel (CPE, CJE, entreprise d''économie sociale…)', 'Other intersectoral partner (CPE, CJE, social-economy enterprise…)', 7);

-- Kinds of concertation places (seeds 000, 004).
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('concertation-kinds', 'NEIGHBOURHOOD_TABLE', 'Table de quartier', 'Neighbourhood table', 1),
    ('concertation-kinds', 'THEMATIC_TABLE', 'Table de concertation thématique', 'Thematic table', 2),
    ('concertation-kinds', 'SOCIAL_DEVELOPMENT_COMMITTEE', 'Comité local de développement social', 'Local social-development committee', 3),
    ('concertation-kinds', 'REGIONAL_COMMITTEE', 'Comité régional', 'Regional committee', 4),
    ('concertation-kinds', 'OTHER', 'Autre lieu de concertation', 'Other concertation place', 5);

-- Themes of concertation places.
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('concertation-themes', 'EARLY_CHILDHOOD', 'Petite enfance', 'Early childhood', 1),
    ('concertation-themes', 'YOUTH', 'Jeunesse', 'Youth', 2),
    ('concertation-themes', 'SENIORS', 'Aînés', 'Seniors', 3),
    ('concertation-themes', 'FOOD_SECURITY', 'Sécurité alimentaire', 'Food security', 4),
    ('concertation-themes', 'POVERTY', 'Lutte à la pauvreté', 'Fight against poverty', 5),
    ('concertation-themes', 'SCHOOL_PERSEVERANCE', 'Persévérance scolaire', 'School perseverance', 6),
    ('concertation-themes', 'SOCIAL_DEVELOPMENT', 'Développement social', 'Social development', 7),
    ('concertation-themes', 'HOUSING', 'Logement', 'Housing', 8),
    ('concertation-themes', 'IMMIGRATION', 'Immigration et inclusion', 'Immigration and inclusion', 9),
    ('concertation-themes', 'TRANSPORT', 'Transport', 'Transport', 10);

-- Reasons for refusing a request (seed 003: eligibility criteria, plus service reasons).
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('refusal-reasons', 'REQUESTER_NOT_ADMISSIBLE', 'Demandeur non admissible', 'Requester not admissible', 1),
    ('refusal-reasons', 'OUTSIDE_HEALTH_FIELD', 'Hors du domaine de la santé et des services sociaux ou sans incidence sur les déterminants sociaux de la santé', 'Outside health and social services, or no bearing on social determinants of health', 2),
    ('refusal-reasons', 'RELIGIOUS', 'Caractère religieux', 'Religious in nature', 3),
    ('refusal-reasons', 'POLITICAL_PARTY', 'Caractère politique (parti)', 'Political (party) in nature', 4),
    ('refusal-reasons', 'RECREATIONAL_ONLY', 'Uniquement récréatif ou de type club social', 'Solely recreational or social club', 5),
    ('refusal-reasons', 'OTHER_RESOURCE', 'Une autre ressource peut répondre à la demande', 'Another resource can answer the request', 6),
    ('refusal-reasons', 'NO_CAPACITY', 'Capacité de l''équipe insuffisante', 'Insufficient team capacity', 7);

-- How a request reached the team.
INSERT INTO reference_item (kind, code, label_fr, label_en, sort_order) VALUES
    ('request-channels', 'PHONE', 'Téléphone', 'Phone', 1),
    ('request-channels', 'EMAIL', 'Courriel', 'Email', 2),
    ('request-channels', 'IN_PERSON', 'En personne', 'In person', 3),
    ('request-channels', 'WEB_FORM', 'Formulaire Web', 'Web form', 4),
    ('request-channels', 'REFERRAL', 'Référence d''un partenaire', 'Referral from a partner', 5);
