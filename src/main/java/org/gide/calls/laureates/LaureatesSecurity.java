package org.gide.calls.laureates;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Access rules of the laureates' pages: the list, the follow-up pages and published files are public; posting
 * deliverables and the retour d'expérience needs an account, and the controller then checks that it administers a
 * co-author of the dossier (or is an agent).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 150)
class LaureatesSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/laureats/*/livrables/**", "/laureats/*/retour").authenticated();
		routes.requestMatchers(HttpMethod.GET, "/laureats", "/laureats/*", "/livrables/*/fichier").permitAll();
	}

}
