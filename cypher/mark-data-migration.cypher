// mark-data-migration
// Records that a data migration (a backfill of derived data, see graph/prepare.ts) has
// completed, so later starts skip it.
MERGE (m:DataMigration {name: $name})
  ON CREATE SET m.completedAt = $now
