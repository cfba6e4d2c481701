package io.quire.data.test.reactive;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.quire.data.repository.Query;
import io.quire.data.repository.ReactiveQuireRepository;
import io.quire.data.test.Person;
import io.quire.data.test.PersonRepository.NameOnly;
import io.quire.data.test.PersonRepository.NameRecord;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

public interface ReactivePersonRepository extends ReactiveQuireRepository<Person, String> {

	Flux<Person> findByLastname(String lastname);

	Flux<Person> findByAgeGreaterThan(int age, Sort sort);

	Flux<Person> findByActiveTrueOrderByAgeAsc(Pageable pageable);

	Flux<Person> findByAddressCityAndAgeLessThan(String city, int age);

	Mono<Person> findByEmail(String email);

	Mono<Person> findOneByLastname(String lastname);

	Mono<Person> findFirstByLastnameOrderByAgeDesc(String lastname);

	Mono<Long> countByLastname(String lastname);

	Mono<Boolean> existsByEmail(String email);

	Mono<Long> deleteByLastname(String lastname);

	Flux<Person> removeByAgeGreaterThan(int age);

	Flux<NameOnly> findNamesByLastname(String lastname);

	Flux<NameRecord> findRecordsByLastname(String lastname);

	<T> Flux<T> findByFirstname(String firstname, Class<T> type);

	@Query("{\"lastname\": ?0}")
	Flux<Person> findWithObjectFilter(String lastname);

	@Query("[21, [[170, [[13], \"age\"]], ?0]]")
	Flux<Person> findOlderThan(int age, Pageable pageable);

	@Query(value = "{\"active\": true}", count = true)
	Mono<Long> countActive();

	Flux<Person> findByLastnameIn(Flux<String> lastnames);

	Mono<Long> countByLastnameAndAgeGreaterThan(Mono<String> lastname, int age);

	Mono<Person> findByEmailAndActive(Mono<String> email, Mono<Boolean> active);

	@Query("{\"lastname\": ?0}")
	Flux<Person> findWithObjectFilterOf(Mono<String> lastname);

	@Query("{\"lastname\": :#{#lastname}}")
	Flux<Person> findWithNamedExpression(String lastname);

}
