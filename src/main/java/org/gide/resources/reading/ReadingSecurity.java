package org.gide.resources.reading;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * The resource centre's public reading: search, listings and item pages are open to everyone (GET). The
 * authenticated rules of authoring and workflow ({@code /ressources/proposer}, {@code /ressources/contributions/**}…)
 * are declared earlier by their parts; an unpublished item's page is a 404 unless the controller finds the visitor
 * may work on it (preview).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 260)
class ReadingSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/ressources", "/ressources/**").permitAll();
	}

}
