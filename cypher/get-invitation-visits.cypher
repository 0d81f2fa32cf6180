// get-invitation-visits
// For each invitation, the visit it led to when the graph holds one ("did they come?"): a
// visit by the invitee to the inviter's side (the inviter when a state, else the states the
// inviter acts for) or to its occasion's host. With an occasion, the visit names it or its
// date fits the occasion's (2015-05 fits 2015-05-09); without, the visit is dated and not
// before the invitation (its date, else its first report). The earliest such visit; its
// status says whether it happened, was cancelled or is still to come.
UNWIND $ids AS id
MATCH (a)-[i:INVITED {id: id}]->(b)
OPTIONAL MATCH (ev:Event {id: i.eventId})
WITH id, i, b, ev,
     CASE WHEN a:State THEN [a.code] ELSE [(a)-[:REPRESENTS]->(s:State) | s.code] END
       + CASE WHEN ev IS NULL OR ev.place IS NULL THEN [] ELSE [ev.place] END AS places,
     coalesce(i.date, i.firstReported) AS since
CALL (b, ev, places, since) {
  MATCH (b)-[v:VISITED]->(s:State)
  WHERE s.code IN places
    AND CASE WHEN ev IS NOT NULL
          THEN v.eventId = ev.id
               OR (ev.date IS NOT NULL AND v.date IS NOT NULL
                   AND (v.date = ev.date OR v.date STARTS WITH ev.date + '-' OR ev.date STARTS WITH v.date + '-'))
          ELSE v.date IS NOT NULL AND (since IS NULL OR v.date >= left(since, size(v.date)))
        END
  RETURN v, s
  ORDER BY v.sortKey, v.id
  LIMIT 1
}
RETURN id,
       {type: type(v), props: properties(v),
        from: {labels: labels(b), props: properties(b)},
        to: {labels: labels(s), props: properties(s)}} AS visit
