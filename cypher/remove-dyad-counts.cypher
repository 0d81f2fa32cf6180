// remove-dyad-counts
// Deletes up to $limit :DyadCount counters (backfillDyadCounts clears them all, a chunk per
// transaction, before writing them again from the entries); returns how many.
MATCH (c:DyadCount)
WITH c LIMIT $limit
DELETE c
RETURN count(*) AS removed
