-- What a page of interventions shows besides its own columns (InterventionService.PARTS) was read from five tables,
-- one index probe per intervention in each (types, determinants, populations, organizations, co-organizers): ~1,000
-- buffer reads and 2 ms of PostgreSQL per page of 50, the costliest statement of the load mix (bench/README.md,
-- "Load mix"). Each intervention now carries a copy of those codes and ids on its own row, kept exact by the
-- triggers below after every change of the five tables; a page reads its rows once, then only the names it shows.
-- The five tables stay what everything else reads and writes (foreign keys, reports, sync); these columns are read
-- by the page statement only and never written by the application.
ALTER TABLE intervention
    ADD COLUMN type_codes        text[] NOT NULL DEFAULT '{}',
    ADD COLUMN determinant_codes text[] NOT NULL DEFAULT '{}',
    ADD COLUMN population_codes  text[] NOT NULL DEFAULT '{}',
    ADD COLUMN organization_ids  uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN co_organizer_ids  uuid[] NOT NULL DEFAULT '{}';

-- Recomputes one column of the intervention(s) of the changed row: TG_ARGV[0] the intervention's column, TG_ARGV[1]
-- the child table's column. The intervention row is locked first, so that concurrent changes of its codes are applied
-- one after the other, each statement below seeing the other's result (read committed: a new snapshot per statement).
CREATE FUNCTION intervention_copy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_id uuid;
BEGIN
    FOR v_id IN
        SELECT DISTINCT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.intervention_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.intervention_id END]) x
        WHERE x IS NOT NULL
    LOOP
        PERFORM 1 FROM intervention WHERE id = v_id FOR UPDATE;
        EXECUTE format('UPDATE intervention SET %1$I = coalesce((SELECT array_agg(%2$I ORDER BY %2$I) FROM %3$I '
                       'WHERE intervention_id = $1), ''{}'') WHERE id = $1', TG_ARGV[0], TG_ARGV[1], TG_TABLE_NAME)
            USING v_id;
    END LOOP;
    RETURN NULL;
END $$;

CREATE TRIGGER intervention_copy_types AFTER INSERT OR UPDATE OR DELETE ON intervention_type
    FOR EACH ROW EXECUTE FUNCTION intervention_copy_changed('type_codes', 'code');
CREATE TRIGGER intervention_copy_determinants AFTER INSERT OR UPDATE OR DELETE ON intervention_determinant
    FOR EACH ROW EXECUTE FUNCTION intervention_copy_changed('determinant_codes', 'code');
CREATE TRIGGER intervention_copy_populations AFTER INSERT OR UPDATE OR DELETE ON intervention_population
    FOR EACH ROW EXECUTE FUNCTION intervention_copy_changed('population_codes', 'code');
CREATE TRIGGER intervention_copy_organizations AFTER INSERT OR UPDATE OR DELETE ON intervention_organization
    FOR EACH ROW EXECUTE FUNCTION intervention_copy_changed('organization_ids', 'organization_id');
CREATE TRIGGER intervention_copy_co_organizers AFTER INSERT OR UPDATE OR DELETE ON intervention_co_organizer
    FOR EACH ROW EXECUTE FUNCTION intervention_copy_changed('co_organizer_ids', 'organizer_id');

-- The interventions recorded before this migration; their updated_at stays (the sync feed must not see every
-- intervention as changed), so the stamp trigger is off for this statement.
ALTER TABLE intervention DISABLE TRIGGER intervention_stamp;
UPDATE intervention i SET
    type_codes        = coalesce((SELECT array_agg(code ORDER BY code) FROM intervention_type x WHERE x.intervention_id = i.id), '{}'),
    determinant_codes = coalesce((SELECT array_agg(code ORDER BY code) FROM intervention_determinant x WHERE x.intervention_id = i.id), '{}'),
    population_codes  = coalesce((SELECT array_agg(code ORDER BY code) FROM intervention_population x WHERE x.intervention_id = i.id), '{}'),
    organization_ids  = coalesce((SELECT array_agg(organization_id ORDER BY organization_id) FROM intervention_organization x
                                  WHERE x.intervention_id = i.id), '{}'),
    co_organizer_ids  = coalesce((SELECT array_agg(organizer_id ORDER BY organizer_id) FROM intervention_co_organizer x
                                  WHERE x.intervention_id = i.id), '{}');
ALTER TABLE intervention ENABLE TRIGGER intervention_stamp;
