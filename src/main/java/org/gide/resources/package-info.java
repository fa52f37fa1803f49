/**
 * Centre de ressources (plan actions 3.1 and 4.2): news, articles, methods and tools, inventory of commons,
 * deliverables of the appels à commun(s), impact studies, offers, external funding calls and student works,
 * written by organisations and an editorial committee, published through an editorial workflow. See
 * {@code docs/resources.md}. {@code calls} is needed only for its events; part E adds {@code files}, the upload module it
 * creates (section 9), to the allowed dependencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Centre de ressources",
		allowedDependencies = { "directory", "territory", "accounts", "mail", "web", "files", "calls" })
package org.gide.resources;
