// lock-surnames
// Serialises the late-merge check of batches that bring a new full name or a bare surname
// with these surname keys: each batch locks the keys (one :SurnameLock node per key) before
// it looks for bare nodes to merge, so of two concurrent batches, one with "Putin" and one
// with the first "Vladimir Putin", the second to get the lock sees the first's people.
UNWIND $keys AS key
MERGE (l:SurnameLock {key: key})
SET l._lock = true
REMOVE l._lock
RETURN count(*) AS locked
