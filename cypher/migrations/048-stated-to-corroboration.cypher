// migrations/048-stated-to-corroboration
// A node's STATED facts as the end node, most corroborated first: paths-expand reads a
// key's top facts from the top of this index backwards and stops at its fan-out, however
// many facts the key has.
CREATE RANGE INDEX stated_to_corroboration IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.toKey, r.sourceCount, r.id)
