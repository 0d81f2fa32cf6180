// migrations/024-visited-from-order
// One actor's VISITED facts as the start node, in time order (fact lists' order): find-actor-facts
// reads a page of them from the top of this index, however many the actor has.
CREATE RANGE INDEX visited_from_order IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.fromKey, r.sortKey, r.id)
