// migrations/033-correction-log-id-unique
// The one node whose version every correction bumps: MERGEd by concurrent corrections, so unique.
CREATE CONSTRAINT correction_log_id_unique IF NOT EXISTS FOR (l:CorrectionLog) REQUIRE l.id IS UNIQUE
