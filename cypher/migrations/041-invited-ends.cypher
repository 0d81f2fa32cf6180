// migrations/041-invited-ends
// The INVITED facts between two given nodes: paths-expand finds every step joining its two
// searches' frontiers with one seek per pair, whatever the nodes' degrees.
CREATE RANGE INDEX invited_ends IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.fromKey, r.toKey)
