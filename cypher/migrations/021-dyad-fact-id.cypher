// migrations/021-dyad-fact-id
// A fact's dyad entries, found by its id when the fact or its endpoints' links change.
CREATE INDEX dyad_fact_id IF NOT EXISTS FOR (d:DyadFact) ON (d.factId)
