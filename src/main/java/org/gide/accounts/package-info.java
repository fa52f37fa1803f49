/**
 * Accounts: registration with email verification, login with throttling, password reset, profile and RGPD
 * deletion, roles and the directions agents belong to, administration screens and their audit log.
 * <p>
 * Public API: {@link org.gide.accounts.Role}, {@link org.gide.accounts.Accounts} (implemented as a Spring bean) and
 * {@link org.gide.accounts.AccountSummary}. Everything else is internal.
 * <p>
 * Retention of personal data (run nightly): accounts whose email was never confirmed are erased 30 days after
 * registration; verification and reset links once expired (48 h and 1 h); login failure counters one day after
 * the last failure; audit entries after five years. A deleted account leaves only its id in the audit log, its email replaced by an anonymous label.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "web", "mail" })
package org.gide.accounts;
