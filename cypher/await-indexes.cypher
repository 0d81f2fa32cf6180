// await-indexes
CALL db.awaitIndexes($timeoutSeconds)
