package org.gide.directory.registers;

/** The cheap check run before any key validation: a register field made of ASCII digits only. */
final class Digits {

	private Digits() {
	}

	static boolean only(CharSequence s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
