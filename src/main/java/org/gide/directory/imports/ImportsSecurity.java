package org.gide.directory.imports;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/** Imports and duplicates are for the Mission ESS (agents) and administrators. */
@Component
class ImportsSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/admin/annuaire/imports", "/admin/annuaire/imports/**", "/admin/annuaire/doublons",
				"/admin/annuaire/doublons/**")
			.hasAnyRole("AGENT", "ADMIN");
	}

}
