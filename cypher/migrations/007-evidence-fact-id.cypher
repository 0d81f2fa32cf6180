// migrations/007-evidence-fact-id
CREATE INDEX evidence_fact_id IF NOT EXISTS FOR (e:Evidence) ON (e.factId)
