package org.gide.territory.internal;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/** Public reference pages and API; territory editing for the Mission ESS (agents) and administrators. */
@Component
class TerritorySecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/communes", "/communes/**", "/territoires", "/territoires/**",
				"/api/communes")
			.permitAll();
		routes.requestMatchers("/admin/territoires", "/admin/territoires/**").hasAnyRole("AGENT", "ADMIN");
	}

}
