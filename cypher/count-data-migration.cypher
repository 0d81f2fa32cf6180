// count-data-migration
// Whether a data migration (graph/prepare.ts) was recorded as done: 1 or 0.
OPTIONAL MATCH (m:DataMigration {name: $name})
RETURN count(m) AS n
