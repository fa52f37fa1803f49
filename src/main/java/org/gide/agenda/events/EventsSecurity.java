package org.gide.agenda.events;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Access rules of the events' pages (docs/agenda.md § 3, rows A): proposing, one's events, editing, publishing and
 * cancelling need a signed-in account ({@link EventManagers} then decides, 404 otherwise); the page of an event
 * is public (drafts answer 404 to all but their managers).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 300)
class EventsSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/agenda/proposer", "/agenda/mes-evenements", "/agenda/evenements/*/modifier",
				"/agenda/evenements/*/publier", "/agenda/evenements/*/annuler")
			.authenticated();
		routes.requestMatchers(HttpMethod.GET, "/agenda/evenements/{id:\\d+}", "/agenda/evenements/{id:\\d+}-{slug:[a-z0-9-]+}")
			.permitAll();
	}

}
