package org.gide.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the base layout needs on every page: who is looking, where they are, whether this is a demo instance. */
@ControllerAdvice
class LayoutModel {

	private final boolean demo;

	LayoutModel(@Value("${gide.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		String name = null;
		java.util.Set<String> roles = java.util.Set.of();
		if (signedIn) {
			name = authentication.getPrincipal() instanceof Viewer viewer ? viewer.displayName() : authentication.getName();
			roles = authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter(a -> a.startsWith("ROLE_"))
				.map(a -> a.substring(5))
				.collect(java.util.stream.Collectors.toUnmodifiableSet());
		}
		return new Layout(signedIn, name, roles, request.getRequestURI(), demo);
	}

	/** The viewer and the page, as the layout template sees them. */
	public record Layout(boolean signedIn, String displayName, java.util.Set<String> roles, String path, boolean demo) {

		public boolean has(String role) {
			return roles.contains(role);
		}

		public boolean isAdmin() {
			return has("ADMIN");
		}

		public boolean isAgent() {
			return has("AGENT");
		}

		/** aria-current for the navigation entry of the section this page belongs to. */
		public String current(String prefix) {
			boolean current = "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
			return current ? "page" : null;
		}

	}

}
