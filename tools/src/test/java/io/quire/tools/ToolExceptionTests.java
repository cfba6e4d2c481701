package io.quire.tools;

import java.util.List;

import io.quire.driver.QuireServerException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToolExceptionTests {

	@Test
	void refusedQueryIsDescribedByTheServerMessageWithoutTheQuotedQuery() {
		QuireServerException refused = new QuireServerException("Table `d.t` does not exist.", List.of(0, 1),
				"[1,[56,[[15,[[14,[\"d\"]],\"t\"]],[2,[{\"id\":1}]]]]]");
		assertThat(refused.getMessage()).contains("in query");
		assertThat(ToolException.describe(refused)).isEqualTo("Error: Table `d.t` does not exist.");
	}

	@Test
	void messageWithoutAQueryIsKept() {
		QuireServerException refused = new QuireServerException("Database `x` does not exist.", List.of(), null);
		assertThat(ToolException.reason(refused)).isEqualTo("Database `x` does not exist.");
	}

}
