package org.gide.directory.registers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SireneUnitIndexTest {

	private static SireneUnit unit(String siren, int i) {
		return new SireneUnit(siren, i % 2 == 0 ? "O" : "P", i % 3 == 0 ? null : LocalDate.of(1990 + i % 30, 1 + i % 12, 1),
				i % 5 == 0 ? "S" + i : null, "UNITE " + i, null, null, null, "9220", "88.99B", "NAFRev2",
				i % 4 == 0 ? null : "11", i % 2 == 0, i % 3 == 0 ? null : Boolean.TRUE, Boolean.FALSE, "A",
				i % 7 == 0 ? "W30" + String.format("%07d", i) : null);
	}

	private static String siren(int i) {
		String body = String.format("%08d", i);
		for (int k = 0; k < 10; k++) {
			if (org.gide.directory.Siren.isValid(body + k)) {
				return body + k;
			}
		}
		throw new IllegalStateException();
	}

	@Test
	void storesAndRestoresUnitsExactly() {
		SireneUnitIndex index = new SireneUnitIndex();
		for (int i = 0; i < 20_000; i++) {
			index.put(unit(siren(i), i));
		}
		assertThat(index.size()).isEqualTo(20_000);
		for (int i = 0; i < 20_000; i += 7) {
			assertThat(index.get(siren(i))).isEqualTo(unit(siren(i), i));
		}
		// Leading zeros survive.
		assertThat(index.get(siren(1)).siren()).isEqualTo(siren(1)).startsWith("0000000");
		assertThat(index.get(siren(20_001))).isNull();
		assertThat(index.get("abc")).isNull();
		// Replacing a unit keeps one entry.
		index.put(unit(siren(3), 4));
		assertThat(index.size()).isEqualTo(20_000);
		assertThat(index.get(siren(3)).denomination()).isEqualTo("UNITE 4");
	}

}
