package org.gide.calls.call;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/** Access rules of calls: the agents' pages for Mission ESS agents (and administrators); public pages for all. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class CallSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/agent/appels", "/agent/appels/nouveau", "/agent/appels/*/modifier",
				"/agent/appels/*/publier", "/agent/appels/*/cloturer", "/agent/appels/*/criteres",
				"/agent/appels/*/criteres/**", "/agent/appels/*/documents", "/agent/appels/*/documents/**",
				"/agent/appels/*/ateliers", "/agent/appels/*/ateliers/**")
			.hasAnyRole("AGENT", "ADMIN");
		routes.requestMatchers(HttpMethod.GET, "/appels", "/appels/*", "/appels/*/documents/*").permitAll();
	}

}
