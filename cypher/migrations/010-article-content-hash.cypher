// migrations/010-article-content-hash
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)
