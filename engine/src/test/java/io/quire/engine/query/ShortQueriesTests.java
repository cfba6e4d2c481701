package io.quire.engine.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which query terms may run on the event loop: point reads by primary key on user tables
 * and small constants, nothing that may wait or run long.
 */
class ShortQueriesTests {

	private static boolean cannotBlock(String term) {
		return cannotBlock(term, Map.of());
	}

	private static boolean cannotBlock(String term, Map<String, Object> globalOptargs) {
		return ShortQueries.cannotBlock(ReqlJson.read(term.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				globalOptargs);
	}

	@Test
	void pointGetOnAUserTableShouldBeShort() {
		assertThat(cannotBlock("[16,[[15,[\"users\"]],\"user1\"]]")).isTrue();
		assertThat(cannotBlock("[16,[[15,[[14,[\"app\"]],\"users\"]],7]]")).isTrue();
		assertThat(cannotBlock("[16,[[15,[\"users\"]],[2,[1,\"a\"]]]]")).isTrue();
	}

	@Test
	void getAllOfAFewPrimaryKeysShouldBeShort() {
		assertThat(cannotBlock("[78,[[15,[\"users\"]],\"a\",\"b\",\"c\"]]")).isTrue();
		assertThat(cannotBlock("[78,[[15,[\"users\"]],\"a\"],{}]")).isTrue();
	}

	@Test
	void getAllOfManyKeysOrOnAnIndexShouldNotBeShort() {
		List<Object> args = new ArrayList<>(List.of(List.of(15, List.of("users"))));
		for (int i = 0; i <= ShortQueries.MAX_KEYS; i++) {
			args.add("k" + i);
		}
		assertThat(ShortQueries.cannotBlock(List.of(78, args), Map.of())).isFalse();
		assertThat(ShortQueries.cannotBlock(List.of(78, args.subList(0, ShortQueries.MAX_KEYS + 1)), Map.of()))
			.isTrue();
		assertThat(cannotBlock("[78,[[15,[\"users\"]],\"a\"],{\"index\":\"name\"}]")).isFalse();
	}

	@Test
	void aPointReadThatMayConfirmWithOtherMembersShouldNotBeShort() {
		String get = "[16,[[15,[\"users\"]],\"x\"]]";
		assertThat(cannotBlock(get, Map.of("read_mode", "single"))).isTrue();
		assertThat(cannotBlock(get, Map.of("read_mode", "outdated"))).isTrue();
		assertThat(cannotBlock(get, Map.of("read_mode", "majority"))).isFalse();
		assertThat(cannotBlock(get, Map.of("read_mode", "bogus"))).isFalse();
	}

	@Test
	void readsOfSystemTablesShouldNotBeShort() {
		assertThat(cannotBlock("[16,[[15,[[14,[\"rethinkdb\"]],\"server_status\"]],\"x\"]]")).isFalse();
		assertThat(cannotBlock("[16,[[15,[\"jobs\"]],\"x\"]]", Map.of("db", List.of(14, List.of("rethinkdb")))))
			.isFalse();
		assertThat(cannotBlock("[16,[[15,[\"users\"]],\"x\"]]", Map.of("db", List.of(14, List.of("app"))))).isTrue();
	}

	@Test
	void keysComputedAtRunTimeOrTableOptionsShouldNotBeShort() {
		assertThat(cannotBlock("[16,[[15,[\"users\"]],[24,[\"a\",\"b\"]]]]")).isFalse();
		assertThat(cannotBlock("[16,[[15,[\"users\"]],[24,[\"a\",\"b\"]]]]")).isFalse();
		assertThat(cannotBlock("[16,[[15,[\"users\"]],\"x\"],{\"a\":1}]")).isFalse();
		assertThat(cannotBlock("[16,[[15,[\"users\"],{\"read_mode\":\"outdated\"}],\"x\"]]")).isFalse();
		assertThat(cannotBlock("[16,[[15,[[24,[\"a\",\"b\"]]]],\"x\"]]")).isFalse();
	}

	@Test
	void writesScansAndFunctionsShouldNotBeShort() {
		assertThat(cannotBlock("[56,[[15,[\"users\"]],{\"id\":1}]]")).isFalse();
		assertThat(cannotBlock("[15,[\"users\"]]")).isFalse();
		assertThat(cannotBlock("[43,[[15,[\"users\"]]]]")).isFalse();
		assertThat(cannotBlock("[64,[[2,[[10,[1]]]],1]]")).isFalse();
	}

	@Test
	void smallConstantsShouldBeShort() {
		assertThat(cannotBlock("1")).isTrue();
		assertThat(cannotBlock("\"text\"")).isTrue();
		assertThat(cannotBlock("null")).isTrue();
		assertThat(cannotBlock("{\"a\":[2,[1,2]],\"b\":{\"c\":true}}")).isTrue();
		assertThat(cannotBlock("[1,[1,2,{\"x\":3}]]")).isTrue();
	}

	@Test
	void largeConstantsShouldNotBeShort() {
		List<Object> many = new ArrayList<>();
		for (int i = 0; i < ShortQueries.MAX_CONSTANT_VALUES; i++) {
			many.add(i);
		}
		assertThat(ShortQueries.isConstant(List.of(2, many))).isFalse();
		assertThat(ShortQueries.isConstant(List.of(2, many.subList(1, many.size())))).isTrue();
		assertThat(ShortQueries.isConstant(List.of(1, many))).isFalse();
	}

	@Test
	void globalOptargsComputedAtRunTimeShouldNotBeShort() {
		assertThat(cannotBlock("1", Map.of("array_limit", List.of(24, List.of(1, 2))))).isFalse();
		assertThat(cannotBlock("1", Map.of("profile", true, "durability", "soft"))).isTrue();
	}

}
