package io.quire.data.test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.quire.data.core.mapping.Document;
import io.quire.data.core.mapping.Field;
import io.quire.data.core.mapping.Indexed;

import org.springframework.data.annotation.Id;

@Document("people")
public class Person {

	@Id
	private String id;

	private String firstname;

	private String lastname;

	@Indexed
	private String email;

	private int age;

	private boolean active;

	@Field("home")
	private Address address;

	@Indexed
	private List<String> tags = new ArrayList<>();

	private List<Address> previousAddresses = new ArrayList<>();

	private LocalDate birthday;

	private Instant lastLogin;

	private Status status;

	private String nickname;

	public Person() {
	}

	public Person(String firstname, String lastname, int age) {
		this.firstname = firstname;
		this.lastname = lastname;
		this.age = age;
	}

	public enum Status {

		ACTIVE, SUSPENDED, CLOSED

	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getFirstname() {
		return this.firstname;
	}

	public void setFirstname(String firstname) {
		this.firstname = firstname;
	}

	public String getLastname() {
		return this.lastname;
	}

	public void setLastname(String lastname) {
		this.lastname = lastname;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public int getAge() {
		return this.age;
	}

	public void setAge(int age) {
		this.age = age;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Address getAddress() {
		return this.address;
	}

	public void setAddress(Address address) {
		this.address = address;
	}

	public List<String> getTags() {
		return this.tags;
	}

	public void setTags(List<String> tags) {
		this.tags = tags;
	}

	public List<Address> getPreviousAddresses() {
		return this.previousAddresses;
	}

	public void setPreviousAddresses(List<Address> previousAddresses) {
		this.previousAddresses = previousAddresses;
	}

	public LocalDate getBirthday() {
		return this.birthday;
	}

	public void setBirthday(LocalDate birthday) {
		this.birthday = birthday;
	}

	public Instant getLastLogin() {
		return this.lastLogin;
	}

	public void setLastLogin(Instant lastLogin) {
		this.lastLogin = lastLogin;
	}

	public Status getStatus() {
		return this.status;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public String getNickname() {
		return this.nickname;
	}

	public void setNickname(String nickname) {
		this.nickname = nickname;
	}

	@Override
	public String toString() {
		return "Person[" + this.firstname + " " + this.lastname + ", " + this.age + "]";
	}

}
