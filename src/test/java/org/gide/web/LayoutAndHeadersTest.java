package org.gide.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutAndHeadersTest extends IntegrationTest {

	@Test
	void homePageIsFrenchWithSkipLinkLandmarksAndLegalLinks() {
		HttpResponse<String> home = web().get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"fr\"", "href=\"#contenu\"", "<main id=\"contenu\"",
				"/mentions-legales", "/accessibilite", "/donnees-personnelles", "Navigation principale");
	}

	@Test
	void everyResponseCarriesStrictSecurityHeaders() {
		for (String path : new String[] { "/", "/css/gide.css", "/page-qui-n-existe-pas", "/actuator/health" }) {
			HttpResponse<String> response = web().get(path);
			var headers = response.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'",
						"object-src 'none'").doesNotContain("unsafe-inline"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
			assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
		}
	}

	@Test
	void readingTheResourceCentreSetsNoCookieForAnonymousVisitors() {
		for (String path : new String[] { "/ressources", "/ressources/articles", "/ressources?q=economie" }) {
			HttpResponse<String> response = web().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path + " sets no session cookie").isEmpty();
		}
	}

	@Test
	void pagesHaveNoInlineScript() {
		String body = web().get("/").body();
		assertThat(body).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		assertThat(body).doesNotContain("onclick=", "onload=", "style=\"");
	}

	@Test
	void englishIsAvailableOnRequestAndRemembered() {
		var client = web();
		assertThat(client.get("/?lang=en").body()).contains("<html lang=\"en\"", "Skip to content");
		assertThat(client.get("/").body()).contains("Skip to content");
	}

	@Test
	void unknownPageGivesAFrench404WithoutInternals() {
		var client = web();
		// Signed-out visitors of an unknown address are asked to sign in; the public error page itself is French.
		HttpResponse<String> page = client.get("/error/404");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page introuvable").doesNotContain("Exception", "at org.");
	}

	@Test
	void healthIsPublicAndMetricsAreNot() {
		assertThat(web().get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(web().get("/actuator/prometheus").statusCode()).isIn(302, 401, 403);
	}

}
