package org.gide.directory;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EmployeeBandTest {

	@Test
	void theSixteenInseeCodesAreKnown() {
		assertThat(Arrays.stream(EmployeeBand.values()).map(EmployeeBand::code)).containsExactly("NN", "00", "01",
				"02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53");
	}

	@Test
	void anEmployerHasAtLeastOneEmployeeOnTheThirtyFirstOfDecember() {
		assertThat(EmployeeBand.fromCode("NN").orElseThrow().employer()).isFalse();
		assertThat(EmployeeBand.fromCode("00").orElseThrow().employer()).isFalse();
		assertThat(EmployeeBand.fromCode("01").orElseThrow().employer()).isTrue();
		assertThat(EmployeeBand.fromCode("53").orElseThrow().employer()).isTrue();
	}

	@Test
	void bandsFollowEachOtherWithoutGaps() {
		EmployeeBand[] bands = EmployeeBand.values();
		for (int i = 2; i < bands.length; i++) {
			assertThat(bands[i].min()).as(bands[i].code()).isEqualTo(bands[i - 1].max() + 1);
		}
		assertThat(EmployeeBand.B53.max()).isNull();
	}

	@Test
	void codesAreReadLeniently() {
		assertThat(EmployeeBand.fromCode("0")).contains(EmployeeBand.B00);
		assertThat(EmployeeBand.fromCode("nn")).contains(EmployeeBand.NN);
		assertThat(EmployeeBand.fromCode(" ")).isEmpty();
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> EmployeeBand.fromCode("13")).code())
			.isEqualTo("directory.error.employeeBand.unknown");
	}

}
