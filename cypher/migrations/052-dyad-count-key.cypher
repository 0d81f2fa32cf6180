// migrations/052-dyad-count-key
// One counter per (state pair, year, fact type), MERGEd by concurrent writes
// (write-state-entries) and sought by bilateral-facts for whole years.
CREATE CONSTRAINT dyad_count_key IF NOT EXISTS FOR (c:DyadCount) REQUIRE (c.dyad, c.year, c.type) IS UNIQUE
