package org.gide.agenda.registrations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.gide.web.HourlyAddressLimit;

/**
 * At most {@code gide.agenda.registrations-per-hour} accepted registration forms per IP address in any hour (each
 * one mails someone).
 */
@Component
class EventRegistrationRateLimit extends HourlyAddressLimit {

	EventRegistrationRateLimit(@Value("${gide.agenda.registrations-per-hour:10}") int perHour) {
		super(perHour);
	}

}
