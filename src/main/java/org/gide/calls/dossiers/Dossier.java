package org.gide.calls.dossiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gide.web.RichText;

/**
 * A dossier as read from the database, with its partners, linked needs, pooled resources, budget and attachments.
 * It knows which rules of its call it does not meet yet ({@link #unmetRules}), the ones a submission re-checks.
 */
public record Dossier(long id, long callId, long leadOrganisation, String title, String summary,
		String descriptionHtml, String diagnosisText, String governanceHtml, List<String> themes, String status,
		Instant submittedAt, Instant createdAt, Instant updatedAt, long version, List<Partner> partners,
		List<LinkedNeed> needs, List<Resource> resources, List<BudgetLine> budget, List<Attachment> attachments) {

	public static final String DRAFT = "DRAFT";

	public static final String SUBMITTED = "SUBMITTED";

	/** An organisation of the dossier: the lead or an invited partner, and how it answered. */
	public record Partner(long organisationId, String name, String role, String status, String signatoryName,
			String signatoryRole, BigDecimal budgetShare, Instant invitedAt, Instant answeredAt, String declineReason) {

		public boolean lead() {
			return "LEAD".equals(role);
		}

		public boolean accepted() {
			return "ACCEPTED".equals(status);
		}

		public boolean invited() {
			return "INVITED".equals(status);
		}

		public boolean hasSignatory() {
			return signatoryName != null && !signatoryName.isBlank();
		}

	}

	public record LinkedNeed(long id, String title, String status) {
	}

	/** A pooled resource, MATERIAL or IMMATERIAL, brought by one partner. */
	public record Resource(long id, long organisationId, String organisationName, String kind, String description) {
	}

	/** EXPENSE or RESOURCE; {@code organisationId} null: shared by the partners. */
	public record BudgetLine(long id, int position, String kind, String label, Long organisationId,
			String organisationName, BigDecimal amount) {
	}

	public record Attachment(long id, String title, String fileName, String contentType, long sizeBytes,
			Instant uploadedAt) {
	}

	/** A rule of the call the dossier does not meet: a message key of {@code calls-dossiers} and its arguments. */
	public record UnmetRule(String key, Object... args) {
	}

	public boolean submitted() {
		return SUBMITTED.equals(status);
	}

	/** The co-authors: the accepted organisations, lead first. */
	public List<Partner> coauthors() {
		return partners.stream().filter(Partner::accepted).toList();
	}

	public Optional<Partner> partner(long organisationId) {
		return partners.stream().filter(p -> p.organisationId() == organisationId).findFirst();
	}

	public String leadName() {
		return partner(leadOrganisation).map(Partner::name).orElse("");
	}

	public BigDecimal total(String kind) {
		return budget.stream().filter(l -> l.kind().equals(kind)).map(BudgetLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal expenses() {
		return total("EXPENSE");
	}

	public BigDecimal incomes() {
		return total("RESOURCE");
	}

	/** Resources minus expenses: zero when the budget is balanced. */
	public BigDecimal balance() {
		return incomes().subtract(expenses());
	}

	public boolean hasDiagnosis() {
		return !diagnosisText.isBlank() || !needs.isEmpty();
	}

	/**
	 * Every rule of the call this dossier does not meet at {@code now}, named precisely; empty: it may be submitted.
	 */
	public List<UnmetRule> unmetRules(CallRules call, Instant now) {
		List<UnmetRule> unmet = new ArrayList<>();
		if (call.deadlinePassed(now)) {
			unmet.add(new UnmetRule("dossiers.rule.deadline"));
		}
		else if (!call.openAt(now)) {
			unmet.add(new UnmetRule("dossiers.rule.callClosed"));
		}
		if (submitted()) {
			unmet.add(new UnmetRule("dossiers.rule.alreadySubmitted"));
		}
		long accepted = coauthors().size();
		if (accepted < call.minOrganisations()) {
			unmet.add(new UnmetRule("dossiers.rule.organisations", accepted, call.minOrganisations()));
		}
		if (themes.size() < call.minThemes()) {
			unmet.add(new UnmetRule("dossiers.rule.themes", themes.size(), call.minThemes()));
		}
		if (summary.isBlank()) {
			unmet.add(new UnmetRule("dossiers.rule.summary"));
		}
		if (RichText.plainText(descriptionHtml).isBlank()) {
			unmet.add(new UnmetRule("dossiers.rule.description"));
		}
		if (call.diagnosisRequired() && !hasDiagnosis()) {
			unmet.add(new UnmetRule("dossiers.rule.diagnosis"));
		}
		if (RichText.plainText(governanceHtml).isBlank()) {
			unmet.add(new UnmetRule("dossiers.rule.governance"));
		}
		if (resources.isEmpty()) {
			unmet.add(new UnmetRule("dossiers.rule.resources"));
		}
		for (Partner partner : coauthors()) {
			if (!partner.hasSignatory()) {
				unmet.add(new UnmetRule("dossiers.rule.signatory", partner.name()));
			}
		}
		return unmet;
	}

}
