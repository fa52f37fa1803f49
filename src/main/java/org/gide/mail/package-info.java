/**
 * Outgoing mail: every message is first kept in a local outbox (in the sender's transaction), then delivered
 * through SMTP after commit when a host is configured, with retries. Without SMTP the outbox is the delivery:
 * messages are logged and administrators can read them in the development profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.gide.mail;
