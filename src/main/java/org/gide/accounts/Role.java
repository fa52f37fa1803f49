package org.gide.accounts;

/** What a user may do; Spring Security sees each as the authority {@code ROLE_<name>}. Every user is a MEMBER. */
public enum Role {

	/** Membre : any registered user. */
	MEMBER,
	/** Agent de la Mission ESS (belongs to a direction of the Département). */
	AGENT,
	/** Membre du comité de lecture. */
	REVIEWER,
	/** Membre du comité éditorial. */
	EDITOR,
	/** Administrateur. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Message key of the French/English label. */
	public String labelKey() {
		return "accounts.role." + name();
	}

}
