package org.gide.directory.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The distance filter of one search, on the Lucene backend: the organisations within the circle are found once per
 * index segment, by walking the points index, and kept as a bit set that every query of the same search reuses
 * (the page and each disjunctive facet count). Lucene's own circle query would build its distance predicate and walk
 * the points index again for each of those queries, which was the larger part of a search's time. The documents
 * are kept only as long as this object, that is for one search; they are keyed by segment (and its deletions), so a
 * search that sees the index refreshed between its queries computes the new segments' bits.
 */
final class SharedCircleFilter extends Query {

	private final String field;

	private final Query circle;

	private final Map<Object, FixedBitSet> bitsBySegment = new ConcurrentHashMap<>();

	private volatile Weight circleWeight;

	SharedCircleFilter(String field, double latitude, double longitude, double radiusMeters) {
		this.field = field;
		this.circle = LatLonPoint.newDistanceQuery(field, latitude, longitude, radiusMeters);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				FixedBitSet bits = bits(searcher, context);
				if (bits == null) {
					return null;
				}
				DocIdSetIterator iterator = new BitSetIterator(bits, bits.cardinality());
				return new ConstantScoreScorer(this, score(), scoreMode, iterator);
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false; // already kept for the search; the query cache would keep it once more
			}

		};
	}

	private FixedBitSet bits(IndexSearcher searcher, LeafReaderContext context) throws IOException {
		IndexReader.CacheHelper helper = context.reader().getReaderCacheHelper();
		Object key = helper != null ? helper.getKey() : context.reader();
		FixedBitSet known = bitsBySegment.get(key);
		if (known != null) {
			return known.length() == 0 ? null : known;
		}
		Scorer scorer = weight(searcher).scorer(context);
		FixedBitSet bits;
		if (scorer == null) {
			bits = new FixedBitSet(0);
		}
		else {
			bits = new FixedBitSet(context.reader().maxDoc());
			bits.or(scorer.iterator());
		}
		bitsBySegment.put(key, bits);
		return bits.length() == 0 ? null : bits;
	}

	private Weight weight(IndexSearcher searcher) throws IOException {
		Weight weight = circleWeight;
		if (weight == null) {
			synchronized (this) {
				weight = circleWeight;
				if (weight == null) {
					weight = searcher.createWeight(searcher.rewrite(circle), ScoreMode.COMPLETE_NO_SCORES, 1f);
					circleWeight = weight;
				}
			}
		}
		return weight;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(field)) {
			visitor.visitLeaf(this);
		}
	}

	@Override
	public String toString(String field) {
		return "shared(" + circle.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return this == other; // one search's filter: never mistaken for another's
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
