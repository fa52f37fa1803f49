package org.gide.resources.digest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.gide.web.HourlyAddressLimit;

/**
 * At most {@code gide.resources.digest.subscriptions-per-hour} accepted subscription forms per IP address in any
 * hour (each one mails a confirmation).
 */
@Component
class SubscriptionRateLimit extends HourlyAddressLimit {

	SubscriptionRateLimit(@Value("${gide.resources.digest.subscriptions-per-hour:5}") int perHour) {
		super(perHour);
	}

}
