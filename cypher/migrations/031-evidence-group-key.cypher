// migrations/031-evidence-group-key
// The reports of a group of invitations or visits, read whole whenever one comes or goes.
CREATE INDEX evidence_group_key IF NOT EXISTS FOR (e:Evidence) ON (e.groupKey)
