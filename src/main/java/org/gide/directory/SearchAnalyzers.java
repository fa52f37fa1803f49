package org.gide.directory;

/**
 * The names of the analysis definitions the directory registers for the whole Lucene backend
 * ({@code hibernate.search.backend.analysis.configurer}): other modules' search mappings refer to them by these
 * names (never to the directory's internal configurer class). {@link #FRENCH}: French full text (elisions, light
 * stemming, accents folded); {@link #SORT}: the whole value lower-cased and accent-folded, for sorting.
 */
public final class SearchAnalyzers {

	public static final String FRENCH = "french";

	public static final String SORT = "sort";

	private SearchAnalyzers() {
	}

}
