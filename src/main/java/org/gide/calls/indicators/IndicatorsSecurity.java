package org.gide.calls.indicators;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/** The indicators of the appels à commun(s) are for the Mission ESS (agents) and the platform's administrators. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 150)
class IndicatorsSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/agent/indicateurs/appels", "/agent/indicateurs/appels.csv")
			.hasAnyRole("AGENT", "ADMIN");
	}

}
