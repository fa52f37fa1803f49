package org.gide.agenda.calendar;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The public calendar pages and feeds (part C): exactly its own routes, GET and HEAD, never {@code /agenda/**}
 * (the other parts have protected routes under {@code /agenda/}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 310)
class CalendarSecurity implements org.gide.web.SecurityContribution {

	static final String[] ROUTES = { "/agenda", "/agenda.ics",
			"/agenda/{kind:formations|rencontres-territoriales|ateliers-appels|sensibilisation|permanences}",
			"/agenda/mois/{month:\\d{4}-\\d{2}}", "/agenda/evenements/{id:\\d+}.ics", "/programme-formation",
			"/programme-formation.pdf" };

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, ROUTES).permitAll();
		routes.requestMatchers(HttpMethod.HEAD, ROUTES).permitAll();
	}

}
