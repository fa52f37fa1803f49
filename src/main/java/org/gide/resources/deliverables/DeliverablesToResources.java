package org.gide.resources.deliverables;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import org.gide.calls.DeliverablePublished;
import org.gide.calls.DeliverableUnpublished;
import org.gide.resources.ResourceType;
import org.gide.resources.item.Licence;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ActorRole;
import org.gide.resources.workflow.EditorialAction;
import org.gide.resources.workflow.EditorialWorkflow;
import org.gide.web.RichText;

/**
 * The deliverables of the appels à commun(s) appear in the resource centre once their laureates publish them
 * (docs/resources.md § 9): one DELIVERABLE item per deliverable, created or refreshed from the event and published
 * by the application (SYSTEM); unpublished when the deliverable is taken back, published again when it comes back.
 * Runs in the publisher's transaction: the item appears with the publication, or neither does.
 */
@Component
class DeliverablesToResources {

	/** Who the log and the item name as their author. */
	static final String LABEL = "Gide";

	private static final Logger log = LoggerFactory.getLogger(DeliverablesToResources.class);

	private static final int SUMMARY = 600;

	private final ResourceItems items;

	private final EditorialWorkflow workflow;

	private final String publicUrl;

	DeliverablesToResources(ResourceItems items, EditorialWorkflow workflow,
			@Value("${gide.public-url}") String publicUrl) {
		this.items = items;
		this.workflow = workflow;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@EventListener
	@Transactional
	public void published(DeliverablePublished event) {
		Instant now = event.publishedAt().truncatedTo(ChronoUnit.MICROS);
		ResourceItem item = items.findByDeliverable(event.deliverableId()).orElse(null);
		String title = event.title().strip();
		if (item == null) {
			item = new ResourceItem(ResourceType.DELIVERABLE, slug(title), title, licence(event.licence()), null, LABEL,
					now);
			item.setDeliverableId(event.deliverableId());
		}
		else {
			item.setSlug(slug(title));
			item.setTitle(title);
			item.setLicence(licence(event.licence()));
			item.setUpdatedAt(now);
		}
		item.setSummary(summary(event.description()));
		item.setBody(body(event.description()));
		item.setLinkUrl(absolute(event.url()));
		item.setCallId(event.callId());
		item.setDossierId(event.dossierId());
		item.setOrganisationIds(event.organisationIds());
		ResourceItem stored = items.store(item);
		if (stored.getState().next(EditorialAction.PUBLISH, ActorRole.SYSTEM).isPresent()) {
			workflow.applyAsSystem(stored.getId(), EditorialAction.PUBLISH, "");
		}
		else {
			log.info("Deliverable {}: resource {} left {} (not publishable by the application)",
					event.deliverableId(), stored.getId(), stored.getState());
		}
	}

	@EventListener
	@Transactional
	public void unpublished(DeliverableUnpublished event) {
		Optional<ResourceItem> item = items.findByDeliverable(event.deliverableId());
		if (item.isPresent() && item.get().getState().next(EditorialAction.UNPUBLISH, ActorRole.SYSTEM).isPresent()) {
			workflow.applyAsSystem(item.get().getId(), EditorialAction.UNPUBLISH, "");
		}
	}

	/** The calls' licence codes are names of {@link Licence} (CC_BY, CC_BY_SA, LICENCE_OUVERTE, CC0, ODBL, GPL). */
	static Licence licence(String code) {
		for (Licence licence : Licence.values()) {
			if (licence.name().equals(code)) {
				return licence;
			}
		}
		log.warn("Unknown licence code {} of a deliverable: CC_BY assumed", code);
		return Licence.CC_BY;
	}

	/** A path of the platform ({@code /livrables/12/fichier}) made absolute; external addresses kept. */
	String absolute(String url) {
		String address = url.startsWith("/") ? publicUrl + url : url;
		return address.length() > 500 ? null : address;
	}

	/** The description, at most 600 characters, cut at a word. */
	static String summary(String description) {
		String text = description.strip().replaceAll("\\s+", " ");
		if (text.length() <= SUMMARY) {
			return text;
		}
		String cut = text.substring(0, SUMMARY - 1);
		int space = cut.lastIndexOf(' ');
		return (space > SUMMARY / 2 ? cut.substring(0, space) : cut) + "…";
	}

	/** The plain-text description as paragraphs of rich text. */
	static String body(String description) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : description.strip().split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				html.append("<p>")
					.append(HtmlUtils.htmlEscape(paragraph.strip()).replaceAll("\\R", "<br>"))
					.append("</p>");
			}
		}
		return RichText.sanitize(html.toString());
	}

	/** Lower-case ASCII words joined by dashes, at most 120 characters; « livrable » when nothing is left. */
	static String slug(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace("œ", "oe")
			.replace("Œ", "oe")
			.replace("æ", "ae")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > 120) {
			ascii = ascii.substring(0, 120).replaceAll("-+[a-z0-9]*$", "");
		}
		return ascii.isEmpty() ? "livrable" : ascii;
	}

}
