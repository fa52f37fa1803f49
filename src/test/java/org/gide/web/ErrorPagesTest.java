package org.gide.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.gide.support.IntegrationTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure deep inside a request gives the French 500 page, never a stack trace. */
@Import(ErrorPagesTest.Failing.class)
class ErrorPagesTest extends IntegrationTest {

	@Test
	void anUnexpectedFailureShowsTheFrench500PageWithoutInternals() {
		HttpResponse<String> page = web().get("/test-echec");
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Erreur du serveur", "<html lang=\"fr\"")
			.doesNotContain("IllegalStateException", "secret interne", "at org.gide", "Whitelabel");
	}

	@Test
	void theSameFailureInEnglishShowsTheEnglishPage() {
		HttpResponse<String> page = web().get("/test-echec?lang=en");
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Server error").doesNotContain("secret interne");
	}

	@Test
	void aJsonClientGetsAnErrorWithoutInternalsEither() {
		HttpResponse<String> page = web().get("/test-echec", "application/json");
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).doesNotContain("secret interne", "IllegalStateException", "trace");
	}

	@Test
	void unknownAddressesGiveTheFrench404() {
		HttpResponse<String> page = web().get("/error/404");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page introuvable");
	}

	@TestConfiguration
	static class Failing {

		@RestController
		static class FailingController {

			@GetMapping("/test-echec")
			String fail() {
				throw new IllegalStateException("secret interne");
			}

		}

		@org.springframework.context.annotation.Bean
		SecurityContribution failingRoute() {
			return new SecurityContribution() {
				@Override
				public void authorize(
						AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
					routes.requestMatchers("/test-echec").permitAll();
				}
			};
		}

	}

}
