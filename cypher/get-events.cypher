// get-events
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, properties(e) AS event
