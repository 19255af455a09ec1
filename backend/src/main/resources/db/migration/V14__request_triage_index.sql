-- The triage queue (GET /requests?status=RECEIVED,UNDER_ANALYSIS&sort=priority, a manager's first screen) read every
-- open request of the establishment (~300 at province scale, plus an index entry left behind by each status change
-- until vacuum) and sorted them: 4 ms, the costliest statement of the load mix (bench/README.md, "Load mix"). This
-- index holds the open requests only, in the queue's order (priority level, score, received date, id: the same
-- expressions as ServiceRequestService's sort), so the first page is its first entries. PostgreSQL uses it when the
-- statuses asked for are among these two (the planner checks the literal values).
CREATE INDEX service_request_triage_idx ON service_request (establishment_code,
    (CASE WHEN priority_level = 'HIGH' THEN 3 WHEN priority_level = 'MEDIUM' THEN 2 WHEN priority_level = 'LOW' THEN 1 ELSE 0 END) DESC,
    (COALESCE(priority_score, -1)) DESC, received_on, id)
    WHERE status IN ('RECEIVED', 'UNDER_ANALYSIS');
