package org.gide.accounts;

import java.util.Optional;
import java.util.Set;

/** The accounts module as other modules (and their tests) see it. */
public interface Accounts {

	/**
	 * Creates an account that can log in at once (email already verified), with MEMBER added to {@code roles}.
	 * @return the new account's id
	 * @throws IllegalArgumentException if the email is taken or the password breaks the password policy
	 */
	long createVerifiedAccount(String email, String displayName, String rawPassword, Set<Role> roles);

	/** The account with this email (case-insensitive), if any. */
	Optional<AccountSummary> findByEmail(String email);

}
