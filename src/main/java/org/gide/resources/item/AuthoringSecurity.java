package org.gide.resources.item;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Access rules of authoring (docs/resources.md § 4): proposing, one's contributions and editing need a signed-in
 * account, and {@link ResourceItems} then checks who may work on which item (404 otherwise). The files of
 * resources are public here; {@link ResourceAttachments#download} serves a draft's file to its authors only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 250)
class AuthoringSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/ressources/proposer", "/ressources/mes-contributions", "/ressources/contributions/**")
			.authenticated();
		routes.requestMatchers(HttpMethod.GET, "/ressources/pieces/*").permitAll();
	}

}
