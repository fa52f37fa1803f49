package org.gide.agenda.registrations;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Registering, confirming and cancelling are public (a name and an email suffice; the manage link is the key);
 * the participants' list, its CSV, attendance and promotion need a signed-in organiser (others get 404 from the
 * controller).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 302)
class EventRegistrationSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/agenda/evenements/*/inscription", "/agenda/inscriptions/**")
			.permitAll();
		routes.requestMatchers(HttpMethod.POST, "/agenda/evenements/*/inscription", "/agenda/inscriptions/**")
			.permitAll();
		routes.requestMatchers("/agenda/evenements/*/participants", "/agenda/evenements/*/participants.csv",
				"/agenda/evenements/*/presences", "/agenda/evenements/*/participants/*/promotion")
			.authenticated();
	}

}
