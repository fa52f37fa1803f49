package org.gide.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import org.gide.directory.SearchAnalyzers;

/**
 * The French analysis of the directory's text fields, one definition for the index and for tests. Order matters:
 * typographic apostrophes are first mapped to the ASCII one, then standard tokenizer, elision (l’, d’, qu’…),
 * lowercase, French light stemming (plurals: "crèches" and "crèche" both become "crech"), and ASCII folding last so
 * that the stemmer still sees the accents it knows ("coopératives" and "cooperatives" meet). {@link #SORT} is the
 * normalizer of the sortable name: lowercase, accents folded, so "Économie" sorts among the e.
 */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {

	public static final String FRENCH = SearchAnalyzers.FRENCH;

	public static final String SORT = SearchAnalyzers.SORT;

	private static final String RESOURCES = "org/gide/directory/search/";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(FRENCH).instance(analyzer());
		context.normalizer(SORT).instance(sortNormalizer());
	}

	/** The analyzer of every searchable text field (name, acronym, description, goods and services, commune). */
	public static Analyzer analyzer() {
		try {
			return CustomAnalyzer.builder(new ClasspathResourceLoader(FrenchAnalysis.class.getClassLoader()))
				.addCharFilter(MappingCharFilterFactory.class, "mapping", RESOURCES + "apostrophes.txt")
				.withTokenizer(StandardTokenizerFactory.class)
				.addTokenFilter(ElisionFilterFactory.class, "articles", RESOURCES + "elisions.txt", "ignoreCase",
						"true")
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(FrenchLightStemFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The whole value as one lowercase, accent-free token: for sorting by name. */
	public static Analyzer sortNormalizer() {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer(KeywordTokenizerFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
