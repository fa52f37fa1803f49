package org.gide.accounts.internal;

import java.io.Serial;
import java.time.Instant;

import org.gide.web.SecurityContribution;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Login form, logout, password hashing and the access rules of the accounts routes. */
@Configuration(proxyBeanMethods = false)
class AccountsSecurity implements SecurityContribution {

	@Bean
	static PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	AuthenticationProvider accountAuthenticationProvider(AccountService service) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String email = authentication.getName();
				String password = String.valueOf(authentication.getCredentials());
				AccountService.LoginResult result;
				try {
					result = service.login(email, password);
				}
				catch (DataIntegrityViolationException ex) {
					// Two simultaneous first failures for one email both tried to create its counter: count again.
					result = service.login(email, password);
				}
				return switch (result.status()) {
					case OK -> {
						AccountPrincipal principal = new AccountPrincipal(result.account());
						yield UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
					}
					case LOCKED -> throw new LoginLockedException(result.lockedUntil());
					case UNVERIFIED -> throw new DisabledException("Email not verified");
					case BAD_CREDENTIALS -> throw new BadCredentialsException("Bad credentials");
				};
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
			}
		};
	}

	/** The email is locked until the given instant after too many failures. */
	static class LoginLockedException extends LockedException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final Instant until;

		LoginLockedException(Instant until) {
			super("Too many failures");
			this.until = until;
		}

		Instant until() {
			return until;
		}

	}

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/connexion", "/inscription", "/inscription/**", "/mot-de-passe-oublie",
				"/mot-de-passe/reinitialiser").permitAll();
		routes.requestMatchers("/compte", "/compte/**").authenticated();
		routes.requestMatchers("/admin", "/admin/utilisateurs", "/admin/utilisateurs/**", "/admin/journal",
				"/admin/directions", "/admin/directions/**").hasRole("ADMIN");
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		// The provider is a bean, so it is the global AuthenticationManager's only provider: not added again here,
		// or each failed login would be checked (and counted) twice.
		http.formLogin(form -> form.loginPage("/connexion")
			.loginProcessingUrl("/connexion")
			.usernameParameter("email")
			.passwordParameter("password")
			.failureHandler(failureHandler()));
		// Session fixation: Spring Security's default (changeSessionId) applies on login.
		http.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/"));
	}

	/** Back to the login page, saying which of the three cases happened (the exception stays in the session). */
	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
			request.getSession().setAttribute(LoginController.LAST_EMAIL, request.getParameter("email"));
			String reason = exception instanceof LoginLockedException ? "bloque"
					: exception instanceof DisabledException ? "non-verifie" : "identifiants";
			response.sendRedirect(request.getContextPath() + "/connexion?erreur=" + reason);
		};
	}

}
