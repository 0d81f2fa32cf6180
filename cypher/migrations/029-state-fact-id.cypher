// migrations/029-state-fact-id
// A fact's state entries, found by its id when the fact or its endpoints' links change.
CREATE INDEX state_fact_id IF NOT EXISTS FOR (s:StateFact) ON (s.factId)
