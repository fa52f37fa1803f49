package org.gide.directory;

/** Contact details an organisation agrees to publish; each may be null. */
public record PublicContact(String website, String email, String phone) {
}
