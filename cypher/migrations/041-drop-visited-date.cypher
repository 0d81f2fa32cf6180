// migrations/041-drop-visited-date
// visited_date, on the date alone, served the time-range lists before visited_order, which also
// gives their order; nothing reads it now, and every write would keep it for nothing. Its
// CREATE migration is gone (every migration runs at every start), so graphs made before
// lose it here and newer ones never have it.
DROP INDEX visited_date IF EXISTS
