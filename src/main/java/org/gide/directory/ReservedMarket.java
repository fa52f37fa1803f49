package org.gide.directory;

/**
 * The public contracts the code de la commande publique lets a buyer reserve, by article.
 */
public enum ReservedMarket {

	/** Article L2113-12: entreprises adaptées, ESAT and equivalent structures employing disabled workers. */
	L2113_12("L2113-12"),
	/** Article L2113-13: structures d’insertion par l’activité économique (SIAE) and equivalent structures. */
	L2113_13("L2113-13"),
	/**
	 * Article L2113-15: ESS companies (article 1er of the loi du 31 juillet 2014), for the health, social and
	 * cultural services the article lists, under its further conditions (public-service mission, profits reinvested,
	 * participatory governance, no such contract from the same buyer in the last three years) which the buyer checks
	 * per contract.
	 */
	L2113_15("L2113-15");

	private final String article;

	ReservedMarket(String article) {
		this.article = article;
	}

	/** As the code writes it: {@code L2113-12}. */
	public String article() {
		return article;
	}

	public String messageKey() {
		return "directory.reserved." + name();
	}

}
