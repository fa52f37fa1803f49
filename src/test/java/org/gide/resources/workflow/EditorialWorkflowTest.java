package org.gide.resources.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.calls.dossiers.DossierFixtures;
import org.gide.directory.Organisations;
import org.gide.resources.item.ResourceActor;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.item.ResourceNotFound;
import org.gide.support.IntegrationTest;

/**
 * The editorial workflow against the real database and SMTP server: version checks, reasons, required fields,
 * rights of contributors of another organisation, the transition log, decision mails, publication dates and the
 * due-schedule job with a fixed clock.
 */
class EditorialWorkflowTest extends IntegrationTest {

	@Autowired
	private EditorialWorkflow workflow;

	@Autowired
	private EditorialComments comments;

	@Autowired
	private DueSchedule dueSchedule;

	@Autowired
	private ResourceItems items;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	private ResourceActor editor() {
		String email = AccountsFixtures.uniqueEmail("edition");
		long id = accounts.createVerifiedAccount(email, "Édith Comité", AccountsFixtures.PASSWORD, EnumSet.of(Role.EDITOR));
		return WorkflowFixtures.editor(id);
	}

	private int transitions(long itemId) {
		return jdbc.queryForObject("select count(*) from resource_transition where item_id = ?", Integer.class, itemId);
	}

	@Test
	void submitNamesEachMissingFieldThenSubmitsAndLogs() {
		DossierFixtures.Admin admin = WorkflowFixtures.contributor(accounts, organisations, jdbc, "soumission");
		ResourceActor contributor = WorkflowFixtures.actor(admin);
		ResourceItem item = WorkflowFixtures.method(items, admin.organisationId(), admin.accountId(), false);

		assertThatThrownBy(() -> workflow.apply(item.getId(), item.getVersion(), EditorialAction.SUBMIT, contributor,
				"", null))
			.isInstanceOfSatisfying(EditorialRefusal.class, refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("resources.workflow.error.missing");
				assertThat(refusal.missingFields()).containsExactly("resources.workflow.field.purpose",
						"resources.workflow.field.audience", "resources.workflow.field.usage");
			});
		assertThat(items.find(item.getId()).orElseThrow().getState()).isEqualTo(ResourceState.DRAFT);
		assertThat(transitions(item.getId())).isZero();

		ResourceItem complete = WorkflowFixtures.method(items, admin.organisationId(), admin.accountId(), true);
		WorkflowFixtures.revision(jdbc, complete, 1, complete.getTitle(), "", "", "{}");
		ResourceItem submitted = workflow.apply(complete.getId(), complete.getVersion(), EditorialAction.SUBMIT,
				contributor, "Première version", null);
		assertThat(submitted.getState()).isEqualTo(ResourceState.SUBMITTED);
		assertThat(submitted.getSubmittedAt()).isNotNull();
		assertThat(submitted.getVersion()).isGreaterThan(complete.getVersion());

		assertThat(workflow.transitions(complete.getId())).singleElement().satisfies(t -> {
			assertThat(t.action()).isEqualTo(EditorialAction.SUBMIT);
			assertThat(t.from()).isEqualTo(ResourceState.DRAFT);
			assertThat(t.to()).isEqualTo(ResourceState.SUBMITTED);
			assertThat(t.actorId()).isEqualTo(admin.accountId());
			assertThat(t.actorLabel()).isEqualTo(admin.name());
			assertThat(t.actorRole()).isEqualTo(ActorRole.CONTRIBUTOR);
			assertThat(t.reason()).isEqualTo("Première version");
			assertThat(t.revision()).isEqualTo(1);
		});

