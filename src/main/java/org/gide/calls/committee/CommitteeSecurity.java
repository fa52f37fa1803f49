package org.gide.calls.committee;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Access rules of the committee's routes, declared early so that broader rules of the other parts of the module
 * cannot open them. Object-level rights (assigned dossiers after the deadline, conflicts, applicants of a dossier)
 * are checked by {@link Committee}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 140)
class CommitteeSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/agent/themes-directions", "/agent/appels/*/comite", "/agent/appels/*/comite/**",
				"/agent/appels/*/auditions", "/agent/appels/*/auditions/**", "/agent/appels/*/deliberation",
				"/agent/appels/*/deliberation/**")
			.hasAnyRole("AGENT", "ADMIN");
		routes.requestMatchers("/comite", "/comite/**").hasAnyRole("AGENT", "ADMIN", "REVIEWER");
		routes.requestMatchers("/dossiers/*/messages").authenticated();
	}

}
