package org.gide.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The one security filter chain: CSRF on every form (Spring Security's default, kept), strict headers on every
 * response, access rules contributed by each module, and authentication required for anything undeclared.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityConfiguration.ContentSecurityPolicyProperties.class)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<SecurityContribution> contributions,
			ContentSecurityPolicyProperties csp, MetricsAccess metrics) throws Exception {
		http.headers(headers -> headers
			.contentSecurityPolicy(policy -> policy.policyDirectives(csp.policy()))
			.contentTypeOptions(options -> {
			})
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), payment=(), geolocation=(self)"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		http.authorizeHttpRequests(routes -> {
			routes.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
			routes.requestMatchers("/", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/robots.txt")
				.permitAll();
			routes.requestMatchers("/mentions-legales", "/accessibilite", "/donnees-personnelles", "/plan-du-site")
				.permitAll();
			routes.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
			if (metrics.isPublic()) {
				routes.requestMatchers("/actuator/prometheus").permitAll();
			}
			routes.requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN");
			routes.requestMatchers("/error", "/error/**").permitAll();
			contributions.forEach(contribution -> contribution.authorize(routes));
			routes.anyRequest().authenticated();
		});
		http.exceptionHandling(exceptions -> exceptions.accessDeniedPage("/error/403"));
		for (SecurityContribution contribution : contributions) {
			contribution.configure(http);
		}
		return http.build();
	}

	@Bean
	MetricsAccess metricsAccess(org.springframework.core.env.Environment environment) {
		return new MetricsAccess(environment.getProperty("gide.metrics.public", Boolean.class, false));
	}

	record MetricsAccess(boolean isPublic) {
	}

	/**
	 * The Content-Security-Policy: no inline script or style anywhere; map tiles may add their host to img-src.
	 */
	@ConfigurationProperties("gide.security.csp")
	record ContentSecurityPolicyProperties(List<String> extraImgSrc) {

		String policy() {
			String images = "'self' data:" + (extraImgSrc == null ? "" : " " + String.join(" ", extraImgSrc));
			return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images
					+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
					+ "frame-ancestors 'none'";
		}

	}

}
