-- Maillon V2: the core records of the service (organizers, organizations, requests, interventions,
-- concertations, activities) and the cross-cutting tables (audit trail, idempotency).
-- Every record belongs to one establishment; every code column references the reference list it comes from
-- (a constant "kind" column makes the composite foreign key to reference_item).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accent- and case-insensitive search key ("Québec" and "quebec" give the same key). unaccent() is not
-- immutable (it depends on its dictionary), so it is wrapped with the dictionary named explicitly.
CREATE FUNCTION search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- ---------------------------------------------------------------------------------------------------------
-- Organizers: the directory that assignment and filters pick from. Filled from the token at first login and
-- ahead of time by an admin. Never deleted: an organizer who leaves is deactivated.
CREATE TABLE organizer (
    id                  uuid PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    subject             text UNIQUE,
    username            text NOT NULL,
    name                text NOT NULL,
    email               text,
    active              boolean NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    UNIQUE (establishment_code, username)
);

CREATE TABLE organizer_territory (
    organizer_id    uuid NOT NULL REFERENCES organizer (id) ON DELETE CASCADE,
    territory_code  text NOT NULL REFERENCES territory (code),
    PRIMARY KEY (organizer_id, territory_code)
);
CREATE INDEX organizer_territory_territory_idx ON organizer_territory (territory_code);

-- ---------------------------------------------------------------------------------------------------------
-- Organizations (organismes / partenaires)
CREATE TABLE organization (
    id                  uuid PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    type_kind           text NOT NULL DEFAULT 'organization-types' CHECK (type_kind = 'organization-types'),
    type_code           text NOT NULL,
    name                text NOT NULL CHECK (length(btrim(name)) > 0),
    neq                 text CHECK (neq ~ '^[0-9]{10}$'),
    territory_code      text NOT NULL REFERENCES territory (code),
    address_line        text,
    city                text,
    postal_code         text,
    archived            boolean NOT NULL DEFAULT false,
    archived_at         timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    FOREIGN KEY (type_kind, type_code) REFERENCES reference_item (kind, code),
    UNIQUE (establishment_code, neq)
);
CREATE INDEX organization_establishment_updated_idx ON organization (establishment_code, updated_at, id);
CREATE INDEX organization_search_idx ON organization USING gin (search_key(name) gin_trgm_ops);
CREATE INDEX organization_type_idx ON organization (establishment_code, type_code);

