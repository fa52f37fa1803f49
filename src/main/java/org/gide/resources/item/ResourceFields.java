package org.gide.resources.item;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gide.resources.ResourceType;

/**
 * The specific fields of each type of resource (docs/resources.md § 1), in the order the form shows them, with
 * what each one is (short text, rich text, choice, date…) and whether it is required. The form, its validation and
 * the revisions' snapshots all read this one table. Label keys: {@code resources.field.<name>}.
 */
public final class ResourceFields {

	/** How a field is entered and stored. */
	public enum Kind {
		/** One line of plain text. */
		TEXT,
		/** Sanitized rich text, like the body. */
		RICH,
		/** One value of a fixed list ({@link Field#options()}). */
		CHOICE,
		/** A date ({@code yyyy-MM-dd}). */
		DATE,
		/** An http(s) address. */
		URL,
		/** An email address. */
		EMAIL,
		/** An amount in euros. */
		AMOUNT,
		/** An academic year {@code 2025-2026}. */
		YEAR,
		/** An INSEE commune code. */
		COMMUNE
	}

	/** One specific field: its form property name, kind, whether required, and the codes of a choice. */
	public record Field(String name, Kind kind, boolean required, List<String> options, int maxLength) {

		public String labelKey() {
			return "resources.field." + name;
		}

		public String hintKey() {
			return "resources.field." + name + ".hint";
		}

		/** The message key of a choice's label. */
		public String optionKey(String option) {
			return "resources.field." + name + "." + option;
		}

	}

	private static Field text(String name, boolean required, int max) {
		return new Field(name, Kind.TEXT, required, List.of(), max);
	}

	private static Field rich(String name, boolean required) {
		return new Field(name, Kind.RICH, required, List.of(), 0);
	}

	private static Field choice(String name, boolean required, String... options) {
		return new Field(name, Kind.CHOICE, required, List.of(options), 0);
	}

	private static Field of(String name, Kind kind, boolean required, int max) {
		return new Field(name, kind, required, List.of(), max);
	}

	private static final Map<ResourceType, List<Field>> FIELDS = Map.of(
			ResourceType.NEWS, List.of(text("sourceName", false, 200), of("linkUrl", Kind.URL, false, 500)),
			ResourceType.ARTICLE, List.of(choice("articleKind", true, "POLITICAL", "ETHICAL", "SOCIAL", "RESEARCH"),
					text("authorNames", false, 500)),
			ResourceType.METHOD, List.of(rich("purpose", true), rich("audience", true), rich("usage", true),
					choice("origin", false, "EXISTING", "FROM_EXPERIMENT")),
			ResourceType.COMMONS, List.of(rich("commonsResource", true), rich("commonsCommunity", true),
					rich("commonsRules", true), rich("commonsGovernance", true),
					choice("origin", false, "EXISTING", "CREATED", "SUSTAINED")),
			ResourceType.DELIVERABLE, List.of(),
			ResourceType.IMPACT_STUDY, List.of(text("experimentName", true, 200), rich("evaluationMethod", false),
					rich("results", true), rich("learnings", false), rich("pitfalls", false)),
			ResourceType.OFFER, List.of(choice("offerKind", true, "JOB", "VOLUNTEERING", "CIVIC_SERVICE", "INTERNSHIP"),
					text("contract", false, 60), text("workingTime", false, 60), of("communeCode", Kind.COMMUNE, false, 5),
					of("expiresOn", Kind.DATE, true, 10), of("linkUrl", Kind.URL, false, 500),
					of("contactEmail", Kind.EMAIL, false, 320)),
			ResourceType.FUNDING_CALL, List.of(text("funder", true, 200), of("expiresOn", Kind.DATE, true, 10),
					of("amountMin", Kind.AMOUNT, false, 16), of("amountMax", Kind.AMOUNT, false, 16),
					rich("eligibility", false), of("linkUrl", Kind.URL, true, 500)),
			ResourceType.STUDENT_WORK, List.of(text("institution", true, 200), text("degree", false, 200),
					of("academicYear", Kind.YEAR, true, 9), text("authorNames", false, 500),
					text("supervisor", false, 200)));

	private ResourceFields() {
	}

	/** The specific fields of the type, in form order. */
	public static List<Field> of(ResourceType type) {
		return FIELDS.get(type);
	}

	/** The types a member may propose through the form (deliverables come from the calls only). */
	public static List<ResourceType> proposable() {
		return Stream.of(ResourceType.values()).filter(t -> t != ResourceType.DELIVERABLE).toList();
	}

}
