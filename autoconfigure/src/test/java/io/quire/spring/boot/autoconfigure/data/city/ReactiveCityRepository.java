package io.quire.spring.boot.autoconfigure.data.city;

import io.quire.data.repository.ReactiveQuireRepository;
import reactor.core.publisher.Flux;

public interface ReactiveCityRepository extends ReactiveQuireRepository<City, String> {

	Flux<City> findByName(String name);

}
