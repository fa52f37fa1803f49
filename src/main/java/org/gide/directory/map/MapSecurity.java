package org.gide.directory.map;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/** The map, its API, the organisation pages and the observatory are public (read only). */
@Component
class MapSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/carte", "/api/carte/clusters", "/api/carte/communes",
				"/api/carte/contours", "/observatoire")
			.permitAll();
		// One organisation's page and JSON; the claim/edit/history pages below it are declared by their module.
		routes.requestMatchers(HttpMethod.GET, "/annuaire/{id:\\d+}", "/annuaire/{id:\\d+}-{slug}",
				"/api/organisations/{id:\\d+}")
			.permitAll();
	}

}
