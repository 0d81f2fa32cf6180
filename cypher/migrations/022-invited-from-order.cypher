// migrations/022-invited-from-order
// One actor's INVITED facts as the start node, in time order (fact lists' order): find-actor-facts
// reads a page of them from the top of this index, however many the actor has.
CREATE RANGE INDEX invited_from_order IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.fromKey, r.sortKey, r.id)
