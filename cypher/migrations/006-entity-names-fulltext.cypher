// migrations/006-entity-names-fulltext
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:State|Person|Event) ON EACH [n.name, n.aliases]
