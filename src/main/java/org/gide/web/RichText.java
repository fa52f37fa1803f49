package org.gide.web;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text written by users (descriptions of calls and dossiers, articles): what the forms' editors may produce,
 * kept to an allow-list before it is stored, so that a page can print it unescaped ({@code th:utext}) safely.
 * Allowed: paragraphs, divisions and line breaks, headings, emphasis, lists, block quotes, tables, and links to http(s)
 * or mailto addresses (given {@code rel="nofollow noopener"}). Everything else — scripts, styles, event handlers,
 * images, iframes, forms — is removed; the text inside removed elements is kept.
 */
public final class RichText {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "noopener")
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());

	private RichText() {
	}

	/** The allowed part of {@code html}; empty for null or blank input. */
	public static String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		return POLICY.sanitize(html).strip();
	}

	/** The text of sanitized HTML without its tags (for summaries, search and CSV exports). */
	public static String plainText(String html) {
		if (html == null) {
			return "";
		}
		return org.owasp.html.Encoding.decodeHtml(html.replaceAll("<[^>]*>", " "), false).replaceAll("\\s+", " ").strip();
	}

}
