// migrations/047-stated-from-corroboration
// A node's STATED facts as the start node, most corroborated first: paths-expand reads a
// key's top facts from the top of this index backwards and stops at its fan-out, however
// many facts the key has.
CREATE RANGE INDEX stated_from_corroboration IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.fromKey, r.sourceCount, r.id)
