// remove-article
// The article node itself, once its evidence and mentions are gone.
MATCH (a:Article {id: $articleId})
DETACH DELETE a
RETURN count(*) AS removed
