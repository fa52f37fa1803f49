package org.gide.directory;

/**
 * The statutory family of an organisation in the social and solidarity economy (loi n° 2014-856 du 31 juillet 2014,
 * article 1er): the four historical families, commercial companies that belong to the ESS (ESUS-approved, or
 * flagged ESS in SIRENE), and organisations outside it. Derived by {@link EssFamilies}.
 */
public enum EssFamily {

	ASSOCIATION, COOPERATIVE, MUTUELLE, FONDATION, ESS_COMPANY, NOT_ESS;

	public boolean ess() {
		return this != NOT_ESS;
	}

	public String messageKey() {
		return "directory.family." + name();
	}

}
