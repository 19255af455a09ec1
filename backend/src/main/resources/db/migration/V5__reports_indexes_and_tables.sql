-- Maillon V5: what the reports (quebec.maillon.report, /api/v1/reports) need to answer in milliseconds at province
-- scale (bench/README.md): covering indexes on the records they read, and two tables kept exact by triggers
-- (the acts of each activity by date; the first decision of each request by date).

-- Activities of an establishment in a date range, with everything the reports read from them: index-only scans.
-- It replaces activity_establishment_date_idx (same leading columns), so activity writes maintain one index, not two.
CREATE INDEX activity_report_idx ON activity (establishment_code, occurred_on)
    INCLUDE (id, organizer_id, intervention_id, concertation_id, duration_minutes);
DROP INDEX activity_establishment_date_idx;

-- What the reports read of an establishment's interventions (territory, concertation, service offer, axis).
CREATE INDEX intervention_report_idx ON intervention (establishment_code)
    INCLUDE (id, territory_code, concertation_id, service_offer_code, axis_code);

-- Requests of an establishment by received date, with their territory (requests received). Replaces
-- service_request_received_idx (same leading columns).
CREATE INDEX service_request_report_idx ON service_request (establishment_code, received_on) INCLUDE (territory_code);
DROP INDEX service_request_received_idx;

-- ---------------------------------------------------------------------------------------------------------
-- The professional acts of each activity, next to the activity's establishment and date, so that the acts of a
-- period are one index range instead of one probe per activity. A copy of activity_act, kept exact by the triggers
-- below after every write (insert, update or delete of an act; change of an activity's date or establishment;
-- deletion of an activity). Read by the reports only; never written by the application.
CREATE TABLE report_activity_acts (
    activity_id         uuid PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    establishment_code  text NOT NULL,
    occurred_on         date NOT NULL,
    acts                text[] NOT NULL
);
CREATE INDEX report_activity_acts_idx ON report_activity_acts (establishment_code, occurred_on) INCLUDE (activity_id, acts);

