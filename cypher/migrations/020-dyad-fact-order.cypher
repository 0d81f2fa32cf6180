// migrations/020-dyad-fact-order
// A state pair's facts in time order (see write-state-entries): bilateral-facts seeks the pair
// and reads its page in index order and its counts by kind and year from the index alone.
CREATE RANGE INDEX dyad_fact_order IF NOT EXISTS FOR (d:DyadFact) ON (d.dyad, d.sortKey, d.factId, d.type)
