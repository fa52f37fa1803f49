package org.gide.directory.people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.gide.web.HourlyAddressLimit;

/** At most {@code gide.directory.proposals.per-hour} accepted proposals per IP address in any hour. */
@Component
class ProposalRateLimit extends HourlyAddressLimit {

	ProposalRateLimit(@Value("${gide.directory.proposals.per-hour:5}") int perHour) {
		super(perHour);
	}

}
