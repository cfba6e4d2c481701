package io.quire.data.core.mapping;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.mapping.MappingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QuireMappingContextTests {

	private final QuireMappingContext context = new QuireMappingContext();

	@Test
	void tableDefaultsToClassNameWithLowerCaseFirstLetter() {
		QuirePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(SampleAccount.class);
		assertThat(entity.getTable()).isEqualTo("sampleAccount");
		assertThat(entity.getDatabase()).isNull();
	}

	@Test
	void documentAnnotationSetsTableAndDatabase() {
		QuirePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Shelf.class);
		assertThat(entity.getTable()).isEqualTo("shelves");
		assertThat(entity.getDatabase()).isEqualTo("library");
	}

	@Test
	void propertyNamedIdIsTheIdentifierStoredInIdField() {
		QuirePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(SampleAccount.class);
		assertThat(entity.getRequiredIdProperty().getName()).isEqualTo("id");
		assertThat(entity.getIdFieldName()).isEqualTo("id");
	}

	@Test
	void annotatedIdIsStoredInIdFieldUnlessRenamed() {
		QuirePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Shelf.class);
		assertThat(entity.getRequiredIdProperty().getName()).isEqualTo("code");
		assertThat(entity.getIdFieldName()).isEqualTo("id");
	}

	@Test
	void fieldAnnotationRenamesTheField() {
		QuirePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Shelf.class);
		assertThat(entity.getRequiredPersistentProperty("label").getFieldName()).isEqualTo("title");
	}

	@Test
	void twoIdCandidatesAreRejected() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> this.context.getRequiredPersistentEntity(TwoIds.class))
			.havingRootCause()
			.withMessageContaining("already have property");
	}

	@Test
	void indexesAreFoundOnTopLevelAndNestedProperties() {
		QuirePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Shelf.class);
		List<IndexDefinition> indexes = new IndexResolver(this.context).resolveIndexes(entity);
		assertThat(indexes).containsExactlyInAnyOrder(new IndexDefinition("title", List.of("title")),
				new IndexDefinition("place_room", List.of("place", "room")),
				new IndexDefinition("by_floor", List.of("place", "floor")),
				new IndexDefinition("genres", List.of("genres"), true),
				new IndexDefinition("codes", List.of("codes"), true),
				new IndexDefinition("place_signs", List.of("place", "signs"), true));
	}

	@Test
	void indexForPathCoversIndexedCollectionsButNotPathsThroughCollections() {
		IndexResolver resolver = new IndexResolver(this.context);
		assertThat(resolver.indexFor(this.context.getPersistentPropertyPath("genres", Shelf.class)))
			.isEqualTo("genres");
		assertThat(resolver.indexFor(this.context.getPersistentPropertyPath("place.signs", Shelf.class)))
			.isEqualTo("place_signs");
		assertThat(resolver.indexFor(this.context.getPersistentPropertyPath("annexes.room", Shelf.class))).isNull();
	}

	@Test
	void indexForPathFindsNestedIndexAndIgnoresPlainProperties() {
		IndexResolver resolver = new IndexResolver(this.context);
		assertThat(resolver.indexFor(this.context.getPersistentPropertyPath("place.room", Shelf.class)))
			.isEqualTo("place_room");
		assertThat(resolver.indexFor(this.context.getPersistentPropertyPath("label", Shelf.class))).isEqualTo("title");
		assertThat(resolver.indexFor(this.context.getPersistentPropertyPath("place.wing", Shelf.class))).isNull();
	}

	static class SampleAccount {

		String id;

		String owner;

	}

	@Document(table = "shelves", database = "library")
	static class Shelf {

		@Id
		String code;

		@Field("title")
		@Indexed
		String label;

		Place place;

		@Indexed
		List<String> genres;

		@Indexed
		String[] codes;

		List<Place> annexes;

	}

	static class Place {

		@Indexed
		String room;

		@Indexed(name = "by_floor")
		int floor;

		String wing;

		@Indexed
		Set<String> signs;

	}

	static class TwoIds {

		@Id
		String key;

		String id;

	}

}
