// migrations/045-visited-from-corroboration
// A node's VISITED facts as the start node, most corroborated first: paths-expand reads a
// key's top facts from the top of this index backwards and stops at its fan-out, however
// many facts the key has.
CREATE RANGE INDEX visited_from_corroboration IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.fromKey, r.sourceCount, r.id)
