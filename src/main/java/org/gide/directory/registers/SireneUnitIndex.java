package org.gide.directory.registers;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The legal units kept from {@code StockUniteLegale}, by SIREN, stored compactly for the join with the
 * establishments: an open-addressing table of {@code int} keys and one packed string per unit (about 150 bytes a
 * unit instead of ~600 for a map of records), so that the few hundred thousand ESS units of France fit in memory.
 * Units are unpacked on {@link #get(String)}. Not thread-safe (it caches the last unit read).
 */
public final class SireneUnitIndex {

	private static final char SEP = '\u001f';

	private int[] keys;
	private String[] values;
	private int size;

	private int lastKey = -1;

	private SireneUnit last;

	public SireneUnitIndex() {
		this.keys = new int[1024];
		Arrays.fill(this.keys, -1);
		this.values = new String[1024];
	}

	/** Number of units. */
	public int size() {
		return this.size;
	}

	void put(SireneUnit unit) {
		if ((this.size + 1) * 2 > this.keys.length) {
			grow();
		}
		insert(Integer.parseInt(unit.siren()), pack(unit));
		this.last = null;
	}

	/** The unit of that SIREN, or {@code null}. */
	public SireneUnit get(String siren) {
		if (siren == null || siren.length() != 9 || !Digits.only(siren)) {
			return null;
		}
		return get(Integer.parseInt(siren));
	}

	SireneUnit get(int siren) {
		// StockEtablissement is sorted by SIRET: consecutive rows often share their unit.
		if (siren == this.lastKey && this.last != null) {
			return this.last;
		}
		String packed = find(siren);
		if (packed == null) {
			return null;
		}
		this.lastKey = siren;
		this.last = unpack(siren, packed);
		return this.last;
	}

	boolean contains(int siren) {
		return find(siren) != null;
	}

	private String find(int key) {
		int mask = this.keys.length - 1;
		for (int i = mix(key) & mask;; i = (i + 1) & mask) {
			int k = this.keys[i];
			if (k == key) {
				return this.values[i];
			}
			if (k == -1) {
				return null;
			}
		}
	}

	private void insert(int key, String value) {
		int mask = this.keys.length - 1;
		for (int i = mix(key) & mask;; i = (i + 1) & mask) {
			if (this.keys[i] == key) {
				this.values[i] = value;
				return;
			}
			if (this.keys[i] == -1) {
				this.keys[i] = key;
				this.values[i] = value;
				this.size++;
				return;
			}
		}
	}

	private void grow() {
		int[] oldKeys = this.keys;
		String[] oldValues = this.values;
		this.keys = new int[oldKeys.length * 2];
		Arrays.fill(this.keys, -1);
		this.values = new String[oldKeys.length * 2];
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != -1) {
				insert(oldKeys[i], oldValues[i]);
			}
		}
	}

	private static int mix(int key) {
		int h = key * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	private static String pack(SireneUnit u) {
		StringBuilder sb = new StringBuilder(96);
		append(sb, u.siren());
		append(sb, u.statutDiffusion());
		append(sb, u.dateCreation() == null ? null : u.dateCreation().toString());
		append(sb, u.sigle());
		append(sb, u.denomination());
		append(sb, u.denominationUsuelle());
		append(sb, u.nom());
		append(sb, u.prenom());
		append(sb, u.categorieJuridique());
		append(sb, u.activitePrincipale());
		append(sb, u.nomenclatureActivite());
		append(sb, u.trancheEffectifs());
		append(sb, flag(u.caractereEmployeur()));
		append(sb, flag(u.economieSocialeSolidaire()));
		append(sb, flag(u.societeMission()));
		append(sb, u.etatAdministratif());
		append(sb, u.identifiantAssociation());
		return sb.toString();
	}

	private static void append(StringBuilder sb, String value) {
		if (value != null) {
			// The separator cannot occur in register text; drop it defensively.
			sb.append(value.indexOf(SEP) < 0 ? value : value.replace(String.valueOf(SEP), ""));
		}
		sb.append(SEP);
	}

	private static String flag(Boolean b) {
		return b == null ? null : (b ? "O" : "N");
	}

	private static SireneUnit unpack(int siren, String packed) {
		String[] f = new String[17];
		int from = 0;
		for (int i = 0; i < 17; i++) {
			int to = packed.indexOf(SEP, from);
			f[i] = to == from ? null : packed.substring(from, to);
			from = to + 1;
		}
		LocalDate created = null;
		if (f[2] != null) {
			created = LocalDate.of(Integer.parseInt(f[2], 0, 4, 10), Integer.parseInt(f[2], 5, 7, 10),
					Integer.parseInt(f[2], 8, 10, 10));
		}
		return new SireneUnit(f[0], f[1], created, f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11],
				Values.flag(f[12]), Values.flag(f[13]), Values.flag(f[14]), f[15], f[16]);
	}

}
