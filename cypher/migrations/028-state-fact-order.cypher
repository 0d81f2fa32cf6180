// migrations/028-state-fact-order
// One state's facts of a type on one side, with its people's, in time order (see
// write-state-entries): find-facts reads a page of them from the top of this index.
CREATE RANGE INDEX state_fact_order IF NOT EXISTS FOR (s:StateFact) ON (s.state, s.side, s.type, s.sortKey, s.factId)
