package org.gide.agenda.reports;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Part D of the agenda: a meeting's report needs a signed-in person (the controller answers 404 to those who do not
 * manage the meeting); the agenda's indicators are for agents of the Mission ESS and administrators.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 304)
class AgendaReportsSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/agenda/evenements/*/compte-rendu").authenticated();
		routes.requestMatchers("/agent/indicateurs/agenda", "/agent/indicateurs/agenda.csv")
			.hasAnyRole("AGENT", "ADMIN");
	}

}
