/**
 * Uploaded files, for every module that accepts them (calls' documents and dossiers, the resource centre's
 * attachments): a file is kept only when its extension is one the module's {@link org.gide.files.UploadRules}
 * accept, its first bytes match that kind (a renamed executable is refused) and it is not larger than the rules
 * allow. Stored under {@code gide.uploads.dir} in {@code <area>/<folder>/<24 hex>.<ext>}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fichiers déposés", allowedDependencies = {})
package org.gide.files;
