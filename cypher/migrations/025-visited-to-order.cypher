// migrations/025-visited-to-order
// One actor's VISITED facts as the end node, in time order (fact lists' order): find-actor-facts
// reads a page of them from the top of this index, however many the actor has.
CREATE RANGE INDEX visited_to_order IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.toKey, r.sortKey, r.id)
