// migrations/036-visited-order
// Every VISITED fact in time order (fact lists' order, undated last as sortKey '~'): a list with no
// actor or state (find-all-visits) reads its page from the seek of its time range, in index
// order, and stops there, however many facts the graph holds.
CREATE RANGE INDEX visited_order IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.sortKey, r.id)
