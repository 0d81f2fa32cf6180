// migrations/040-drop-invited-date
// invited_date, on the date alone, served the time-range lists before invited_order, which also
// gives their order; nothing reads it now, and every write would keep it for nothing. Its
// CREATE migration is gone (every migration runs at every start), so graphs made before
// lose it here and newer ones never have it.
DROP INDEX invited_date IF EXISTS
