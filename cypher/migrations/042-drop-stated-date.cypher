// migrations/042-drop-stated-date
// stated_date, on the date alone, served the time-range lists before stated_order, which also
// gives their order; nothing reads it now, and every write would keep it for nothing. Its
// CREATE migration is gone (every migration runs at every start), so graphs made before
// lose it here and newer ones never have it.
DROP INDEX stated_date IF EXISTS