-- Recomputes the row of one activity from activity_act. The activity row is locked first, so that concurrent
-- changes of the same activity's acts or date are applied one after the other, each seeing the other's result.
CREATE FUNCTION report_refresh_activity_acts(p_activity uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    a record;
BEGIN
    SELECT id, establishment_code, occurred_on INTO a FROM activity WHERE id = p_activity FOR UPDATE;
    IF NOT FOUND THEN
        DELETE FROM report_activity_acts WHERE activity_id = p_activity;
        RETURN;
    END IF;
    INSERT INTO report_activity_acts (activity_id, establishment_code, occurred_on, acts)
    SELECT a.id, a.establishment_code, a.occurred_on, coalesce(array_agg(x.code ORDER BY x.code COLLATE "C"), '{}')
    FROM activity_act x WHERE x.activity_id = a.id
    ON CONFLICT (activity_id) DO UPDATE
        SET establishment_code = EXCLUDED.establishment_code, occurred_on = EXCLUDED.occurred_on, acts = EXCLUDED.acts;
END $$;

CREATE FUNCTION report_activity_act_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM report_refresh_activity_acts(OLD.activity_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.activity_id IS DISTINCT FROM OLD.activity_id) THEN
        PERFORM report_refresh_activity_acts(NEW.activity_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_activity_act_changed AFTER INSERT OR UPDATE OR DELETE ON activity_act
    FOR EACH ROW EXECUTE FUNCTION report_activity_act_changed();

CREATE FUNCTION report_activity_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE report_activity_acts SET establishment_code = NEW.establishment_code, occurred_on = NEW.occurred_on
    WHERE activity_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER report_activity_moved AFTER UPDATE OF establishment_code, occurred_on ON activity
    FOR EACH ROW WHEN (OLD.establishment_code IS DISTINCT FROM NEW.establishment_code OR OLD.occurred_on IS DISTINCT FROM NEW.occurred_on)
    EXECUTE FUNCTION report_activity_moved();

-- The acts recorded before this migration.
INSERT INTO report_activity_acts (activity_id, establishment_code, occurred_on, acts)
SELECT a.id, a.establishment_code, a.occurred_on, array_agg(x.code ORDER BY x.code COLLATE "C")
FROM activity a JOIN activity_act x ON x.activity_id = a.id
GROUP BY a.id, a.establishment_code, a.occurred_on;

-- ---------------------------------------------------------------------------------------------------------
-- The first decision of each request (its first transition to ACCEPTED, REFUSED or WAITLISTED, in time order), dated
-- in Québec time, with what the request figures read: the requests decided in a period are one index range, whatever
-- the length of the history. Kept exact by the triggers below after every write (a transition inserted, changed or
-- deleted, even backdated; a request's establishment, territory, received date or refusal reason changed; a request
-- deleted). Read by the reports only; never written by the application.
CREATE TABLE report_request_decision (
    request_id          uuid PRIMARY KEY REFERENCES service_request (id) ON DELETE CASCADE,
    establishment_code  text NOT NULL,
    territory_code      text NOT NULL,
    decided_on          date NOT NULL,
    outcome             text NOT NULL CHECK (outcome IN ('ACCEPTED', 'REFUSED', 'WAITLISTED')),
    reason_code         text,
    days                integer NOT NULL
);
CREATE INDEX report_request_decision_idx ON report_request_decision (establishment_code, decided_on)
    INCLUDE (territory_code, outcome, reason_code, days);

CREATE FUNCTION report_refresh_request_decision(p_request uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r record;
    d record;
BEGIN
    SELECT id, establishment_code, territory_code, received_on, refusal_reason_code INTO r
    FROM service_request WHERE id = p_request FOR UPDATE;
    IF FOUND THEN
        SELECT t.to_status, t.reason_code, (t.occurred_at AT TIME ZONE 'America/Toronto')::date AS decided_on INTO d
        FROM request_transition t
        WHERE t.request_id = p_request AND t.to_status IN ('ACCEPTED', 'REFUSED', 'WAITLISTED')
        ORDER BY t.occurred_at, t.id LIMIT 1;
    END IF;
    IF NOT FOUND THEN
        DELETE FROM report_request_decision WHERE request_id = p_request;
        RETURN;
    END IF;
    INSERT INTO report_request_decision (request_id, establishment_code, territory_code, decided_on, outcome, reason_code, days)
    VALUES (r.id, r.establishment_code, r.territory_code, d.decided_on, d.to_status,
            CASE WHEN d.to_status = 'REFUSED' THEN coalesce(d.reason_code, r.refusal_reason_code) END, d.decided_on - r.received_on)
    ON CONFLICT (request_id) DO UPDATE
        SET establishment_code = EXCLUDED.establishment_code, territory_code = EXCLUDED.territory_code,
            decided_on = EXCLUDED.decided_on, outcome = EXCLUDED.outcome, reason_code = EXCLUDED.reason_code, days = EXCLUDED.days;
END $$;

CREATE FUNCTION report_request_transition_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.to_status IN ('ACCEPTED', 'REFUSED', 'WAITLISTED') THEN
        PERFORM report_refresh_request_decision(OLD.request_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.to_status IN ('ACCEPTED', 'REFUSED', 'WAITLISTED')
            AND (TG_OP = 'INSERT' OR NEW IS DISTINCT FROM OLD) THEN
        PERFORM report_refresh_request_decision(NEW.request_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_request_transition_changed AFTER INSERT OR UPDATE OR DELETE ON request_transition
    FOR EACH ROW EXECUTE FUNCTION report_request_transition_changed();

CREATE FUNCTION report_request_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_refresh_request_decision(NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER report_request_changed AFTER UPDATE OF establishment_code, territory_code, received_on, refusal_reason_code
    ON service_request FOR EACH ROW
    WHEN (OLD.establishment_code IS DISTINCT FROM NEW.establishment_code OR OLD.territory_code IS DISTINCT FROM NEW.territory_code
          OR OLD.received_on IS DISTINCT FROM NEW.received_on OR OLD.refusal_reason_code IS DISTINCT FROM NEW.refusal_reason_code)
    EXECUTE FUNCTION report_request_changed();

-- The decisions recorded before this migration.
INSERT INTO report_request_decision (request_id, establishment_code, territory_code, decided_on, outcome, reason_code, days)
SELECT r.id, r.establishment_code, r.territory_code, d.decided_on, d.to_status,
       CASE WHEN d.to_status = 'REFUSED' THEN coalesce(d.reason_code, r.refusal_reason_code) END, d.decided_on - r.received_on
FROM service_request r
JOIN (SELECT DISTINCT ON (t.request_id) t.request_id, t.to_status, t.reason_code,
             (t.occurred_at AT TIME ZONE 'America/Toronto')::date AS decided_on
      FROM request_transition t WHERE t.to_status IN ('ACCEPTED', 'REFUSED', 'WAITLISTED')
      ORDER BY t.request_id, t.occurred_at, t.id) d ON d.request_id = r.id;
