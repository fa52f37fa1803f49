package org.gide.directory.internal;

import java.util.List;

import org.gide.directory.InvalidValueException;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.OrganisationRefusedException;

/**
 * The problems the directory's rules find in a draft, without writing anything: lets a form that already found
 * problems of its own (an unknown commune, a malformed number) report every problem at once.
 */
public final class DraftValidation {

	private DraftValidation() {
	}

	public static List<InvalidValueException> problems(OrganisationDraft draft) {
		try {
			OrganisationService.apply(draft, new Organisation("?", draft.getSource(), draft.getSourceKey()));
			return List.of();
		}
		catch (OrganisationRefusedException e) {
			return e.problems();
		}
		catch (InvalidValueException e) {
			return List.of(e);
		}
	}

}
