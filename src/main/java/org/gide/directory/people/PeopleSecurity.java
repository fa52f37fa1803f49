package org.gide.directory.people;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Access rules of claims, editing, history, proposals and their moderation. Declared before the other directory
 * rules so that a broad public rule on {@code /annuaire/**} cannot open these; per-organisation rights (its
 * administrators) are then checked by the controllers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class PeopleSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/annuaire/*/historique", "/annuaire/*/logo").permitAll();
		routes.requestMatchers("/annuaire/proposer", "/annuaire/proposer/merci", "/annuaire/revendication/confirmer")
			.permitAll();
		routes.requestMatchers("/annuaire/*/revendiquer", "/annuaire/*/revendiquer/**", "/annuaire/*/modifier",
				"/annuaire/*/administrateurs", "/annuaire/*/administrateurs/**")
			.authenticated();
		routes.requestMatchers("/admin/annuaire/revendications", "/admin/annuaire/revendications/**",
				"/admin/annuaire/propositions", "/admin/annuaire/propositions/**")
			.hasAnyRole("AGENT", "ADMIN");
	}

}
