// migrations/043-stated-ends
// The STATED facts between two given nodes: paths-expand finds every step joining its two
// searches' frontiers with one seek per pair, whatever the nodes' degrees.
CREATE RANGE INDEX stated_ends IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.fromKey, r.toKey)
