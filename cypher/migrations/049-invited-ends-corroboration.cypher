// migrations/049-invited-ends-corroboration
// The INVITED facts between two given nodes: paths-expand finds every step joining its two
// searches' frontiers, most corroborated first, with one seek per pair stopped at a few,
// whatever the nodes' degrees or the facts between them.
CREATE RANGE INDEX invited_ends_corroboration IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.fromKey, r.toKey, r.sourceCount, r.id)
