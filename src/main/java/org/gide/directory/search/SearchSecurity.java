package org.gide.directory.search;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/** The search page, its exports, the search API and its documentation are public. */
@Component
class SearchSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/annuaire", "/annuaire/export.csv", "/annuaire/export.json",
				"/annuaire/export.geojson", "/api/organisations", "/api/organisations/facettes", "/api/docs", "/v3/api-docs.yaml",
				"/v3/api-docs", "/v3/api-docs/**")
			.permitAll();
	}

}
