// migrations/035-invited-order
// Every INVITED fact in time order (fact lists' order, undated last as sortKey '~'): a list with no
// actor or state (find-all-invitations) reads its page from the seek of its time range, in index
// order, and stops there, however many facts the graph holds.
CREATE RANGE INDEX invited_order IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.sortKey, r.id)
