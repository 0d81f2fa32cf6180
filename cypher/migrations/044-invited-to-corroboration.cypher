// migrations/044-invited-to-corroboration
// A node's INVITED facts as the end node, most corroborated first: paths-expand reads a
// key's top facts from the top of this index backwards and stops at its fan-out, however
// many facts the key has.
CREATE RANGE INDEX invited_to_corroboration IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.toKey, r.sourceCount, r.id)
