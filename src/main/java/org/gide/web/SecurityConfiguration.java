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
			ContentSecurityPolicyProperties csp, MetricsAccess metrics,
			org.springframework.core.env.Environment environment) throws Exception {
		String tiles = ContentSecurityPolicyProperties.origin(environment.getProperty("gide.map.tiles.url", ""));
		http.headers(headers -> headers
			.contentSecurityPolicy(policy -> policy.policyDirectives(csp.policy(tiles)))
			.contentTypeOptions(options -> {
			})
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), payment=(), geolocation=(self)"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		http.authorizeHttpRequests(routes -> {
			routes.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
			routes.requestMatchers("/", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/robots.txt",
					"/sitemap.xml")
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

		String policy(String tileOrigin) {
			String images = "'self' data:" + (extraImgSrc == null ? "" : " " + String.join(" ", extraImgSrc))
					+ (tileOrigin == null ? "" : " " + tileOrigin);
			return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images
					+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
					+ "frame-ancestors 'none'";
		}

		/**
		 * The scheme and host of the map's tile URL template ({@code gide.map.tiles.url}) for img-src, a {s}
		 * subdomain becoming a wildcard; null for none or a same-origin path.
		 */
		static String origin(String tileUrl) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?)://([^/?#]+)").matcher(
					tileUrl == null ? "" : tileUrl.strip());
			if (!m.find()) {
				return null;
			}
			String host = m.group(2).replace("{s}", "*");
			return host.matches("[A-Za-z0-9.*:-]+") ? m.group(1) + "://" + host : null;
		}

	}

}
