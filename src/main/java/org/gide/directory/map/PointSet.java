package org.gide.directory.map;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.gide.directory.EmployeeBand;
import org.gide.directory.EssFamily;
import org.gide.directory.InclusionType;
import org.gide.directory.ReservedMarket;
import org.gide.directory.Sector;

/**
 * One immutable snapshot of the map's points: the active organisations that have coordinates, in primitive
 * arrays sorted along a Z-order curve of their Web Mercator cell at level 20, so that the points of any grid cell
 * of any zoom are one contiguous range. About 34 bytes a point (id, x, y, packed attributes, commune index) plus
 * 16 for the prefix sums of the unfiltered view. Replaced as a whole when organisations change (copy-on-write).
 */
final class PointSet {

	/** Level of the Z-order key: 2^20 cells a side, about 38 m at the equator. */
	static final int KEY_LEVEL = 20;

	/** The index shares the sort key's long with 40 bits of Z-order: up to 2^23 points (8.3 million). */
	static final int MAX_POINTS = 1 << 23;

	final int size;

	final long[] ids;

	final int[] x;

	final int[] y;

	/** {@link Attributes} packed in an int. */
	final int[] attrs;

	/** Index into {@link #communeCodes}, 0 for none. */
	final char[] commune;

	final String[] communeCodes;

	final long version;

	final PointView all;

	/** Filtered views of this snapshot, by filter key; dropped with the snapshot. */
	private final Map<String, PointView> views = Collections
		.synchronizedMap(new LinkedHashMap<String, PointView>(32, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PointView> eldest) {
				return size() > 24 || cachedPoints() > Math.max(2_000_000, PointSet.this.size * 2L);
			}
		});

	private PointSet(long[] ids, int[] x, int[] y, int[] attrs, char[] commune, String[] communeCodes, long version) {
		this.size = ids.length;
		this.ids = ids;
		this.x = x;
		this.y = y;
		this.attrs = attrs;
		this.commune = commune;
		this.communeCodes = communeCodes;
		this.version = version;
		this.all = PointView.of(this, null);
	}

	static PointSet empty() {
		return new Builder().build(0);
	}

	long key(int i) {
		return Mercator.morton(x[i] >>> (Mercator.BITS - KEY_LEVEL), y[i] >>> (Mercator.BITS - KEY_LEVEL));
	}

	String communeCode(int i) {
		return communeCodes[commune[i]];
	}

	double latitude(int i) {
		return Mercator.lat(y[i] + 0.5);
	}

	double longitude(int i) {
		return Mercator.lon(x[i] + 0.5);
	}

	/** The view of the points a filter keeps, built once and kept while this snapshot is current. */
	PointView view(String key, Supplier<PointView> build) {
		PointView view = views.get(key);
		if (view == null) {
			view = build.get();
			views.put(key, view);
		}
		return view;
	}

	private long cachedPoints() {
		long total = 0;
		for (PointView view : views.values()) {
			total += view.size;
		}
		return total;
	}

	/** The attributes the map filters on, packed in 20 bits. */
	static final class Attributes {

		private Attributes() {
		}

		static int pack(EssFamily family, Sector sector, InclusionType inclusion, boolean l12, boolean l13,
				boolean l15, boolean resource, EmployeeBand band) {
			int v = family.ordinal();
			v |= sector.ordinal() << 3;
			v |= (inclusion == null ? 0 : inclusion.ordinal() + 1) << 7;
			v |= (l12 ? 1 : 0) << 11;
			v |= (l13 ? 1 : 0) << 12;
			v |= (l15 ? 1 : 0) << 13;
			v |= (resource ? 1 : 0) << 14;
			v |= (band == null ? 0 : band.ordinal() + 1) << 15;
			return v;
		}

		static int family(int v) {
			return v & 7;
		}

		static int sector(int v) {
			return (v >>> 3) & 15;
		}

		/** Inclusion type ordinal + 1, 0 for none. */
		static int inclusion(int v) {
			return (v >>> 7) & 15;
		}

		static boolean market(int v, ReservedMarket market) {
			return ((v >>> (11 + market.ordinal())) & 1) != 0;
		}

		static boolean resource(int v) {
			return ((v >>> 14) & 1) != 0;
		}

	}

	/** Collects points in any order, then sorts them along the Z-order curve. */
	static final class Builder {

		private long[] ids = new long[1024];

		private int[] x = new int[1024];

		private int[] y = new int[1024];

		private int[] attrs = new int[1024];

		private char[] commune = new char[1024];

		private final Map<String, Character> communeIndex = new LinkedHashMap<>();

		private int size;

		Builder() {
			communeIndex.put("", (char) 0);
		}

		/** Starts from a snapshot's points, leaving out those {@code skip} names. */
		Builder(PointSet from, java.util.Set<Long> skip) {
			this();
			ensure(from.size);
			for (String code : from.communeCodes) {
				communeIndex.putIfAbsent(code, (char) communeIndex.size());
			}
			for (int i = 0; i < from.size; i++) {
				if (skip.contains(from.ids[i])) {
					continue;
				}
				ids[size] = from.ids[i];
				x[size] = from.x[i];
				y[size] = from.y[i];
				attrs[size] = from.attrs[i];
				commune[size] = from.commune[i];
				size++;
			}
		}

		int size() {
			return size;
		}

		Builder add(long id, double latitude, double longitude, int attributes, String communeCode) {
			if (size >= MAX_POINTS) {
				throw new IllegalStateException("The map's point store holds at most " + MAX_POINTS + " points");
			}
			ensure(size + 1);
			ids[size] = id;
			x[size] = Mercator.x(longitude);
			y[size] = Mercator.y(latitude);
			attrs[size] = attributes;
			Character index = communeIndex.get(communeCode == null ? "" : communeCode);
			if (index == null) {
				if (communeIndex.size() > Character.MAX_VALUE) {
					throw new IllegalStateException("Too many communes for the map's point store");
				}
				index = (char) communeIndex.size();
				communeIndex.put(communeCode, index);
			}
			commune[size] = index;
			size++;
			return this;
		}

		private void ensure(int capacity) {
			if (capacity > ids.length) {
				int grown = Math.max(capacity, ids.length + (ids.length >> 1));
				ids = Arrays.copyOf(ids, grown);
				x = Arrays.copyOf(x, grown);
				y = Arrays.copyOf(y, grown);
				attrs = Arrays.copyOf(attrs, grown);
				commune = Arrays.copyOf(commune, grown);
			}
		}

		PointSet build(long version) {
			int shift = Mercator.BITS - KEY_LEVEL;
			long[] order = new long[size];
			for (int i = 0; i < size; i++) {
				order[i] = (Mercator.morton(x[i] >>> shift, y[i] >>> shift) << 23) | i;
			}
			Arrays.sort(order);
			long[] sIds = new long[size];
			int[] sX = new int[size];
			int[] sY = new int[size];
			int[] sAttrs = new int[size];
			char[] sCommune = new char[size];
			for (int j = 0; j < size; j++) {
				int i = (int) (order[j] & (MAX_POINTS - 1));
				sIds[j] = ids[i];
				sX[j] = x[i];
				sY[j] = y[i];
				sAttrs[j] = attrs[i];
				sCommune[j] = commune[i];
			}
			String[] codes = communeIndex.keySet().toArray(String[]::new);
			return new PointSet(sIds, sX, sY, sAttrs, sCommune, codes, version);
		}

	}

}
