// migrations/026-stated-from-order
// One actor's STATED facts as the start node, in time order (fact lists' order): find-actor-facts
// reads a page of them from the top of this index, however many the actor has.
CREATE RANGE INDEX stated_from_order IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.fromKey, r.sortKey, r.id)
