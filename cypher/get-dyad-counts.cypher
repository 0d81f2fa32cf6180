// get-dyad-counts
// Every (pair, year, type) the pairs' :DyadFact entries hold, with how many: what
// backfillDyadCounts writes the :DyadCount counters from. One pass over the entries, read
// from the index alone; a graph has far fewer such groups than entries.
MATCH (d:DyadFact)
USING INDEX d:DyadFact(dyad, sortKey, factId, type)
WHERE d.dyad IS NOT NULL AND d.sortKey IS NOT NULL AND d.factId IS NOT NULL AND d.type IS NOT NULL
RETURN d.dyad AS dyad, left(d.sortKey, 4) AS year, d.type AS type, count(*) AS n
