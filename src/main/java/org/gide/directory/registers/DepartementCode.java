package org.gide.directory.registers;

import java.util.regex.Pattern;

/**
 * An INSEE département code ({@code 30}, {@code 2A}, {@code 974}) and the commune codes it contains.
 * <p>
 * A commune code belongs to the département when it starts with the département code: two characters in
 * metropolitan France ({@code 30189} for Nîmes, {@code 2A004} for Ajaccio), three for the overseas départements
 * ({@code 97411}). {@code 20} (the former Corsica code) matches both {@code 2A} and {@code 2B} communes, and also
 * the old {@code 20xxx} commune codes still found in some files.
 */
public record DepartementCode(String code) {

	private static final Pattern VALID = Pattern.compile("0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-8]|98[4-9]");

	public DepartementCode {
		if (code == null || !VALID.matcher(code).matches()) {
			throw new IllegalArgumentException("Code de département invalide : " + code);
		}
	}

	public static DepartementCode of(String code) {
		return new DepartementCode(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT));
	}

	/** Whether this département contains the commune {@code communeCode} (5 characters). */
	public boolean contains(CharSequence communeCode) {
		if (communeCode == null || communeCode.length() != 5) {
			return false;
		}
		if (this.code.equals("20")) {
			char c1 = communeCode.charAt(1);
			return communeCode.charAt(0) == '2' && (c1 == 'A' || c1 == 'B' || c1 == '0');
		}
		for (int i = 0; i < this.code.length(); i++) {
			if (communeCode.charAt(i) != this.code.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** Whether coordinates of this département's establishments are Lambert-93 (metropolitan France). */
	public boolean metropolitan() {
		return this.code.length() == 2;
	}

}
