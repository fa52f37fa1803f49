package org.gide.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * What a module adds to the single security filter chain: the access rules of its own routes, and any other
 * configuration it owns (the accounts module brings the login form). Every route is declared by its module; what
 * no module declares needs an authenticated user.
 */
public interface SecurityContribution {

	/** Access rules of the module's routes. */
	default void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
	}

	/** Further configuration of the chain (login, logout…). */
	default void configure(HttpSecurity http) throws Exception {
	}

}
