package org.gide.directory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IdentityValuesTest {

	@ParameterizedTest
	@ValueSource(strings = { "732829320", "552100554", "356000000", "732 829 320", " 552\u00A0100\u00A0554 " })
	void realSirensWithAValidLuhnKeyAreAcceptedSpacesRemoved(String raw) {
		Siren siren = Siren.of(raw);

		assertThat(siren.value()).hasSize(9).containsOnlyDigits();
		assertThat(raw.replaceAll("[\\s\\u00A0]", "")).isEqualTo(siren.value());
	}

	@Test
	void aSirenIsPrintedByGroupsOfThree() {
		assertThat(Siren.of("732829320").formatted()).isEqualTo("732 829 320");
	}

	@ParameterizedTest
	@ValueSource(strings = { "732829321", "552100555", "123456789" })
	void aWrongCheckDigitIsRefusedAsSuch(String raw) {
		InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, () -> Siren.of(raw));

		assertThat(refused.code()).isEqualTo("directory.error.siren.key");
		assertThat(refused.field()).isEqualTo("siren");
		assertThat(refused.args()).containsExactly(raw);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "73282932", "7328293200", "73282932A" })
	void aSirenOfTheWrongShapeIsAFormatError(String raw) {
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> Siren.of(raw)).code())
			.isEqualTo("directory.error.siren.format");
		assertThat(Siren.isValid(raw)).isFalse();
	}

	@Test
	void aSiretIsCheckedOnItsFourteenDigitsAndGivesItsSiren() {
		Siret siret = Siret.of("732 829 320 00074");

		assertThat(siret.value()).isEqualTo("73282932000074");
		assertThat(siret.siren()).isEqualTo(Siren.of("732829320"));
		assertThat(siret.nic()).isEqualTo("00074");
		assertThat(siret.formatted()).isEqualTo("732 829 320 00074");
		assertThat(Siret.isValid("55210055400013")).isTrue();
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> Siret.of("73282932000075")).code())
			.isEqualTo("directory.error.siret.key");
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> Siret.of("7328293200007")).code())
			.isEqualTo("directory.error.siret.format");
	}

	@Test
	void aLuhnNumberOfFourteenDigitsIsNoSiretWhenItsSirenIsInvalid() {
		// 30000000000004 passes Luhn on 14 digits, but 300000000 is no SIREN.
		assertThat(Luhn.valid("30000000000004")).isTrue();
		assertThat(Siret.isValid("30000000000004")).isFalse();
	}

	@Test
	void aValidSirenWithAWrongNicIsStillAnInvalidSiret() {
		assertThat(Siren.isValid("732829320")).isTrue();
		assertThat(Siret.isValid("73282932000010")).isFalse();
	}

	@Test
	void laPosteEstablishmentsAreValidWhenTheirDigitSumIsAMultipleOfFive() {
		// 3+5+6+4+9+8+3+7 = 45: not a Luhn number, but a multiple of 5.
		assertThat(Luhn.valid("35600000049837")).isFalse();
		assertThat(Siret.isValid("35600000049837")).isTrue();
		assertThat(Siret.of("35600000049837").siren().value()).isEqualTo(Siren.LA_POSTE);
		// Digit sum 46: refused, although the same rule would accept its neighbour.
		assertThat(Siret.isValid("35600000049838")).isFalse();
	}

	@Test
	void laPosteHeadOfficeKeepsAnOrdinaryLuhnKey() {
		assertThat(Siret.isValid(Siret.LA_POSTE_HEAD_OFFICE)).isTrue();
		assertThat(Luhn.digitSum(Siret.LA_POSTE_HEAD_OFFICE) % 5).isNotZero();
	}

	@Test
	void theTestHelperMakesValidSirets() {
		assertThat(Siret.isValid(Identifiers.siret(30_000_001L))).isTrue();
		assertThat(Siren.isValid(Identifiers.siret(30_000_001L).substring(0, 9))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "W302001234", "w302001234", " W 302 001 234 ", "W30-2001234", "W2A1000123", "w2b1000456" })
	void rnaNumbersAreNormalisedToAnUpperCaseWAndNineCharacters(String raw) {
		RnaNumber rna = RnaNumber.of(raw);

		assertThat(rna.value()).matches("W[0-9A-B]{9}").startsWith("W").hasSize(10);
	}

	@Test
	void anRnaNumberTellsTheArrondissementThatRegisteredIt() {
		assertThat(RnaNumber.of("w302001234").value()).isEqualTo("W302001234");
		assertThat(RnaNumber.of("W302001234").registeringArrondissement()).isEqualTo("302");
		assertThat(RnaNumber.of("W2A1000123").registeringArrondissement()).isEqualTo("2A1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "302001234", "W30200123", "W3020012345", "X302001234", "W2C1000123",
			"WABCDEFGHI" })
	void otherShapesAreRefusedAsRnaNumbers(String raw) {
		InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, () -> RnaNumber.of(raw));

		assertThat(refused.code()).isEqualTo("directory.error.rna.format");
		assertThat(refused.field()).isEqualTo("rna");
	}

	@Test
	void legalCategoriesAreFourDigitInseeCodes() {
		assertThat(LegalCategory.of(" 9220 ").code()).isEqualTo("9220");
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> LegalCategory.of("92")).code())
			.isEqualTo("directory.error.legalCategory.format");
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> LegalCategory.of("0220")).code())
			.isEqualTo("directory.error.legalCategory.format");
	}

	@ParameterizedTest
	@ValueSource(strings = { "88.99B", "8899B", "8899b", "88 99 B", " 88.99b " })
	void nafCodesAreAcceptedWithOrWithoutTheDot(String raw) {
		NafCode naf = NafCode.of(raw);

		assertThat(naf.value()).isEqualTo("88.99B");
		assertThat(naf.division()).isEqualTo("88");
	}

	@Test
	void aNafCodeNeedsItsLetter() {
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> NafCode.of("88.99")).code())
			.isEqualTo("directory.error.naf.format");
	}

}
