package org.gide.agenda.series;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/** The series' forms need a signed-in person; who may manage which series is checked by {@link SeriesEditing}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 301)
class SeriesSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/agenda/series/nouvelle", "/agenda/series/*/modifier").authenticated();
	}

}