		// Withdrawn by its contributor: back to DRAFT.
		ResourceItem withdrawn = workflow.apply(complete.getId(), submitted.getVersion(), EditorialAction.WITHDRAW,
				contributor, "", null);
		assertThat(withdrawn.getState()).isEqualTo(ResourceState.DRAFT);
		assertThat(transitions(complete.getId())).isEqualTo(2);
	}

	@Test
	void aStaleVersionChangesNothing() {
		DossierFixtures.Admin admin = WorkflowFixtures.contributor(accounts, organisations, jdbc, "perime");
		ResourceActor contributor = WorkflowFixtures.actor(admin);
		ResourceItem item = WorkflowFixtures.method(items, admin.organisationId(), admin.accountId(), true);
		long seen = item.getVersion();
		ResourceItem submitted = workflow.apply(item.getId(), seen, EditorialAction.SUBMIT, contributor, "", null);

		ResourceActor editor = editor();
		assertThatThrownBy(() -> workflow.apply(item.getId(), seen, EditorialAction.APPROVE, editor, "", null))
			.isInstanceOf(StaleResourceException.class);
		ResourceItem now = items.find(item.getId()).orElseThrow();
		assertThat(now.getState()).isEqualTo(ResourceState.SUBMITTED);
		assertThat(now.getVersion()).isEqualTo(submitted.getVersion());
		assertThat(transitions(item.getId())).isEqualTo(1);
	}

	@Test
	void reasonsAreRequiredAndMailedWithALinkToTheWorkspace() {
		DossierFixtures.Admin admin = WorkflowFixtures.contributor(accounts, organisations, jdbc, "motif");
		ResourceActor contributor = WorkflowFixtures.actor(admin);
		ResourceItem item = WorkflowFixtures.method(items, admin.organisationId(), admin.accountId(), true);
		ResourceItem submitted = workflow.apply(item.getId(), item.getVersion(), EditorialAction.SUBMIT, contributor,
				"", null);
		ResourceActor editor = editor();

		for (EditorialAction action : new EditorialAction[] { EditorialAction.REQUEST_CHANGES,
				EditorialAction.DECLINE }) {
			assertThatThrownBy(() -> workflow.apply(item.getId(), submitted.getVersion(), action, editor, "   ", null))
				.isInstanceOfSatisfying(EditorialRefusal.class, refusal -> {
					assertThat(refusal.field()).isEqualTo("reason");
					assertThat(refusal.messageKey()).isEqualTo("resources.workflow.error.reason-required");
				});
		}
		assertThat(transitions(item.getId())).isEqualTo(1);

		ResourceItem changes = workflow.apply(item.getId(), submitted.getVersion(), EditorialAction.REQUEST_CHANGES,
				editor, "Précisez pour qui est cet outil.", null);
		assertThat(changes.getState()).isEqualTo(ResourceState.CHANGES_REQUESTED);
		String body = AccountsFixtures.awaitMail(MAIL, admin.email(), 1);
		assertThat(body).contains(item.getTitle())
			.contains("modifications demandées")
			.contains("Précisez pour qui est cet outil.")
			.contains("/ressources/contributions/" + item.getId());
		assertThat(AccountsFixtures.subjectOfLastMailTo(MAIL, admin.email())).contains(item.getTitle());

		// Not allowed from this state: named, nothing logged.
		assertThatThrownBy(() -> workflow.apply(item.getId(), changes.getVersion(), EditorialAction.APPROVE, editor,
				"", null))
			.isInstanceOfSatisfying(EditorialRefusal.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("resources.workflow.error.transition"));
		// A contributor cannot act as the committee.
		assertThatThrownBy(() -> workflow.apply(item.getId(), changes.getVersion(), EditorialAction.PUBLISH,
				contributor, "", null))
			.isInstanceOf(EditorialRefusal.class);
		assertThat(transitions(item.getId())).isEqualTo(2);
	}

	@Test
	void anAdministratorOfAnotherOrganisationCannotActNorComment() {
		DossierFixtures.Admin owner = WorkflowFixtures.contributor(accounts, organisations, jdbc, "proprietaire");
		DossierFixtures.Admin other = WorkflowFixtures.contributor(accounts, organisations, jdbc, "voisine");
		ResourceItem item = WorkflowFixtures.method(items, owner.organisationId(), owner.accountId(), true);
		ResourceActor intruder = WorkflowFixtures.actor(other);

		assertThatThrownBy(() -> workflow.apply(item.getId(), item.getVersion(), EditorialAction.SUBMIT, intruder, "",
				null))
			.isInstanceOf(ResourceNotFound.class);
		assertThatThrownBy(() -> comments.add(item.getId(), intruder, "Je passe par là"))
			.isInstanceOf(ResourceNotFound.class);
		assertThatThrownBy(() -> workflow.apply(Long.MAX_VALUE, 0, EditorialAction.SUBMIT, intruder, "", null))
			.isInstanceOf(ResourceNotFound.class);
		assertThat(items.find(item.getId()).orElseThrow().getState()).isEqualTo(ResourceState.DRAFT);
		assertThat(comments.of(item.getId())).isEmpty();
	}

	@Test
	void commentsAreBoundToTheCurrentRevision() {
		DossierFixtures.Admin admin = WorkflowFixtures.contributor(accounts, organisations, jdbc, "commentaire");
		ResourceItem item = WorkflowFixtures.method(items, admin.organisationId(), admin.accountId(), true);
		WorkflowFixtures.revision(jdbc, item, 1, item.getTitle(), "", "", "{}");
		WorkflowFixtures.revision(jdbc, item, 2, item.getTitle(), "Résumé", "", "{}");
		ResourceActor editor = editor();

		assertThatThrownBy(() -> comments.add(item.getId(), editor, "  "))
			.isInstanceOfSatisfying(EditorialRefusal.class, r -> assertThat(r.field()).isEqualTo("body"));
		comments.add(item.getId(), editor, "Pouvez-vous ajouter un exemple ?");
		comments.add(item.getId(), WorkflowFixtures.actor(admin), "C’est fait.");
		assertThat(comments.of(item.getId())).extracting(EditorialComment::body, EditorialComment::revision,
				EditorialComment::authorRole)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Pouvez-vous ajouter un exemple ?", 2, ActorRole.EDITOR),
					org.assertj.core.groups.Tuple.tuple("C’est fait.", 2, ActorRole.CONTRIBUTOR));
	}

	@Test
	void publicationKeepsTheFirstDateAndUnpublishingNeedsAReason() {
		DossierFixtures.Admin admin = WorkflowFixtures.contributor(accounts, organisations, jdbc, "publication");
		ResourceItem item = WorkflowFixtures.method(items, admin.organisationId(), admin.accountId(), true);
		ResourceActor editor = editor();

		ResourceItem published = workflow.apply(item.getId(), item.getVersion(), EditorialAction.PUBLISH, editor, "",
				null);
		assertThat(published.getState()).isEqualTo(ResourceState.PUBLISHED);
		Instant first = published.getPublishedAt();
		assertThat(first).isNotNull().isEqualTo(published.getLastPublishedAt());
		assertThat(AccountsFixtures.awaitMail(MAIL, admin.email(), 1)).contains("contribution publiée")
			.contains(published.path());

		assertThatThrownBy(() -> workflow.apply(item.getId(), published.getVersion(), EditorialAction.UNPUBLISH,
				editor, "", null))
			.isInstanceOf(EditorialRefusal.class);
		ResourceItem unpublished = workflow.apply(item.getId(), published.getVersion(), EditorialAction.UNPUBLISH,
				editor, "Information périmée", null);
		assertThat(unpublished.getState()).isEqualTo(ResourceState.UNPUBLISHED);
		assertThat(unpublished.getPublishedAt()).isEqualTo(first);
		assertThat(AccountsFixtures.awaitMail(MAIL, admin.email(), 2)).contains("Information périmée");

		ResourceItem again = workflow.applyAsSystem(item.getId(), EditorialAction.PUBLISH, "");
		assertThat(again.getPublishedAt()).isEqualTo(first);
		assertThat(again.getLastPublishedAt()).isAfterOrEqualTo(first);
		assertThat(workflow.transitions(item.getId())).extracting(EditorialTransition::actorRole)
			.containsExactly(ActorRole.EDITOR, ActorRole.EDITOR, ActorRole.SYSTEM);
		// A SYSTEM publication that is not a due schedule (a deliverable) mails nobody.
		assertThat(AccountsFixtures.mailsTo(MAIL, admin.email())).hasSize(2);
	}

	@Test
	void scheduledItemsArePublishedWhenDue() {
		DossierFixtures.Admin admin = WorkflowFixtures.contributor(accounts, organisations, jdbc, "programme");
		ResourceItem item = WorkflowFixtures.method(items, admin.organisationId(), admin.accountId(), true);
		ResourceActor editor = editor();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

		assertThatThrownBy(() -> workflow.apply(item.getId(), item.getVersion(), EditorialAction.SCHEDULE, editor, "",
				now.minus(Duration.ofMinutes(5))))
			.isInstanceOfSatisfying(EditorialRefusal.class, r -> {
				assertThat(r.field()).isEqualTo("scheduledFor");
				assertThat(r.messageKey()).isEqualTo("resources.workflow.error.date-past");
			});
		Instant at = now.plus(Duration.ofHours(3));
		ResourceItem scheduled = workflow.apply(item.getId(), item.getVersion(), EditorialAction.SCHEDULE, editor,
				"", at);
		assertThat(scheduled.getState()).isEqualTo(ResourceState.SCHEDULED);
		assertThat(scheduled.getScheduledFor()).isEqualTo(at);

		assertThat(dueSchedule.publishDue(Clock.fixed(at.minusSeconds(1), ZoneOffset.UTC))).isZero();
		assertThat(items.find(item.getId()).orElseThrow().getState()).isEqualTo(ResourceState.SCHEDULED);

		assertThat(dueSchedule.publishDue(Clock.fixed(at.plusSeconds(30), ZoneOffset.UTC))).isGreaterThanOrEqualTo(1);
		ResourceItem published = items.find(item.getId()).orElseThrow();
		assertThat(published.getState()).isEqualTo(ResourceState.PUBLISHED);
		assertThat(published.getScheduledFor()).isNull();
		assertThat(published.getPublishedAt()).isEqualTo(at.plusSeconds(30));
		assertThat(workflow.transitions(item.getId())).last().satisfies(t -> {
			assertThat(t.action()).isEqualTo(EditorialAction.PUBLISH);
			assertThat(t.actorRole()).isEqualTo(ActorRole.SYSTEM);
			assertThat(t.from()).isEqualTo(ResourceState.SCHEDULED);
		});
		assertThat(AccountsFixtures.awaitMail(MAIL, admin.email(), 1)).contains("contribution publiée");
		// A second run finds nothing left to do for this item.
		assertThat(dueSchedule.publishDue(Clock.fixed(at.plusSeconds(60), ZoneOffset.UTC))).isZero();
	}

}
