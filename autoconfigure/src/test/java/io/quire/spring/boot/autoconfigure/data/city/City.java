package io.quire.spring.boot.autoconfigure.data.city;

import io.quire.data.core.mapping.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A document class for the auto-configuration tests.
 */
@Document("cities")
public class City {

	@Id
	private @Nullable String id;

	private String name;

	public City(String name) {
		this.name = name;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
