package org.gide.resources.item;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.gide.directory.OrganisationNames;
import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourceFields.Field;
import org.gide.resources.item.ResourceRefused.Problem;
import org.gide.territory.Communes;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;
import org.gide.web.RichText;

/**
 * The rules of a resource's content: reads a {@link ResourceForm} into checked values (every refused value named),
 * writes them into a {@link ResourceItem}, and fills a form from an item. No database write here.
 */
final class ResourceContent {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final int MAX_TAGS = 10;

	private static final Pattern URL = Pattern.compile("(?i)^https?://\\S+$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern YEAR = Pattern.compile("^(\\d{4})-(\\d{4})$");

	private static final Pattern COMMUNE = Pattern.compile("^\\d[0-9AB]\\d{3}$");

	/** The checked content of a form, ready to be written. */
	record Values(String title, String summary, String body, Licence licence, List<Long> organisationIds,
			Set<Sector> sectors, Set<Long> territoryIds, Set<String> tags, Map<String, Object> specific) {
	}

	private final OrganisationNames organisationNames;

	private final Territories territories;

	private final Communes communes;

	ResourceContent(OrganisationNames organisationNames, Territories territories, Communes communes) {
		this.organisationNames = organisationNames;
		this.territories = territories;
		this.communes = communes;
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	/**
	 * Checks the form for an item of the type; {@code currentContributor} is the item's contributing organisation
	 * (null when creating), which may stay even if the actor does not administer it (the committee editing).
	 */
	Values read(ResourceType type, ResourceForm form, ResourceActor actor, Long currentContributor) {
		List<Problem> problems = new ArrayList<>();
		String title = form.getTitle().strip().replaceAll("\\s+", " ");
		if (title.isEmpty()) {
			problems.add(new Problem("title", "resources.error.required", label("resources.field.title")));
		}
		else if (title.length() > 200) {
			problems.add(new Problem("title", "resources.error.too-long", label("resources.field.title"), 200));
		}
		String summary = form.getSummary().strip();
		if (summary.length() > 600) {
			problems.add(new Problem("summary", "resources.error.too-long", label("resources.field.summary"), 600));
		}
		String body = RichText.sanitize(form.getBody());
		Licence licence = null;
		try {
			licence = Licence.valueOf(form.getLicence());
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("licence", "resources.error.required", label("resources.field.licence")));
		}
		List<Long> organisationIds = organisations(form, actor, currentContributor, problems);
		Set<Sector> sectors = new LinkedHashSet<>();
		for (String code : form.getSectors()) {
			try {
				sectors.add(Sector.valueOf(code));
			}
			catch (IllegalArgumentException e) {
				// an unknown code is not a choice the form offered: ignored
			}
		}
		Set<Long> known = territories.list().stream().map(TerritorySummary::id).collect(Collectors.toSet());
		Set<Long> territoryIds = form.getTerritories()
			.stream()
			.filter(Objects::nonNull)
			.filter(known::contains)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> tags = tags(form.getTags(), problems);
		Map<String, Object> specific = new LinkedHashMap<>();
		for (Field field : ResourceFields.of(type)) {
			specific.put(field.name(), value(field, form.text(field), problems));
		}
		if (type == ResourceType.OFFER && specific.get("linkUrl") == null && specific.get("contactEmail") == null
				&& problems.stream().noneMatch(p -> "linkUrl".equals(p.field()) || "contactEmail".equals(p.field()))) {
			problems.add(new Problem("linkUrl", "resources.error.offer-contact"));
		}
		if (specific.get("amountMin") instanceof BigDecimal min && specific.get("amountMax") instanceof BigDecimal max
				&& min.compareTo(max) > 0) {
			problems.add(new Problem("amountMax", "resources.error.amount-order"));
		}
		if (!problems.isEmpty()) {
			throw new ResourceRefused(problems);
		}
		return new Values(title, summary, body, licence, organisationIds, sectors, territoryIds, tags, specific);
	}

	private List<Long> organisations(ResourceForm form, ResourceActor actor, Long currentContributor,
			List<Problem> problems) {
		List<Long> ids = new ArrayList<>();
		Long contributing = form.getOrganisation();
		if (contributing == null) {
			if (!actor.committee()) {
				problems.add(new Problem("organisation", "resources.error.required",
						label("resources.field.organisation")));
			}
		}
		else if (!contributing.equals(currentContributor) && !actor.administers(contributing)) {
			problems.add(new Problem("organisation", "resources.error.organisation-not-administered"));
		}
		else {
			ids.add(contributing);
		}
		for (Long id : form.getCoAuthors()) {
			if (id != null && !ids.contains(id) && organisationNames.name(id).isPresent()) {
				ids.add(id);
			}
		}
		String query = form.getCoAuthorQuery().strip();
		if (!query.isEmpty()) {
			List<OrganisationNames.Match> matches = organisationNames.find(query, 6);
			String digits = query.replaceAll("\\s", "");
			List<OrganisationNames.Match> exact = matches.stream()
				.filter(m -> digits.equals(m.siret()) || m.name().equalsIgnoreCase(query))
				.toList();
			if (exact.size() == 1) {
				matches = exact;
			}
			if (matches.isEmpty()) {
				problems.add(new Problem("coAuthorQuery", "resources.error.co-author-none", query));
			}
			else if (matches.size() > 1) {
				problems.add(new Problem("coAuthorQuery", "resources.error.co-author-many", matches.stream()
					.limit(5)
					.map(m -> m.name() + (m.siret() == null ? "" : " (" + m.siret() + ")"))
					.collect(Collectors.joining(" ; "))));
			}
			else if (!ids.contains(matches.get(0).id())) {
				ids.add(matches.get(0).id());
			}
		}
		return ids;
	}

	/** Tags typed separated by commas: trimmed, spaces collapsed, lower case, distinct; at most ten of 2–60 chars. */
	static Set<String> tags(String typed, List<Problem> problems) {
		Set<String> tags = new LinkedHashSet<>();
		for (String part : typed.split("[,;]")) {
			String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			if (tag.isEmpty()) {
				continue;
			}
			if (tag.length() < 2 || tag.length() > 60) {
				problems.add(new Problem("tags", "resources.error.tag-length", tag));
				continue;
			}
			tags.add(tag);
		}
		if (tags.size() > MAX_TAGS) {
			problems.add(new Problem("tags", "resources.error.tags-too-many", MAX_TAGS));
		}
		return tags;
	}

	private Object value(Field field, String typed, List<Problem> problems) {
		String text = typed.strip();
		if (field.kind() == ResourceFields.Kind.RICH) {
			String html = RichText.sanitize(typed);
			if (RichText.plainText(html).isEmpty()) {
				if (field.required()) {
					problems.add(new Problem(field.name(), "resources.error.required", label(field.labelKey())));
				}
				return null;
			}
			return html;
		}
		if (text.isEmpty()) {
			if (field.required()) {
				problems.add(new Problem(field.name(), "resources.error.required", label(field.labelKey())));
			}
			return null;
		}
		if (field.maxLength() > 0 && text.length() > field.maxLength()) {
			problems.add(new Problem(field.name(), "resources.error.too-long", label(field.labelKey()),
					field.maxLength()));
			return null;
		}
		switch (field.kind()) {
			case CHOICE -> {
				if (!field.options().contains(text)) {
					problems.add(new Problem(field.name(), "resources.error.required", label(field.labelKey())));
					return null;
				}
				return text;
			}
			case DATE -> {
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException e) {
					problems.add(new Problem(field.name(), "resources.error.date", label(field.labelKey())));
					return null;
				}
			}
			case URL -> {
				if (!URL.matcher(text).matches()) {
					problems.add(new Problem(field.name(), "resources.error.url", label(field.labelKey())));
					return null;
				}
				return text;
			}
			case EMAIL -> {
				if (!EMAIL.matcher(text).matches()) {
					problems.add(new Problem(field.name(), "resources.error.email", label(field.labelKey())));
					return null;
				}
				return text;
			}
			case AMOUNT -> {
				try {
					BigDecimal amount = new BigDecimal(text.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
					if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
						throw new NumberFormatException();
					}
					return amount;
				}
				catch (NumberFormatException e) {
					problems.add(new Problem(field.name(), "resources.error.amount", label(field.labelKey())));
					return null;
				}
			}
			case YEAR -> {
				var m = YEAR.matcher(text);
				if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
					problems.add(new Problem(field.name(), "resources.error.academic-year"));
					return null;
				}
				return text;
			}
			case COMMUNE -> {
				String code = text.toUpperCase(Locale.ROOT);
				if (!COMMUNE.matcher(code).matches() || communes.find(code).isEmpty()) {
					problems.add(new Problem(field.name(), "resources.error.commune"));
					return null;
				}
				return code;
			}
			default -> {
				return text.replaceAll("\\s+", " ");
			}
		}
	}

	/** Writes the checked values into the item (collections replaced only when they differ). */
	static void apply(ResourceItem item, Values values) {
		item.setTitle(values.title());
		item.setSummary(values.summary());
		item.setBody(values.body());
		item.setLicence(values.licence());
		if (!item.getOrganisationIds().equals(values.organisationIds())) {
			item.setOrganisationIds(values.organisationIds());
		}
		if (!item.getSectors().equals(values.sectors())) {
			item.setSectors(values.sectors());
		}
		if (!item.getTerritoryIds().equals(values.territoryIds())) {
			item.setTerritoryIds(values.territoryIds());
		}
		if (!item.getTags().equals(values.tags())) {
			item.setTags(values.tags());
		}
		values.specific().forEach((name, value) -> set(item, name, value));
		if (!item.getType().expires()) {
			item.setExpiresAt(null);
		}
	}

	/** End of the day in Paris: an offer expiring on the 30th is listed all that day. */
	static Instant endOfDay(LocalDate day) {
		return day.atTime(LocalTime.of(23, 59, 59)).atZone(PARIS).toInstant();
	}

	private static String s(Object value) {
		return (String) value;
	}

	private static void set(ResourceItem item, String name, Object v) {
		switch (name) {
			case "sourceName" -> item.setSourceName(s(v));
			case "linkUrl" -> item.setLinkUrl(s(v));
			case "contactEmail" -> item.setContactEmail(s(v));
			case "authorNames" -> item.setAuthorNames(s(v));
			case "articleKind" -> item.setArticleKind(v == null ? null : ResourceItem.ArticleKind.valueOf(s(v)));
			case "purpose" -> item.setPurpose(s(v));
			case "audience" -> item.setAudience(s(v));
			case "usage" -> item.setUsage(s(v));
			case "origin" -> item.setOrigin(v == null ? null : ResourceItem.Origin.valueOf(s(v)));
			case "commonsResource" -> item.setCommonsResource(s(v));
			case "commonsCommunity" -> item.setCommonsCommunity(s(v));
			case "commonsRules" -> item.setCommonsRules(s(v));
			case "commonsGovernance" -> item.setCommonsGovernance(s(v));
			case "experimentName" -> item.setExperimentName(s(v));
			case "evaluationMethod" -> item.setEvaluationMethod(s(v));
			case "results" -> item.setResults(s(v));
			case "learnings" -> item.setLearnings(s(v));
			case "pitfalls" -> item.setPitfalls(s(v));
			case "offerKind" -> item.setOfferKind(v == null ? null : ResourceItem.OfferKind.valueOf(s(v)));
			case "contract" -> item.setContract(s(v));
			case "workingTime" -> item.setWorkingTime(s(v));
			case "communeCode" -> item.setCommuneCode(s(v));
			case "funder" -> item.setFunder(s(v));
			case "amountMin" -> item.setAmountMin((BigDecimal) v);
			case "amountMax" -> item.setAmountMax((BigDecimal) v);
			case "eligibility" -> item.setEligibility(s(v));
			case "institution" -> item.setInstitution(s(v));
			case "degree" -> item.setDegree(s(v));
			case "academicYear" -> item.setAcademicYear(s(v));
			case "supervisor" -> item.setSupervisor(s(v));
			case "expiresOn" -> item.setExpiresAt(v == null ? null : endOfDay((LocalDate) v));
			default -> throw new IllegalArgumentException(name);
		}
	}

	/** The stored value of a specific field as the form shows it ("" when empty). */
	static String get(ResourceItem item, String name) {
		Object v = switch (name) {
			case "sourceName" -> item.getSourceName();
			case "linkUrl" -> item.getLinkUrl();
			case "contactEmail" -> item.getContactEmail();
			case "authorNames" -> item.getAuthorNames();
			case "articleKind" -> item.getArticleKind();
			case "purpose" -> item.getPurpose();
			case "audience" -> item.getAudience();
			case "usage" -> item.getUsage();
			case "origin" -> item.getOrigin();
			case "commonsResource" -> item.getCommonsResource();
			case "commonsCommunity" -> item.getCommonsCommunity();
			case "commonsRules" -> item.getCommonsRules();
			case "commonsGovernance" -> item.getCommonsGovernance();
			case "experimentName" -> item.getExperimentName();
			case "evaluationMethod" -> item.getEvaluationMethod();
			case "results" -> item.getResults();
			case "learnings" -> item.getLearnings();
			case "pitfalls" -> item.getPitfalls();
			case "offerKind" -> item.getOfferKind();
			case "contract" -> item.getContract();
			case "workingTime" -> item.getWorkingTime();
			case "communeCode" -> item.getCommuneCode();
			case "funder" -> item.getFunder();
			case "amountMin" -> item.getAmountMin() == null ? null : item.getAmountMin().stripTrailingZeros().toPlainString();
			case "amountMax" -> item.getAmountMax() == null ? null : item.getAmountMax().stripTrailingZeros().toPlainString();
			case "eligibility" -> item.getEligibility();
			case "institution" -> item.getInstitution();
			case "degree" -> item.getDegree();
			case "academicYear" -> item.getAcademicYear();
			case "supervisor" -> item.getSupervisor();
			case "expiresOn" -> item.getExpiresAt() == null ? null : item.getExpiresAt().atZone(PARIS).toLocalDate();
			default -> throw new IllegalArgumentException(name);
		};
		return v == null ? "" : v.toString();
	}

	/** A form showing the item as it is. */
	static ResourceForm formOf(ResourceItem item) {
		ResourceForm form = new ResourceForm();
		form.setVersion(item.getVersion());
		List<Long> ids = item.getOrganisationIds();
		form.setOrganisation(item.getContributingOrganisationId());
		form.setCoAuthors(ids.stream().filter(id -> !id.equals(item.getContributingOrganisationId())).toList());
		form.setTitle(item.getTitle());
		form.setSummary(item.getSummary());
		form.setBody(item.getBody());
		form.setLicence(item.getLicence() == null ? "" : item.getLicence().name());
		form.setSectors(item.getSectors().stream().map(Sector::name).toList());
		form.setTerritories(new ArrayList<>(item.getTerritoryIds()));
		form.setTags(String.join(", ", item.getTags()));
		ResourceFields.of(item.getType()).forEach(f -> formSet(form, f.name(), get(item, f.name())));
		return form;
	}

	private static void formSet(ResourceForm form, String name, String value) {
		switch (name) {
			case "sourceName" -> form.setSourceName(value);
			case "linkUrl" -> form.setLinkUrl(value);
			case "contactEmail" -> form.setContactEmail(value);
			case "authorNames" -> form.setAuthorNames(value);
			case "articleKind" -> form.setArticleKind(value);
			case "purpose" -> form.setPurpose(value);
			case "audience" -> form.setAudience(value);
			case "usage" -> form.setUsage(value);
			case "origin" -> form.setOrigin(value);
			case "commonsResource" -> form.setCommonsResource(value);
			case "commonsCommunity" -> form.setCommonsCommunity(value);
			case "commonsRules" -> form.setCommonsRules(value);
			case "commonsGovernance" -> form.setCommonsGovernance(value);
			case "experimentName" -> form.setExperimentName(value);
			case "evaluationMethod" -> form.setEvaluationMethod(value);
			case "results" -> form.setResults(value);
			case "learnings" -> form.setLearnings(value);
			case "pitfalls" -> form.setPitfalls(value);
			case "offerKind" -> form.setOfferKind(value);
			case "contract" -> form.setContract(value);
			case "workingTime" -> form.setWorkingTime(value);
			case "communeCode" -> form.setCommuneCode(value);
			case "funder" -> form.setFunder(value);
			case "amountMin" -> form.setAmountMin(value);
			case "amountMax" -> form.setAmountMax(value);
			case "eligibility" -> form.setEligibility(value);
			case "institution" -> form.setInstitution(value);
			case "degree" -> form.setDegree(value);
			case "academicYear" -> form.setAcademicYear(value);
			case "supervisor" -> form.setSupervisor(value);
			case "expiresOn" -> form.setExpiresOn(value);
			default -> throw new IllegalArgumentException(name);
		}
	}

	/** Lower-case ASCII words joined by dashes, at most 120 characters ({@code resource_item.slug}). */
	static String slug(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("œ", "oe")
			.replace("Œ", "oe")
			.replace("æ", "ae")
			.replace("Æ", "ae")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > 120) {
			ascii = ascii.substring(0, 120).replaceAll("-+$", "");
		}
		return ascii.isEmpty() ? "ressource" : ascii;
	}

}
