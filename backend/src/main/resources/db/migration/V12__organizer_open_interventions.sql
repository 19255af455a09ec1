-- "My open interventions" (GET /interventions?organizer=…&from=…, an organizer's dashboard) read every intervention
-- the organizer ever led or co-organized, open or closed (~325 heap rows for ~45 open ones after ten years at
-- province scale, 3.4 ms), then dropped the closed ones. With the closing date in an index of the lead organizer,
-- the ids of the open ones are an index-only scan (InterventionService.list) and only those rows are read.
-- Replaces intervention_lead_idx (lead_organizer_id, status): same leading column, and nothing filters an organizer's
-- interventions by status through it that this index does not serve as well.
CREATE INDEX intervention_lead_open_idx ON intervention (lead_organizer_id, closed_on) INCLUDE (id, status);
DROP INDEX intervention_lead_idx;
ALTER INDEX intervention_lead_open_idx RENAME TO intervention_lead_idx;
