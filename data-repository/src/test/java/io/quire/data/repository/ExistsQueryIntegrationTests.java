package io.quire.data.repository;

import org.junit.jupiter.api.Test;

import io.quire.data.core.QuireTemplate;
import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.test.Person;
import io.quire.data.test.PersonRepositoryTestSupport;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static io.quire.data.repository.DerivedQueryIntegrationTests.firstnames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code Exists} with a boolean argument, as Spring Data MongoDB reads it: {@code true}
 * for documents that have the field, {@code false} for those that lack it. Of the six
 * people only Ada and Alan have a nickname.
 */
class ExistsQueryIntegrationTests extends PersonRepositoryTestSupport {

	@Test
	void existsTrueMatchesTheDocumentsWithTheField() {
		assertThat(firstnames(repository.findByNicknameExists(true))).containsExactlyInAnyOrder("Ada", "Alan");
	}

	@Test
	void existsFalseMatchesTheDocumentsWithoutTheField() {
		assertThat(firstnames(repository.findByNicknameExists(false))).containsExactlyInAnyOrder("Grace", "Katherine",
				"Adele", "Anne");
	}

	@Test
	void existsFalseOnAnIndexedPropertyMatchesTheDocumentsWithoutIt() {
		Person anonymous = new Person("Nobody", "Known", 20);
		repository.save(anonymous);
		assertThat(firstnames(repository.findByEmailExists(false))).containsExactly("Nobody");
		assertThat(repository.findByEmailExists(true)).hasSize(6);
	}

	@Test
	void existsFlagIsNotTakenByTheNextCondition() {
		assertThat(firstnames(repository.findByNicknameExistsAndLastname(false, "Lovelace"))).containsExactly("Anne");
		assertThat(firstnames(repository.findByNicknameExistsAndLastname(true, "Lovelace"))).containsExactly("Ada");
	}

	@Test
	void existsFlagAfterAnotherConditionIsCombinedWithOr() {
		assertThat(firstnames(repository.findByLastnameOrNicknameExists("Turing", false)))
			.containsExactlyInAnyOrder("Alan", "Grace", "Katherine", "Adele", "Anne");
	}

	@Test
	void eachExistsTakesItsOwnFlag() {
		assertThat(firstnames(repository.findByNicknameExistsAndAgeGreaterThanOrNicknameExists(false, 80, true)))
			.containsExactlyInAnyOrder("Grace", "Katherine", "Ada", "Alan");
	}

	@Test
	void existsFlagAppliesToCountExistsAndDeleteQueries() {
		assertThat(repository.countByNicknameExists(false)).isEqualTo(4);
		assertThat(repository.countByNicknameExists(true)).isEqualTo(2);
		assertThat(repository.existsByNicknameExists(true)).isTrue();
		assertThat(repository.deleteByNicknameExists(false)).isEqualTo(4);
		assertThat(firstnames(repository.findAll())).containsExactlyInAnyOrder("Ada", "Alan");
		assertThat(repository.existsByNicknameExists(false)).isFalse();
	}

	@Test
	void nullFlagIsRefused() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> repository.findByNicknameExistsAndAgeGreaterThanOrNicknameExists(null, 80, true))
			.withMessageContaining("Exists on 'nickname' needs true or false");
	}

	@Test
	void criteriaExistsFalseIsTheComplementOfExists() {
		QuireTemplate template = context.getBean(QuireTemplate.class);
		assertThat(firstnames(template.find(QuireQuery.query(Criteria.where("nickname").exists(false)), Person.class)))
			.containsExactlyInAnyOrder("Grace", "Katherine", "Adele", "Anne");
		assertThat(firstnames(
				template.find(QuireQuery.query(Criteria.where("previousAddresses.zip").exists(false)), Person.class)))
			.isEmpty();
		assertThat(template.find(QuireQuery.query(Criteria.where("previousAddresses.zip").exists(true)), Person.class))
			.hasSize(6);
	}

}
