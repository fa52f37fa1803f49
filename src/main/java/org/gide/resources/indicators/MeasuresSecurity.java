package org.gide.resources.indicators;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * The resource centre's indicators and the editorial committee's meetings are for the committee: editors, agents of
 * the Mission ESS and administrators (docs/resources.md § 4).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 252)
class MeasuresSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/agent/indicateurs/ressources", "/agent/indicateurs/ressources.csv",
				"/comite-editorial/reunions")
			.hasAnyRole("EDITOR", "AGENT", "ADMIN");
	}

}
