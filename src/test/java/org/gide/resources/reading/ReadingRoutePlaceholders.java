package org.gide.resources.reading;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Placeholders of the reading routes in {@code route-access.tsv}: a published article (created once with SQL; the
 * item page reads the database, not the index). {@code resourceArticle} is its id, its slug is
 * {@code article-temoin-des-routes}.
 */
public final class ReadingRoutePlaceholders {

	private ReadingRoutePlaceholders() {
	}

	public static Map<String, String> values(JdbcTemplate jdbc) {
		String title = "Article témoin des routes";
		jdbc.update("insert into resource_item (type, state, slug, title, summary, body, licence, created_by_label, "
				+ "created_at, updated_at, published_at, last_published_at, article_kind, author_names) "
				+ "select 'ARTICLE', 'PUBLISHED', 'article-temoin-des-routes', ?, 'Un article pour vérifier les accès.', "
				+ "'<p>Corps de l’article témoin.</p>', 'CC_BY_SA', 'Test', now(), now(), now(), now(), 'SOCIAL', "
				+ "'A. Martin' where not exists (select 1 from resource_item where title = ?)", title, title);
		return Map.of("resourceArticle",
				jdbc.queryForObject("select min(id) from resource_item where title = ?", String.class, title));
	}

}
