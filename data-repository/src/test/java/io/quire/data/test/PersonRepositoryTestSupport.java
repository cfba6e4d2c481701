package io.quire.data.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Base of the repository tests: a context of {@link RepositoryTestConfiguration} on the
 * shared embedded server for each test class, and the {@link People} freshly inserted
 * before each test.
 */
public abstract class PersonRepositoryTestSupport {

	protected static AnnotationConfigApplicationContext context;

	protected static PersonRepository repository;

	@BeforeAll
	protected static void createContext() {
		context = new AnnotationConfigApplicationContext(RepositoryTestConfiguration.class);
		repository = context.getBean(PersonRepository.class);
	}

	@AfterAll
	protected static void closeContext() {
		context.close();
	}

	@BeforeEach
	protected void insertPeople() {
		repository.deleteAll();
		repository.insert(People.all());
	}

}
