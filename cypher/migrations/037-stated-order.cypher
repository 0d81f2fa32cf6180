// migrations/037-stated-order
// Every STATED fact in time order (fact lists' order, undated last as sortKey '~'): a list with no
// actor or state (find-all-statements) reads its page from the seek of its time range, in index
// order, and stops there, however many facts the graph holds.
CREATE RANGE INDEX stated_order IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.sortKey, r.id)
