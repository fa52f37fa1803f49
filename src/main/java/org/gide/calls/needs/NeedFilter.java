package org.gide.calls.needs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gide.calls.Theme;

/**
 * The filters of the list of needs, as its URL holds them: {@code epci} (SIREN), {@code territoire} (slug),
 * {@code theme} (code), {@code sans-reponse=oui} (no submitted dossier answers it), {@code etat} (ouverts by default,
 * clos, tous) and {@code page}. A value that means nothing is ignored.
 */
record NeedFilter(String epci, String territory, Theme theme, boolean unanswered, State state, int page) {

	enum State {
		OPEN("ouverts"), CLOSED("clos"), ALL("tous");

		final String param;

		State(String param) {
			this.param = param;
		}

		static State of(String value) {
			for (State state : values()) {
				if (state.param.equals(value)) {
					return state;
				}
			}
			return OPEN;
		}

		public String param() {
			return param;
		}
	}

	static NeedFilter parse(String epci, String territory, String theme, String unanswered, String state, String page) {
		String e = epci != null && epci.strip().matches("\\d{9}") ? epci.strip() : null;
		String t = territory != null && territory.strip().matches("[a-z0-9-]{1,80}") ? territory.strip() : null;
		int p;
		try {
			p = page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			p = 1;
		}
		return new NeedFilter(e, t, Theme.fromCode(theme).orElse(null), "oui".equals(unanswered), State.of(state), p);
	}

	/** The URL parameters of this filter (without the page), for links that keep it. */
	Map<String, String> params() {
		Map<String, String> params = new LinkedHashMap<>();
		if (epci != null) {
			params.put("epci", epci);
		}
		if (territory != null) {
			params.put("territoire", territory);
		}
		if (theme != null) {
			params.put("theme", theme.code());
		}
		if (unanswered) {
			params.put("sans-reponse", "oui");
		}
		if (state != State.OPEN) {
			params.put("etat", state.param);
		}
		return params;
	}

	String queryString(int page) {
		StringBuilder query = new StringBuilder();
		params().forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(k).append('=')
			.append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
		if (page > 1) {
			query.append(query.isEmpty() ? "" : "&").append("page=").append(page);
		}
		return query.toString();
	}

}
