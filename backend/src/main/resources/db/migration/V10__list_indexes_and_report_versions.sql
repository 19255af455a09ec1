-- Maillon V10: indexes for the lists people page through most, found by the load mix (bench/LoadMix.java) with
-- EXPLAIN ANALYZE on the province-scale data set (bench/README.md, "Load mix").

-- Requests of a territory, newest first (GET /api/v1/requests?territory=…, the default sort -receivedOn then id):
-- the page is the first rows of this index instead of every request of the territory sorted (~900 per territory
-- in ten years at province scale: 12 ms → a fraction of a millisecond).
CREATE INDEX service_request_territory_idx ON service_request (establishment_code, territory_code, received_on DESC, id DESC);

-- Interventions of a territory, most recently opened first (GET /api/v1/interventions?territory=…): before, a
-- bitmap scan of every intervention of the establishment (~4,500) filtered and sorted for each page.
CREATE INDEX intervention_territory_idx ON intervention (establishment_code, territory_code, opened_on DESC, id DESC);

-- ---------------------------------------------------------------------------------------------------------
-- Versions of the data the reports read, so that the API can keep a computed report and serve it again as long as
-- nothing it depends on has changed: exact, whatever the number of API instances (each compares the versions it
-- read with the ones of its entry; quebec.maillon.report.ReportCache).
--
-- One version per establishment and financial year (fy: the year of its April 1st) for the records counted by date
-- (activities and their acts, requests by received date, first decisions by date), and one per establishment for
-- every year (fy 0: the interventions, their codes and organizations, the concertations and their members, the
-- organizations' types), and one for everything ('*': TRUNCATE). A report of a period depends on the versions of its
-- establishment for fy 0 and each financial year the period touches, and on '*'.
--
-- The triggers below change a version in the transaction of the change, at its commit (deferred), once per version
-- and transaction: a report computed after reading the versions sees every change they count. The values come from a
-- sequence, so a version never takes a value it had before. Anything that writes these tables with triggers off
-- (session_replication_role = replica: bench/generate.sql) must call report_invalidate_all() afterwards.
CREATE SEQUENCE report_version_seq;
CREATE TABLE report_version (
    establishment_code  text NOT NULL,
    fy                  integer NOT NULL,
    version             bigint NOT NULL,
    PRIMARY KEY (establishment_code, fy)
);

-- Marks the version of (establishment, financial year of the day; every year when the day is null) as changed.
CREATE FUNCTION report_touch(p_establishment text, p_day date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_fy integer := CASE WHEN p_day IS NULL THEN 0
                         ELSE extract(year FROM p_day)::int - (extract(month FROM p_day)::int < 4)::int END;
    v_key text := '|' || p_establishment || ':' || v_fy || '|';
    v_done text := coalesce(current_setting('maillon.report_touched', true), '');
BEGIN
    IF p_establishment IS NULL OR position(v_key IN v_done) > 0 THEN
        RETURN;
    END IF;
    INSERT INTO report_version (establishment_code, fy, version) VALUES (p_establishment, v_fy, nextval('report_version_seq'))
    ON CONFLICT (establishment_code, fy) DO UPDATE SET version = EXCLUDED.version;
    PERFORM set_config('maillon.report_touched', v_done || v_key, true);
END $$;

CREATE FUNCTION report_invalidate_all() RETURNS void LANGUAGE sql AS $$
    INSERT INTO report_version (establishment_code, fy, version) VALUES ('*', 0, nextval('report_version_seq'))
    ON CONFLICT (establishment_code, fy) DO UPDATE SET version = EXCLUDED.version;
$$;

CREATE FUNCTION report_invalidate_all_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_invalidate_all();
    RETURN NULL;
END $$;

-- Records counted by date: the column of their date is the trigger's argument.
CREATE FUNCTION report_dated_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM report_touch(OLD.establishment_code, (to_jsonb(OLD) ->> TG_ARGV[0])::date);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM report_touch(NEW.establishment_code, (to_jsonb(NEW) ->> TG_ARGV[0])::date);
    END IF;
    RETURN NULL;
END $$;

-- Records that count in every year of their establishment.
CREATE FUNCTION report_establishment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM report_touch(OLD.establishment_code, NULL);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM report_touch(NEW.establishment_code, NULL);
    END IF;
    RETURN NULL;
END $$;

-- Rows of an intervention (codes, organizations) or of a concertation (members): their parent's establishment.
CREATE FUNCTION report_child_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_parent uuid;
BEGIN
    FOREACH v_parent IN ARRAY ARRAY[(to_jsonb(OLD) ->> TG_ARGV[0])::uuid, (to_jsonb(NEW) ->> TG_ARGV[0])::uuid] LOOP
        CONTINUE WHEN v_parent IS NULL;
        IF TG_ARGV[0] = 'intervention_id' THEN
            PERFORM report_touch((SELECT establishment_code FROM intervention WHERE id = v_parent), NULL);
        ELSE
            PERFORM report_touch((SELECT establishment_code FROM concertation WHERE id = v_parent), NULL);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER report_version_activity AFTER INSERT OR DELETE ON activity
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_dated_changed('occurred_on');
CREATE CONSTRAINT TRIGGER report_version_activity_changed AFTER UPDATE ON activity
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.establishment_code, OLD.occurred_on, OLD.duration_minutes, OLD.organizer_id, OLD.intervention_id, OLD.concertation_id)
          IS DISTINCT FROM (NEW.establishment_code, NEW.occurred_on, NEW.duration_minutes, NEW.organizer_id, NEW.intervention_id,
                            NEW.concertation_id))
    EXECUTE FUNCTION report_dated_changed('occurred_on');
