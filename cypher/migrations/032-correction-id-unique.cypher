// migrations/032-correction-id-unique
// An analyst's correction, found by id; also what the corrections are listed by.
CREATE CONSTRAINT correction_id_unique IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE
