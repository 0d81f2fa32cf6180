// migrations/023-invited-to-order
// One actor's INVITED facts as the end node, in time order (fact lists' order): find-actor-facts
// reads a page of them from the top of this index, however many the actor has.
CREATE RANGE INDEX invited_to_order IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.toKey, r.sortKey, r.id)
