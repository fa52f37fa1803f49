package org.gide.resources.workflow;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.gide.web.SecurityContribution;

/**
 * Access rules of the editorial workflow: the committee's queue and actions (and part E's meetings under the same
 * prefix) need EDITOR, AGENT or ADMIN; a contribution's workspace needs an account, and {@link WorkflowController}
 * then answers 404 unless the account administers one of the item's organisations or sits on the committee.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 251)
class WorkflowSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/comite-editorial", "/comite-editorial/**").hasAnyRole("EDITOR", "AGENT", "ADMIN");
		routes.requestMatchers("/ressources/contributions/**").authenticated();
	}

}
