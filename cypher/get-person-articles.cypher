// get-person-articles
// Which of these articles mention the person.
UNWIND $articles AS aid
MATCH (a:Article {id: aid})-[:MENTIONS]->(:Person {id: $person})
RETURN DISTINCT a.id AS articleId
