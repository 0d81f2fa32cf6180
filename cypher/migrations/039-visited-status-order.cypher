// migrations/039-visited-status-order
// VISITED facts of one status in time order: find-all-visits with a status filter seeks each asked
// status's time range here, so a rare status costs its page, not a scan of the range.
CREATE RANGE INDEX visited_status_order IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.status, r.sortKey, r.id)
