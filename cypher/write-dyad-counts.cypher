// write-dyad-counts
// Creates the given counters ([dyad, year, type, n] rows, see get-dyad-counts) on a graph
// whose counters were just cleared (backfillDyadCounts).
UNWIND $rows AS row
CREATE (:DyadCount {dyad: row[0], year: row[1], type: row[2], n: row[3]})
