// count-states
MATCH (s:State)
RETURN count(s) AS total
