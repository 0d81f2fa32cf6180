// get-articles
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, properties(a) AS article
