-- Maillon V8: synchronization (updatedSince) without gaps or duplicates.
--
-- 1. One clock. updated_at of every record a client can synchronize is stamped by the database with now(), the
--    start of the writing transaction, whatever the writer (the API through Hibernate, native SQL, a person at psql)
--    and however many API instances there are. The list endpoints compare it with the start of the transactions
--    still open (pg_stat_activity.xact_start, the same clock) to know up to which instant everything is committed:
--    the "horizon" of a synchronization pass (see docs/sync.md).
--    The API assigns that same value itself (DbClock reads now() once per transaction), so what it answers is what
--    is stored; this trigger makes it hold for every other writer too. On INSERT an explicit value is kept (data
--    loads, demo data with history) and a missing one becomes now(); on UPDATE the value is always now(): a change
--    cannot be back-dated.
CREATE FUNCTION sync_stamp_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.updated_at := COALESCE(NEW.updated_at, now());
        NEW.created_at := COALESCE(NEW.created_at, now());
    ELSE
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER organization_stamp BEFORE INSERT OR UPDATE ON organization
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_updated_at();
CREATE TRIGGER service_request_stamp BEFORE INSERT OR UPDATE ON service_request
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_updated_at();
CREATE TRIGGER intervention_stamp BEFORE INSERT OR UPDATE ON intervention
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_updated_at();
CREATE TRIGGER activity_stamp BEFORE INSERT OR UPDATE ON activity
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_updated_at();
CREATE TRIGGER concertation_stamp BEFORE INSERT OR UPDATE ON concertation
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_updated_at();
CREATE TRIGGER concertation_meeting_stamp BEFORE INSERT OR UPDATE ON concertation_meeting
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_updated_at();
CREATE TRIGGER action_plan_item_stamp BEFORE INSERT OR UPDATE ON action_plan_item
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_updated_at();
CREATE TRIGGER organizer_stamp BEFORE INSERT OR UPDATE ON organizer
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_updated_at();

-- The organizer directory is synchronized too (GET /api/v1/organizers?updatedSince=...).
CREATE INDEX organizer_establishment_updated_idx ON organizer (establishment_code, updated_at, id);

-- 2. Deletions. Activities are the only listed records that are really deleted (a journal entry removed by its
--    author). A synchronizing client learns of it from this table, written by the database itself in the deleting
--    transaction: the id, when (same clock as updated_at), and what the list filters on. No content, no notes:
--    nothing personal outlives the activity.
CREATE TABLE activity_deletion (
    id                  uuid PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    organizer_id        uuid NOT NULL,
    intervention_id     uuid,
    concertation_id     uuid,
    occurred_on         date NOT NULL,
    deleted_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_deletion_feed_idx ON activity_deletion (establishment_code, deleted_at, id);

CREATE FUNCTION activity_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO activity_deletion (id, establishment_code, organizer_id, intervention_id, concertation_id, occurred_on, deleted_at)
    VALUES (OLD.id, OLD.establishment_code, OLD.organizer_id, OLD.intervention_id, OLD.concertation_id, OLD.occurred_on, now())
    ON CONFLICT (id) DO UPDATE SET deleted_at = now();
    RETURN OLD;
END $$;

CREATE TRIGGER activity_deleted AFTER DELETE ON activity FOR EACH ROW EXECUTE FUNCTION activity_deleted();
