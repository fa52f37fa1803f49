package org.gide.calls.dossiers;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Access rules of the dossiers' routes: signed-in people only (who may see which dossier is decided by
 * {@link Dossiers}), the agents' export for agents. Declared early so that a broad public rule on {@code /appels/**}
 * cannot open the dossier forms.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class DossierSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/appels/*/dossiers/nouveau", "/dossiers", "/dossiers/**").authenticated();
		routes.requestMatchers("/agent/appels/*/dossiers.csv").hasAnyRole("AGENT", "ADMIN");
	}

}
