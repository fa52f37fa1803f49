/**
 * Accounts: registration with email verification, login (with throttling), password reset, profile and RGPD
 * deletion, roles and directions of agents, administration screens and their audit log. Public API: {@link
 * org.gide.accounts.Role}, {@link org.gide.accounts.Accounts}, {@link org.gide.accounts.AccountSummary}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "web", "mail" })
package org.gide.accounts;
