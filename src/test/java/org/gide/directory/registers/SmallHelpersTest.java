package org.gide.directory.registers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmallHelpersTest {

	@Test
	void onlyAsciiDigitsPassTheCheapCheck() {
		assertThat(Digits.only("30189")).isTrue();
		assertThat(Digits.only("2A004")).isFalse();
		assertThat(Digits.only("３０")).isFalse();
	}

	@Test
	void departementCodesMatchTheirCommunes() {
		DepartementCode gard = DepartementCode.of("30");
		assertThat(gard.contains("30189")).isTrue();
		assertThat(gard.contains("34172")).isFalse();
		assertThat(gard.contains("3018")).isFalse();
		assertThat(gard.metropolitan()).isTrue();
		assertThat(DepartementCode.of("2a").contains("2A004")).isTrue();
		assertThat(DepartementCode.of("2B").contains("2A004")).isFalse();
		assertThat(DepartementCode.of("20").contains("2B033")).isTrue();
		DepartementCode reunion = DepartementCode.of("974");
		assertThat(reunion.contains("97411")).isTrue();
		assertThat(reunion.contains("97105")).isFalse();
		assertThat(reunion.metropolitan()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> DepartementCode.of("97"));
		assertThatIllegalArgumentException().isThrownBy(() -> DepartementCode.of("2C"));
	}

	@Test
	void valuesParseRegisterConventions() throws Values.Invalid {
		assertThat(Values.text("  [ND] ")).isNull();
		assertThat(Values.text(" x ")).isEqualTo("x");
		assertThat(Values.date("0001-01-01")).isNull();
		assertThat(Values.date("2019-02-28")).hasToString("2019-02-28");
		assertThat(Values.dateTime("2024-01-15 10:32:11")).hasToString("2024-01-15T10:32:11");
		assertThat(Values.decimal("786518.1")).isEqualTo(786518.1);
		assertThat(Values.decimal("[ND]")).isNull();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.date("2019-02-30"))
			.isInstanceOf(Values.Invalid.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.decimal("1e5"))
			.isInstanceOf(Values.Invalid.class);
	}

}
