package io.quire.spring.boot.autoconfigure.data.member;

import io.quire.data.core.mapping.Document;
import io.quire.data.core.mapping.Indexed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A club member, with an indexed e-mail address and an optional nickname.
 */
@Document("members")
public class Member {

	@Id
	private @Nullable String id;

	private String name;

	@Indexed
	private @Nullable String email;

	private @Nullable String nickname;

	private @Nullable Integer age;

	public Member(String name, @Nullable String email, @Nullable String nickname, @Nullable Integer age) {
		this.name = name;
		this.email = email;
		this.nickname = nickname;
		this.age = age;
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

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getNickname() {
		return this.nickname;
	}

	public void setNickname(@Nullable String nickname) {
		this.nickname = nickname;
	}

	public @Nullable Integer getAge() {
		return this.age;
	}

	public void setAge(@Nullable Integer age) {
		this.age = age;
	}

}
