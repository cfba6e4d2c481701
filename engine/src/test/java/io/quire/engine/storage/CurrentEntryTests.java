package io.quire.engine.storage;

import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CurrentEntryTests {

	@Test
	void keyAndValueFailBeforeAnyEntry() {
		CurrentEntry current = new CurrentEntry();
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(current::key);
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(current::value);
	}

	@Test
	void keyAndValueAreThoseOfTheEntrySet() {
		CurrentEntry current = new CurrentEntry();
		current.set(new byte[] { 1 }, new byte[] { 2, 3 });
		assertThat(current.key()).containsExactly(1);
		assertThat(current.value()).containsExactly(2, 3);
	}

	@Test
	void keyAndValueFailAgainOnceCleared() {
		CurrentEntry current = new CurrentEntry();
		current.set(new byte[] { 1 }, new byte[] { 2 });
		current.clear();
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(current::key)
			.withMessage("No current entry");
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(current::value);
	}

}
