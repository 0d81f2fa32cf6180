// migrations/042-visited-ends
// The VISITED facts between two given nodes: paths-expand finds every step joining its two
// searches' frontiers with one seek per pair, whatever the nodes' degrees.
CREATE RANGE INDEX visited_ends IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.fromKey, r.toKey)
