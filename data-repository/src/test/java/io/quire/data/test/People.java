package io.quire.data.test;

import java.time.LocalDate;
import java.util.List;

/**
 * The people the repository tests query.
 */
public final class People {

	private People() {
	}

	/**
	 * Six people with varied names, ages, cities, tags, birthdays, nicknames and
	 * statuses.
	 */
	public static List<Person> all() {
		return List.of(
				person("Ada", "Lovelace", 36, true, "London", List.of("math", "poetry"), LocalDate.of(1815, 12, 10),
						"Countess", Person.Status.ACTIVE),
				person("Grace", "Hopper", 85, true, "New York", List.of("navy", "cobol"), LocalDate.of(1906, 12, 9),
						null, Person.Status.ACTIVE),
				person("Alan", "Turing", 41, false, "Wilmslow", List.of(), LocalDate.of(1912, 6, 23), "Prof",
						Person.Status.CLOSED),
				person("Katherine", "Johnson", 101, true, "Hampton", List.of("math"), LocalDate.of(1918, 8, 26), null,
						Person.Status.SUSPENDED),
				person("Adele", "Goldberg", 80, false, "London", List.of("smalltalk"), LocalDate.of(1945, 7, 7), null,
						Person.Status.ACTIVE),
				person("Anne", "Lovelace", 30, false, "London", List.of("poetry"), null, null, Person.Status.ACTIVE));
	}

	private static Person person(String firstname, String lastname, int age, boolean active, String city,
			List<String> tags, LocalDate birthday, String nickname, Person.Status status) {
		Person person = new Person(firstname, lastname, age);
		person.setEmail(firstname.toLowerCase() + "@example.com");
		person.setActive(active);
		person.setAddress(new Address(firstname + " Street", city, firstname.length()));
		person.setTags(tags);
		person.setBirthday(birthday);
		person.setNickname(nickname);
		person.setStatus(status);
		person.setPreviousAddresses(List.of(new Address("Old Street", "Old " + city, 1),
				new Address("Other Street", lastname + "ville", 2)));
		return person;
	}

}
