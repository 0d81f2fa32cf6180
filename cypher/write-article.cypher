// write-article
// Create the article node, or find it and say whether its content or extractor changed.
// Created or changed: the stored properties become $props and the article is stamped with
// this write's revision ($created for a new article, $updated for a changed one), which the
// planned statements of the same transaction require before they write anything. ingestedAt
// stays that of the first ingest; a change stamps updatedAt. Unchanged: nothing is written.
CYPHER replan=skip
MERGE (a:Article {id: $id})
  ON CREATE SET a.ingestedAt = $now
WITH a, a.contentHash IS NULL AS created
WITH a, created, created OR coalesce(a.contentHash <> $props.contentHash OR a.extractor <> $props.extractor, true) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET a += $props)
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | SET a.revision = $created)
FOREACH (_ IN CASE WHEN changed AND NOT created THEN [1] ELSE [] END | SET a.updatedAt = $now, a.revision = $updated)
RETURN created, changed
