package org.gide.resources.workflow;

import java.util.ArrayList;
import java.util.List;

import org.gide.resources.item.ResourceItem;
import org.gide.web.RichText;

/**
 * The fields each type requires before it is submitted, scheduled or published (docs/resources.md § 1, column
 * « required »), beyond what the table's checks already force. Rich texts count as empty when they have no text.
 */
public final class RequiredFields {

	private RequiredFields() {
	}

	/** Message keys ({@code resources.workflow.field.<name>}) of the required fields the item leaves empty. */
	public static List<String> missing(ResourceItem item) {
		List<String> missing = new ArrayList<>();
		require(missing, "title", blank(item.getTitle()));
		switch (item.getType()) {
			case NEWS -> {
			}
			case ARTICLE -> require(missing, "articleKind", item.getArticleKind() == null);
			case METHOD -> {
				require(missing, "purpose", empty(item.getPurpose()));
				require(missing, "audience", empty(item.getAudience()));
				require(missing, "usage", empty(item.getUsage()));
			}
			case COMMONS -> {
				require(missing, "commonsResource", empty(item.getCommonsResource()));
				require(missing, "commonsCommunity", empty(item.getCommonsCommunity()));
				require(missing, "commonsRules", empty(item.getCommonsRules()));
				require(missing, "commonsGovernance", empty(item.getCommonsGovernance()));
			}
			case DELIVERABLE -> {
				require(missing, "deliverable", item.getDeliverableId() == null);
				require(missing, "call", item.getCallId() == null);
				require(missing, "dossier", item.getDossierId() == null);
				require(missing, "link", blank(item.getLinkUrl()));
			}
			case IMPACT_STUDY -> {
				require(missing, "experimentName", blank(item.getExperimentName()));
				require(missing, "results", empty(item.getResults()));
			}
			case OFFER -> {
				require(missing, "offerKind", item.getOfferKind() == null);
				require(missing, "expiresAt", item.getExpiresAt() == null);
				require(missing, "linkOrEmail", blank(item.getLinkUrl()) && blank(item.getContactEmail()));
			}
			case FUNDING_CALL -> {
				require(missing, "funder", blank(item.getFunder()));
				require(missing, "deadline", item.getExpiresAt() == null);
				require(missing, "link", blank(item.getLinkUrl()));
			}
			case STUDENT_WORK -> {
				require(missing, "institution", blank(item.getInstitution()));
				require(missing, "academicYear", blank(item.getAcademicYear()));
			}
		}
		return missing;
	}

	private static void require(List<String> missing, String field, boolean isMissing) {
		if (isMissing) {
			missing.add("resources.workflow.field." + field);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean empty(String richText) {
		return richText == null || RichText.plainText(richText).isBlank();
	}

}