-- Contact people: personal information (Loi 25). Kept to the minimum; anonymized by the retention job.
CREATE TABLE organization_contact (
    id               uuid PRIMARY KEY,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    position         integer NOT NULL DEFAULT 0,
    name             text NOT NULL,
    role             text,
    email            text,
    phone            text,
    anonymized_at    timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organization_contact_org_idx ON organization_contact (organization_id, position);
CREATE INDEX organization_contact_email_idx ON organization_contact (lower(email));

-- ---------------------------------------------------------------------------------------------------------
-- Priority criteria: weighted, per establishment (reference data, not code).
CREATE TABLE priority_criterion (
    establishment_code  text NOT NULL REFERENCES establishment (code),
    code                text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    label_fr            text NOT NULL,
    label_en            text NOT NULL,
    weight              integer NOT NULL CHECK (weight BETWEEN 0 AND 10),
    sort_order          integer NOT NULL,
    active              boolean NOT NULL DEFAULT true,
    PRIMARY KEY (establishment_code, code)
);

INSERT INTO priority_criterion (establishment_code, code, label_fr, label_en, weight, sort_order)
SELECT e.code, c.code, c.label_fr, c.label_en, c.weight, c.sort_order
FROM establishment e CROSS JOIN (VALUES
    ('DISADVANTAGED_POPULATIONS', 'Rejoint des populations désavantagées', 'Reaches disadvantaged populations', 3, 1),
    ('COLLECTIVE_PROBLEM', 'Problème collectif identifié par la communauté elle-même', 'Collective problem identified by the community itself', 3, 2),
    ('PUBLIC_HEALTH_PRIORITY', 'Cohérence avec les priorités de santé publique (PARI-SP)', 'Fits public-health priorities (PARI-SP)', 2, 3),
    ('NO_OTHER_RESOURCE', 'Aucune autre ressource ne peut répondre', 'No other resource can answer', 2, 4),
    ('URGENCY', 'Urgence de la situation', 'Urgency', 1, 5),
    ('EMPOWERMENT', 'Potentiel de développement du pouvoir d''agir', 'Potential for empowerment (pouvoir d''agir)', 2, 6)
) AS c(code, label_fr, label_en, weight, sort_order);

-- ---------------------------------------------------------------------------------------------------------
-- Service requests (demandes de service)
CREATE TABLE service_request (
    id                      uuid PRIMARY KEY,
    establishment_code      text NOT NULL REFERENCES establishment (code),
    organization_id         uuid NOT NULL REFERENCES organization (id),
    contact_id              uuid REFERENCES organization_contact (id),
    received_on             date NOT NULL,
    channel_kind            text NOT NULL DEFAULT 'request-channels' CHECK (channel_kind = 'request-channels'),
    channel_code            text NOT NULL,
    territory_code          text NOT NULL REFERENCES territory (code),
    service_offer_kind      text NOT NULL DEFAULT 'service-offers' CHECK (service_offer_kind = 'service-offers'),
    service_offer_code      text NOT NULL,
    need                    text NOT NULL CHECK (length(btrim(need)) > 0),
    status                  text NOT NULL CHECK (status IN
                                ('RECEIVED', 'UNDER_ANALYSIS', 'ACCEPTED', 'WAITLISTED', 'REFUSED', 'WITHDRAWN')),
    -- Eligibility (seed 003), one answer per criterion; null = not assessed yet.
    eligible_requester      boolean,
    eligible_health_field   boolean,
    not_religious           boolean,
    not_political_party     boolean,
    not_solely_recreational boolean,
    eligibility_note        text,
    eligibility_assessed_at timestamptz,
    -- Current priority (the latest assessment; history in priority_assessment).
    priority_score          integer,
    priority_level          text CHECK (priority_level IN ('HIGH', 'MEDIUM', 'LOW')),
    assigned_organizer_id   uuid REFERENCES organizer (id),
    decided_on              date,
    refusal_reason_kind     text NOT NULL DEFAULT 'refusal-reasons' CHECK (refusal_reason_kind = 'refusal-reasons'),
    refusal_reason_code     text,
    decision_note           text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    version                 bigint NOT NULL DEFAULT 0,
    FOREIGN KEY (channel_kind, channel_code) REFERENCES reference_item (kind, code),
    FOREIGN KEY (service_offer_kind, service_offer_code) REFERENCES reference_item (kind, code),
    FOREIGN KEY (refusal_reason_kind, refusal_reason_code) REFERENCES reference_item (kind, code),
    CHECK (status <> 'REFUSED' OR refusal_reason_code IS NOT NULL),
    CHECK (status <> 'ACCEPTED' OR assigned_organizer_id IS NOT NULL)
);
CREATE INDEX service_request_establishment_updated_idx ON service_request (establishment_code, updated_at, id);
CREATE INDEX service_request_queue_idx ON service_request (establishment_code, status, territory_code, received_on);
CREATE INDEX service_request_org_idx ON service_request (organization_id);
CREATE INDEX service_request_received_idx ON service_request (establishment_code, received_on);

CREATE TABLE service_request_population (
    request_id  uuid NOT NULL REFERENCES service_request (id) ON DELETE CASCADE,
    kind        text NOT NULL DEFAULT 'populations' CHECK (kind = 'populations'),
    code        text NOT NULL,
    PRIMARY KEY (request_id, code),
    FOREIGN KEY (kind, code) REFERENCES reference_item (kind, code)
);

CREATE TABLE service_request_determinant (
    request_id  uuid NOT NULL REFERENCES service_request (id) ON DELETE CASCADE,
    kind        text NOT NULL DEFAULT 'determinants' CHECK (kind = 'determinants'),
    code        text NOT NULL,
    PRIMARY KEY (request_id, code),
    FOREIGN KEY (kind, code) REFERENCES reference_item (kind, code)
);

-- Every transition of a request's life cycle: who, when, from, to, why.
CREATE TABLE request_transition (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id      uuid NOT NULL REFERENCES service_request (id),
    from_status     text,
    to_status       text NOT NULL,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    actor_subject   text NOT NULL,
    actor_name      text NOT NULL,
    reason_code     text,
    note            text
);
CREATE INDEX request_transition_request_idx ON request_transition (request_id, id);
CREATE INDEX request_transition_to_idx ON request_transition (to_status, occurred_at);

-- Priority assessments (revisable, with history); scores per criterion 0..3.
CREATE TABLE priority_assessment (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id      uuid NOT NULL REFERENCES service_request (id),
    assessed_at     timestamptz NOT NULL DEFAULT now(),
    actor_subject   text NOT NULL,
    actor_name      text NOT NULL,
    total_score     integer NOT NULL,
    max_score       integer NOT NULL,
    level           text NOT NULL CHECK (level IN ('HIGH', 'MEDIUM', 'LOW')),
    note            text
);
CREATE INDEX priority_assessment_request_idx ON priority_assessment (request_id, id);

CREATE TABLE priority_assessment_score (
    assessment_id   bigint NOT NULL REFERENCES priority_assessment (id),
    criterion_code  text NOT NULL,
    weight          integer NOT NULL,
    score           integer NOT NULL CHECK (score BETWEEN 0 AND 3),
    PRIMARY KEY (assessment_id, criterion_code)
);

-- ---------------------------------------------------------------------------------------------------------
-- Concertation places (lieux de concertation)
CREATE TABLE concertation (
    id                  uuid PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    name                text NOT NULL CHECK (length(btrim(name)) > 0),
    kind_kind           text NOT NULL DEFAULT 'concertation-kinds' CHECK (kind_kind = 'concertation-kinds'),
    kind_code           text NOT NULL,
    scope               text NOT NULL CHECK (scope IN ('LOCAL', 'MRC', 'REGIONAL')),
    territory_code      text REFERENCES territory (code),
    status              text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE', 'CLOSED')),
    description         text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    FOREIGN KEY (kind_kind, kind_code) REFERENCES reference_item (kind, code),
    CHECK (scope = 'REGIONAL' OR territory_code IS NOT NULL)
);
CREATE INDEX concertation_establishment_updated_idx ON concertation (establishment_code, updated_at, id);

CREATE TABLE concertation_theme (
    concertation_id uuid NOT NULL REFERENCES concertation (id) ON DELETE CASCADE,
    kind            text NOT NULL DEFAULT 'concertation-themes' CHECK (kind = 'concertation-themes'),
    code            text NOT NULL,
    PRIMARY KEY (concertation_id, code),
    FOREIGN KEY (kind, code) REFERENCES reference_item (kind, code)
);

CREATE TABLE concertation_member (
    id               uuid PRIMARY KEY,
    concertation_id  uuid NOT NULL REFERENCES concertation (id),
    organization_id  uuid NOT NULL REFERENCES organization (id),
    role             text,
    joined_on        date NOT NULL,
    left_on          date,
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX concertation_member_concertation_idx ON concertation_member (concertation_id);
CREATE INDEX concertation_member_org_idx ON concertation_member (organization_id);

CREATE TABLE concertation_organizer (
    concertation_id  uuid NOT NULL REFERENCES concertation (id),
    organizer_id     uuid NOT NULL REFERENCES organizer (id),
    role             text NOT NULL CHECK (role IN ('FACILITATION', 'ADVICE', 'MEMBER', 'COORDINATION')),
    since            date,
    PRIMARY KEY (concertation_id, organizer_id)
);
CREATE INDEX concertation_organizer_organizer_idx ON concertation_organizer (organizer_id);

CREATE TABLE concertation_meeting (
    id               uuid PRIMARY KEY,
    concertation_id  uuid NOT NULL REFERENCES concertation (id),
    held_on          date NOT NULL,
    place            text,
    attendance       integer CHECK (attendance >= 0),
    decisions        text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint NOT NULL DEFAULT 0
);
CREATE INDEX concertation_meeting_idx ON concertation_meeting (concertation_id, held_on DESC);

CREATE TABLE action_plan_item (
    id               uuid PRIMARY KEY,
    concertation_id  uuid NOT NULL REFERENCES concertation (id),
    objective        text NOT NULL CHECK (length(btrim(objective)) > 0),
    responsible      text,
    due_on           date,
    state            text NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    position         integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint NOT NULL DEFAULT 0
);
CREATE INDEX action_plan_item_idx ON action_plan_item (concertation_id, position);

-- ---------------------------------------------------------------------------------------------------------
-- Interventions (dossiers d'intervention / accompagnement)
CREATE TABLE intervention (
    id                  uuid PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    title               text NOT NULL CHECK (length(btrim(title)) > 0),
    territory_code      text NOT NULL REFERENCES territory (code),
    lead_organizer_id   uuid NOT NULL REFERENCES organizer (id),
    service_offer_kind  text NOT NULL DEFAULT 'service-offers' CHECK (service_offer_kind = 'service-offers'),
    service_offer_code  text NOT NULL,
    axis_kind           text NOT NULL DEFAULT 'axes' CHECK (axis_kind = 'axes'),
    axis_code           text,
    concertation_id     uuid REFERENCES concertation (id),
    request_id          uuid UNIQUE REFERENCES service_request (id),
    objectives          text,
    status              text NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
    opened_on           date NOT NULL,
    closed_on           date,
    closing_summary     text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    FOREIGN KEY (service_offer_kind, service_offer_code) REFERENCES reference_item (kind, code),
    FOREIGN KEY (axis_kind, axis_code) REFERENCES reference_item (kind, code),
    CHECK (status <> 'CLOSED' OR (closed_on IS NOT NULL AND closing_summary IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX intervention_establishment_updated_idx ON intervention (establishment_code, updated_at, id);
CREATE INDEX intervention_lead_idx ON intervention (lead_organizer_id, status);
CREATE INDEX intervention_concertation_idx ON intervention (concertation_id);

CREATE TABLE intervention_co_organizer (
    intervention_id  uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    organizer_id     uuid NOT NULL REFERENCES organizer (id),
    PRIMARY KEY (intervention_id, organizer_id)
);
CREATE INDEX intervention_co_organizer_idx ON intervention_co_organizer (organizer_id);

CREATE TABLE intervention_type (
    intervention_id  uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    kind             text NOT NULL DEFAULT 'intervention-types' CHECK (kind = 'intervention-types'),
    code             text NOT NULL,
    PRIMARY KEY (intervention_id, code),
    FOREIGN KEY (kind, code) REFERENCES reference_item (kind, code)
);

CREATE TABLE intervention_determinant (
    intervention_id  uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    kind             text NOT NULL DEFAULT 'determinants' CHECK (kind = 'determinants'),
    code             text NOT NULL,
    PRIMARY KEY (intervention_id, code),
    FOREIGN KEY (kind, code) REFERENCES reference_item (kind, code)
);

CREATE TABLE intervention_population (
    intervention_id  uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    kind             text NOT NULL DEFAULT 'populations' CHECK (kind = 'populations'),
    code             text NOT NULL,
    PRIMARY KEY (intervention_id, code),
    FOREIGN KEY (kind, code) REFERENCES reference_item (kind, code)
);

CREATE TABLE intervention_organization (
    intervention_id  uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (intervention_id, organization_id)
);
CREATE INDEX intervention_organization_org_idx ON intervention_organization (organization_id);

CREATE TABLE intervention_transition (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    intervention_id  uuid NOT NULL REFERENCES intervention (id),
    from_status      text,
    to_status        text NOT NULL,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    actor_subject    text NOT NULL,
    actor_name       text NOT NULL,
    note             text
);
CREATE INDEX intervention_transition_idx ON intervention_transition (intervention_id, id);

-- ---------------------------------------------------------------------------------------------------------
-- Activities (actes professionnels): what an organizer did, on a date, for one intervention or one concertation.
CREATE TABLE activity (
    id                  uuid PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    organizer_id        uuid NOT NULL REFERENCES organizer (id),
    occurred_on         date NOT NULL,
    duration_minutes    integer NOT NULL CHECK (duration_minutes > 0 AND duration_minutes <= 1440),
    intervention_id     uuid REFERENCES intervention (id),
    concertation_id     uuid REFERENCES concertation (id),
    participants        integer CHECK (participants >= 0),
    notes               text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    CHECK (num_nonnulls(intervention_id, concertation_id) = 1)
);
CREATE INDEX activity_establishment_date_idx ON activity (establishment_code, occurred_on);
CREATE INDEX activity_establishment_updated_idx ON activity (establishment_code, updated_at, id);
CREATE INDEX activity_organizer_date_idx ON activity (organizer_id, occurred_on);
CREATE INDEX activity_intervention_idx ON activity (intervention_id, occurred_on);
CREATE INDEX activity_concertation_idx ON activity (concertation_id, occurred_on);

CREATE TABLE activity_act (
    activity_id  uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    kind         text NOT NULL DEFAULT 'professional-acts' CHECK (kind = 'professional-acts'),
    code         text NOT NULL,
    PRIMARY KEY (activity_id, code),
    FOREIGN KEY (kind, code) REFERENCES reference_item (kind, code)
);

-- ---------------------------------------------------------------------------------------------------------
-- Audit trail: one entry per write, in the same transaction. Append-only, also for the database itself.
CREATE TABLE audit_entry (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    occurred_at         timestamptz NOT NULL DEFAULT now(),
    actor_subject       text NOT NULL,
    actor_name          text NOT NULL,
    actor_client        text,
    action              text NOT NULL CHECK (action IN
                            ('CREATE', 'UPDATE', 'TRANSITION', 'ARCHIVE', 'ANONYMIZE', 'DELETE', 'READ_PERSONAL')),
    record_type         text NOT NULL,
    record_id           text NOT NULL,
    changes             jsonb,
    request_id          text
);
CREATE INDEX audit_entry_record_idx ON audit_entry (establishment_code, record_type, record_id, id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (establishment_code, actor_subject, occurred_at);
CREATE INDEX audit_entry_time_idx ON audit_entry (establishment_code, occurred_at);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries cannot be changed or deleted';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

-- ---------------------------------------------------------------------------------------------------------
-- Idempotency keys of POST requests: a retried create answers the first result, never a duplicate.
CREATE TABLE idempotency_record (
    actor_subject   text NOT NULL,
    idempotency_key text NOT NULL,
    operation       text NOT NULL,
    request_hash    text NOT NULL,
    status          integer NOT NULL,
    resource_id     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (actor_subject, idempotency_key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
