-- Maillon V4 (interventions, activities, concertations):
-- 1. Members and supporting organizers of a concertation are sub-resources changed with PUT and If-Match: they
--    need a version, like meetings and action-plan items already have.
-- 2. An intervention can be closed, re-opened and closed again: each closing transition keeps its own date and
--    bilan, so that re-opening never loses the previous one.
-- 3. Indexes for the lists: accent-insensitive search on titles and names, newest-opened interventions first.
ALTER TABLE concertation_member ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE concertation_organizer ADD COLUMN version bigint NOT NULL DEFAULT 0;

ALTER TABLE intervention_transition ADD COLUMN closed_on date;
ALTER TABLE intervention_transition ADD COLUMN closing_summary text;

CREATE INDEX intervention_search_idx ON intervention USING gin (search_key(title) gin_trgm_ops);
CREATE INDEX intervention_opened_idx ON intervention (establishment_code, opened_on DESC, id DESC);
CREATE INDEX concertation_search_idx ON concertation USING gin (search_key(name) gin_trgm_ops);
CREATE INDEX concertation_member_current_idx ON concertation_member (concertation_id, organization_id) WHERE left_on IS NULL;
