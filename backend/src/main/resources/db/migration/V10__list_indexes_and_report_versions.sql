-- Maillon V10: indexes for the lists people page through most, found by the load mix (bench/LoadMix.java) with
-- EXPLAIN ANALYZE on the province-scale data set (bench/README.md, "Load mix").

-- Requests of a territory, newest first (GET /api/v1/requests?territory=…, the default sort -receivedOn then id):
-- the page is the first rows of this index instead of every request of the territory sorted (~900 per territory
-- in ten years at province scale: 12 ms → a fraction of a millisecond).
CREATE INDEX service_request_territory_idx ON service_request (establishment_code, territory_code, received_on DESC, id DESC);

-- Interventions of a territory, most recently opened first (GET /api/v1/interventions?territory=…): before, a
-- bitmap scan of every intervention of the establishment (~4,500) filtered and sorted for each page.
CREATE INDEX intervention_territory_idx ON intervention (establishment_code, territory_code, opened_on DESC, id DESC);
