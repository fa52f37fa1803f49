package org.gide.resources.feeds;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Following the resource centre is public: the feeds (GET), and the digest's subscription, confirmation,
 * unsubscribe and undo pages (GET and POST, with CSRF like every form). Declared after the reading part's rules.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 261)
class FollowingSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/flux/**").permitAll();
		routes.requestMatchers(HttpMethod.GET, "/ressources/lettre", "/ressources/lettre/**").permitAll();
		routes.requestMatchers(HttpMethod.POST, "/ressources/lettre", "/ressources/lettre/**").permitAll();
	}

}
