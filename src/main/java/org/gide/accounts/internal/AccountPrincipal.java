package org.gide.accounts.internal;

import java.io.Serial;

import org.gide.accounts.Role;
import org.gide.web.Viewer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as kept in the session. Roles are read at login: a change applies at the next login. */
public class AccountPrincipal extends User implements Viewer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private volatile String displayName;

	AccountPrincipal(Account account) {
		super(account.getEmail(), "", true, true, true, true,
				account.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
		this.id = account.getId();
		this.displayName = account.getDisplayName();
	}

	public long id() {
		return id;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	/** Keeps the header greeting in step after the user renames themselves. */
	void renamed(String name) {
		this.displayName = name.strip();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
