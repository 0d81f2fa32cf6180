// write-articles
// Create each article node of a batch, or find it and say whether its content or extractor
// changed. Created or changed: the stored properties become row.props (the planned writes
// of the same transaction follow for these articles only). ingestedAt stays that of the
// first ingest; a change stamps updatedAt. Unchanged: nothing is written. Rows are sorted by
// id, so concurrent batches lock articles in the same order.
CYPHER replan=skip
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.ingestedAt = $now
WITH a, row, a.contentHash IS NULL AS created
WITH a, row, created, created OR coalesce(a.contentHash <> row.props.contentHash OR a.extractor <> row.props.extractor, true) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET a += row.props)
FOREACH (_ IN CASE WHEN changed AND NOT created THEN [1] ELSE [] END | SET a.updatedAt = $now)
RETURN row.id AS id, created, changed
