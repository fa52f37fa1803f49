package org.gide.calls.needs;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Access rules of the needs and the partner finder: reading is public; posting, editing, closing, joining and
 * leaving need a signed-in account, and the services then check the per-organisation rights (administrators of the
 * posting or joining organisation, agents).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class NeedsSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/besoins/nouveau", "/besoins/*/modifier").authenticated();
		routes.requestMatchers(HttpMethod.POST, "/besoins/*/cloture", "/besoins/*/reouverture", "/besoins/*/rejoindre",
				"/besoins/*/quitter").authenticated();
		routes.requestMatchers(HttpMethod.GET, "/besoins", "/besoins/carte", "/besoins/*", "/partenaires").permitAll();
	}

}
