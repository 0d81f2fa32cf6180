// list-corrections
// The analysts' corrections, latest first.
MATCH (c:Correction)
WITH c ORDER BY c.at DESC, c.id DESC
LIMIT $first
RETURN properties(c) AS correction
