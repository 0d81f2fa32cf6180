// backfill-evidence-groups
// Gives the evidence of invitations and visits written before groups existed its groupKey,
// from the fact it supports ('' when that fact is gone, so it is not picked again), a chunk
// at a time; returns how many it gave one. Evidence written since carries it already.
MATCH (e:Evidence)
WHERE e.kind IN ['INVITED', 'VISITED'] AND e.groupKey IS NULL
WITH e LIMIT $limit
WITH e, CASE e.kind
          WHEN 'VISITED' THEN COLLECT { MATCH ()-[r:VISITED {id: e.factId}]->() RETURN 'vis|' + r.fromKey + '|' + r.toKey }
          ELSE COLLECT { MATCH ()-[r:INVITED {id: e.factId}]->() RETURN 'inv|' + r.fromKey + '|' + r.toKey }
        END AS keys
SET e.groupKey = coalesce(keys[0], '')
RETURN count(e) AS updated
