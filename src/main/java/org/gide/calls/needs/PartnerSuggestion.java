package org.gide.calls.needs;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

import org.gide.directory.Sector;

/**
 * An organisation the partner finder suggests, its score (the sum of the points of its reasons, see
 * {@link PartnerFinder}) and its reasons, each a message key with arguments to show beside it.
 */
public record PartnerSuggestion(long organisationId, String name, Sector sector, String communeCode,
		String communeName, double distanceKm, int score, List<Reason> reasons) {

	public PartnerSuggestion {
		reasons = List.copyOf(reasons);
	}

	/** Why it is suggested: a message key of {@code i18n/calls-needs}, its arguments and the points it brought. */
	public record Reason(String code, List<Object> args, int points) implements MessageSourceResolvable {

		public Reason {
			args = List.copyOf(args);
		}

		@Override
		public String[] getCodes() {
			return new String[] { code };
		}

		@Override
		public Object[] getArguments() {
			return args.toArray();
		}

		@Override
		public String getDefaultMessage() {
			return code;
		}

	}

}
