package org.gide.directory;

/** The ESS family of an organisation and, for a cooperative, its kind (null otherwise). */
public record EssClassification(EssFamily family, CooperativeKind cooperativeKind) {

	public EssClassification {
		if (family == null) {
			throw new IllegalArgumentException("A classification needs a family");
		}
		if (family != EssFamily.COOPERATIVE) {
			cooperativeKind = null;
		}
		else if (cooperativeKind == null) {
			cooperativeKind = CooperativeKind.OTHER;
		}
	}

}
