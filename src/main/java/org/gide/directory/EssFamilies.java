package org.gide.directory;

import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Legal category → ESS family, from the editable file {@value #LOCATION} (source: INSEE nomenclature des
 * catégories juridiques; see the file's header and {@code docs/directory.md}). The most specific line wins; a
 * category no line covers is outside the ESS.
 */
public final class EssFamilies {

	public static final String LOCATION = "directory/categories-juridiques-ess.csv";

	/** What a line of the file says: an ESS family, or a commercial company (ESS only if flagged or ESUS). */
	public enum Kind {
		ASSOCIATION, COOPERATIVE, MUTUELLE, FONDATION, COMMERCIAL, NOT_ESS
	}

	public record Entry(String code, Kind kind, CooperativeKind cooperativeKind, String label) {
	}

	private static volatile EssFamilies standard;

	private final Map<String, Entry> entries;

	private EssFamilies(Map<String, Entry> entries) {
		this.entries = Collections.unmodifiableMap(entries);
	}

	/** The mapping shipped with the application, read once. */
	public static EssFamilies standard() {
		EssFamilies loaded = standard;
		if (loaded == null) {
			loaded = read(MappingFile.classpath(LOCATION));
			standard = loaded;
		}
		return loaded;
	}

	/** Reads a mapping in the format of {@value #LOCATION}; a malformed line fails with its number. */
	public static EssFamilies read(Reader reader) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (MappingFile.Line line : MappingFile.read(reader)) {
			String code = line.cell(0);
			try {
				if (!code.matches("[1-9]\\d{0,3}")) {
					throw new IllegalArgumentException("code " + code);
				}
				Kind kind = Kind.valueOf(line.cell(1));
				String coop = line.cell(2);
				CooperativeKind cooperativeKind = coop.isEmpty() ? null : CooperativeKind.valueOf(coop);
				if (cooperativeKind != null && kind != Kind.COOPERATIVE) {
					throw new IllegalArgumentException("a cooperative kind on a " + kind + " line");
				}
				if (entries.put(code, new Entry(code, kind, cooperativeKind, line.cell(3))) != null) {
					throw new IllegalArgumentException("code " + code + " listed twice");
				}
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException(LOCATION + " line " + line.number() + ": " + e.getMessage(), e);
			}
		}
		return new EssFamilies(entries);
	}

	/** Every line, by code. */
	public Map<String, Entry> entries() {
		return entries;
	}

	/** The most specific line covering the category. */
	public Optional<Entry> entryFor(LegalCategory category) {
		if (category == null) {
			return Optional.empty();
		}
		String code = category.code();
		for (int length = code.length(); length > 0; length--) {
			Entry entry = entries.get(code.substring(0, length));
			if (entry != null) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	/**
	 * The family of an organisation.
	 * <ul>
	 * <li>Associations, cooperatives, mutuelles and foundations by their category; a declared cooperative kind
	 * (SCIC, CAE…) refines a cooperative's.</li>
	 * <li>A commercial company is a cooperative if it declares a cooperative kind (an SAS SCIC has the category of
	 * any SAS), else an {@link EssFamily#ESS_COMPANY} if ESUS-approved or flagged ESS in SIRENE, else not ESS.</li>
	 * <li>Without a category: an association if it has an RNA number, a cooperative if it declares a kind, an ESS
	 * company if ESUS or flagged, else not ESS.</li>
	 * </ul>
	 */
	public EssClassification classify(LegalCategory category, Boolean sireneEss, boolean esus,
			CooperativeKind declaredKind, boolean hasRna) {
		boolean flagged = Boolean.TRUE.equals(sireneEss) || esus;
		if (category == null) {
			if (hasRna) {
				return new EssClassification(EssFamily.ASSOCIATION, null);
			}
			if (declaredKind != null) {
				return new EssClassification(EssFamily.COOPERATIVE, declaredKind);
			}
			return new EssClassification(flagged ? EssFamily.ESS_COMPANY : EssFamily.NOT_ESS, null);
		}
		Entry entry = entryFor(category).orElse(null);
		Kind kind = entry == null ? Kind.NOT_ESS : entry.kind();
		return switch (kind) {
			case ASSOCIATION -> new EssClassification(EssFamily.ASSOCIATION, null);
			case MUTUELLE -> new EssClassification(EssFamily.MUTUELLE, null);
			case FONDATION -> new EssClassification(EssFamily.FONDATION, null);
			case COOPERATIVE -> new EssClassification(EssFamily.COOPERATIVE,
					declaredKind != null ? declaredKind : entry.cooperativeKind());
			case COMMERCIAL -> declaredKind != null ? new EssClassification(EssFamily.COOPERATIVE, declaredKind)
					: new EssClassification(flagged ? EssFamily.ESS_COMPANY : EssFamily.NOT_ESS, null);
			case NOT_ESS -> new EssClassification(EssFamily.NOT_ESS, null);
		};
	}

	/** {@link #classify} for an organisation without flags, RNA number or declared kind. */
	public EssFamily familyOf(LegalCategory category) {
		return classify(category, null, false, null, false).family();
	}

}
