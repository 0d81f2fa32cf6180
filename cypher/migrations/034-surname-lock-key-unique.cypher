// migrations/034-surname-lock-key-unique
// One lock node per surname key, MERGEd by concurrent batches (lock-surnames).
CREATE CONSTRAINT surname_lock_key_unique IF NOT EXISTS FOR (l:SurnameLock) REQUIRE l.key IS UNIQUE
