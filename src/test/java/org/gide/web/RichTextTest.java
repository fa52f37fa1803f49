package org.gide.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

	@Test
	void keepsFormattingListsTablesAndSafeLinks() {
		String html = "<h2>Objectifs</h2><p>Un <strong>commun</strong> et <em>trois</em> structures :</p>"
				+ "<ul><li>diagnostic</li></ul><table><tbody><tr><td>1</td></tr></tbody></table>"
				+ "<p><a href=\"https://www.gard.fr/ess\">gard.fr</a></p>";
		String clean = RichText.sanitize(html);
		assertThat(clean).contains("<h2>Objectifs</h2>", "<strong>commun</strong>", "<em>trois</em>",
				"<li>diagnostic</li>", "<td>1</td>", "href=\"https://www.gard.fr/ess\"", "rel=\"nofollow noopener\"");
	}

	@Test
	void removesScriptsHandlersStylesAndDangerousUrls() {
		String clean = RichText.sanitize("<p onclick=\"steal()\" style=\"color:red\">Texte<script>alert(1)</script>"
				+ "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">lien</a><iframe src=\"https://x\"></iframe></p>");
		assertThat(clean).doesNotContain("onclick", "style", "script", "alert", "img", "javascript", "iframe")
			.contains("Texte", "lien");
	}

	@Test
	void plainTextDropsTagsAndDecodesEntities() {
		assertThat(RichText.plainText("<p>Cr&egrave;che &amp; <strong>jardin</strong></p><p>partagé</p>"))
			.isEqualTo("Crèche & jardin partagé");
		assertThat(RichText.sanitize(null)).isEmpty();
		assertThat(RichText.sanitize("  ")).isEmpty();
	}

}