CREATE CONSTRAINT TRIGGER report_version_activity_acts AFTER INSERT OR UPDATE OR DELETE ON report_activity_acts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_dated_changed('occurred_on');
CREATE CONSTRAINT TRIGGER report_version_request AFTER INSERT OR DELETE ON service_request
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_dated_changed('received_on');
CREATE CONSTRAINT TRIGGER report_version_request_changed AFTER UPDATE ON service_request
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.establishment_code, OLD.territory_code, OLD.received_on) IS DISTINCT FROM (NEW.establishment_code, NEW.territory_code, NEW.received_on))
    EXECUTE FUNCTION report_dated_changed('received_on');
CREATE CONSTRAINT TRIGGER report_version_decision AFTER INSERT OR UPDATE OR DELETE ON report_request_decision
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_dated_changed('decided_on');

CREATE CONSTRAINT TRIGGER report_version_intervention AFTER DELETE ON intervention
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_establishment_changed();
CREATE CONSTRAINT TRIGGER report_version_intervention_changed AFTER UPDATE ON intervention
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.establishment_code, OLD.territory_code, OLD.concertation_id, OLD.service_offer_code, OLD.axis_code)
          IS DISTINCT FROM (NEW.establishment_code, NEW.territory_code, NEW.concertation_id, NEW.service_offer_code, NEW.axis_code))
    EXECUTE FUNCTION report_establishment_changed();
CREATE CONSTRAINT TRIGGER report_version_concertation AFTER DELETE ON concertation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_establishment_changed();
CREATE CONSTRAINT TRIGGER report_version_concertation_changed AFTER UPDATE ON concertation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.establishment_code, OLD.scope, OLD.territory_code) IS DISTINCT FROM (NEW.establishment_code, NEW.scope, NEW.territory_code))
    EXECUTE FUNCTION report_establishment_changed();
CREATE CONSTRAINT TRIGGER report_version_organization AFTER DELETE ON organization
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_establishment_changed();
CREATE CONSTRAINT TRIGGER report_version_organization_changed AFTER UPDATE ON organization
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.establishment_code, OLD.type_code) IS DISTINCT FROM (NEW.establishment_code, NEW.type_code))
    EXECUTE FUNCTION report_establishment_changed();

CREATE CONSTRAINT TRIGGER report_version_intervention_type AFTER INSERT OR UPDATE OR DELETE ON intervention_type
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_child_changed('intervention_id');
CREATE CONSTRAINT TRIGGER report_version_intervention_determinant AFTER INSERT OR UPDATE OR DELETE ON intervention_determinant
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_child_changed('intervention_id');
CREATE CONSTRAINT TRIGGER report_version_intervention_population AFTER INSERT OR UPDATE OR DELETE ON intervention_population
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_child_changed('intervention_id');
CREATE CONSTRAINT TRIGGER report_version_intervention_organization AFTER INSERT OR UPDATE OR DELETE ON intervention_organization
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_child_changed('intervention_id');
CREATE CONSTRAINT TRIGGER report_version_concertation_member AFTER INSERT OR UPDATE OR DELETE ON concertation_member
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_child_changed('concertation_id');

-- TRUNCATE fires no row trigger: it changes everything.
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON activity FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON report_activity_acts FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON service_request FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON report_request_decision FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON intervention FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON intervention_type FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON intervention_determinant FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON intervention_population FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON intervention_organization FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON concertation FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON concertation_member FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();
CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON organization FOR EACH STATEMENT EXECUTE FUNCTION report_invalidate_all_trigger();

SELECT report_invalidate_all();
