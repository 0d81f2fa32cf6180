// migrations/027-stated-to-order
// One actor's STATED facts as the end node, in time order (fact lists' order): find-actor-facts
// reads a page of them from the top of this index, however many the actor has.
CREATE RANGE INDEX stated_to_order IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.toKey, r.sortKey, r.id)
