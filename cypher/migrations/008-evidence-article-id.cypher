// migrations/008-evidence-article-id
CREATE INDEX evidence_article_id IF NOT EXISTS FOR (e:Evidence) ON (e.articleId)
