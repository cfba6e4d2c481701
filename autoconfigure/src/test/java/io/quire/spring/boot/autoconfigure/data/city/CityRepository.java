package io.quire.spring.boot.autoconfigure.data.city;

import java.util.List;

import io.quire.data.repository.QuireRepository;

/**
 * A repository for the auto-configuration tests.
 */
public interface CityRepository extends QuireRepository<City, String> {

	List<City> findByName(String name);

}
