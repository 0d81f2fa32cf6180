// migrations/038-invited-status-order
// INVITED facts of one status in time order: find-all-invitations with a status filter seeks each asked
// status's time range here, so a rare status costs its page, not a scan of the range.
CREATE RANGE INDEX invited_status_order IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.status, r.sortKey, r.id)
