-- An organizer's co-organized interventions (their dashboard, GET /interventions?organizer=…&from=…, and the
-- organizer filter of the list) are read by organizer. The index held the organizer only, so each of the ~75 rows
-- of an organizer was a visit of the table's heap (~65 pages). With the intervention in the index too, the read is an
-- index-only scan.
DROP INDEX intervention_co_organizer_idx;
CREATE INDEX intervention_co_organizer_idx ON intervention_co_organizer (organizer_id, intervention_id);
