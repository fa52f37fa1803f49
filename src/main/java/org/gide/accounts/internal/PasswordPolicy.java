package org.gide.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * ANSSI-style password rules: long rather than complex (12 to 128 characters), not a known common password
 * (zxcvbn's bundled list plus a French supplement), and not built on the user's own email.
 */
@Component
class PasswordPolicy {

	static final int MIN = 12;

	static final int MAX = 128;

	private final Set<String> common = new HashSet<>();

	PasswordPolicy() {
		load("com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt");
		load("accounts/common-passwords-fr.txt");
	}

	private void load(String resource) {
		InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing password list " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> common.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The message key of the first broken rule, if any. */
	Optional<String> check(String password, String email) {
		if (password == null || password.length() < MIN) {
			return Optional.of("accounts.password.tooShort");
		}
		if (password.length() > MAX) {
			return Optional.of("accounts.password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			return Optional.of("accounts.password.common");
		}
		String local = Account.normalize(email);
		int at = local.indexOf('@');
		local = at >= 0 ? local.substring(0, at) : local;
		if (local.length() >= 3 && lower.contains(local)) {
			return Optional.of("accounts.password.containsEmail");
		}
		return Optional.empty();
	}

}
