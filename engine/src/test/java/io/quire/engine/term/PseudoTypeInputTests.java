package io.quire.engine.term;

import io.quire.engine.QueryException;
import io.quire.engine.query.ReqlTester;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pseudo-types a query writes, as a bare object (MAKE_OBJ), inside a DATUM term, through
 * {@code r.object} or {@code r.json}, checked as RethinkDB checks them.
 */
class PseudoTypeInputTests {

	private final ReqlTester reql = new ReqlTester();

	private String message(String term) {
		return this.reql.error(term).getMessage();
	}

	@Test
	void binaryWithoutDataShouldBeRefusedAndNeverStored() {
		this.reql.table("t", "[]");
		assertThat(message("{'$reql_type$':'BINARY'}")).isEqualTo("Invalid binary pseudotype: lacking `data` key.");
		assertThat(message("[1,{'$reql_type$':'BINARY'}]")).isEqualTo("Invalid binary pseudotype: lacking `data` key.");
		assertThat(message("[56,[" + table("t") + ",{'id':1,'b':{'$reql_type$':'BINARY'}}]]"))
			.isEqualTo("Invalid binary pseudotype: lacking `data` key.");
		assertThat(this.reql.json("[43,[" + table("t") + "]]")).isEqualTo("0");
	}

	@Test
	void binaryShouldHaveOnlyDataInValidBase64() {
		assertThat(message("{'$reql_type$':'BINARY','data':'AAAA','x':1}"))
			.isEqualTo("Invalid binary pseudotype: illegal `x` key.");
		assertThat(message("{'$reql_type$':'BINARY','data':1}")).isEqualTo("Expected type STRING but found NUMBER.");
		assertThat(message("{'$reql_type$':'BINARY','data':'ABCDEFGH==AA'}"))
			.isEqualTo("Invalid base64 format, data found after padding character '='.");
		assertThat(message("{'$reql_type$':'BINARY','data':'A^CDEFGH'}"))
			.isEqualTo("Invalid base64 character found: '^'.");
		assertThat(message("{'$reql_type$':'BINARY','data':'ABCDE'}"))
			.isEqualTo("Invalid base64 length: 1 character remaining, cannot decode a full byte.");
	}

	@Test
	void binaryDataShouldComeBackInCanonicalBase64() {
		assertThat(this.reql.json("{'$reql_type$':'BINARY','data':'AQI'}"))
			.isEqualTo("{\"$reql_type$\":\"BINARY\",\"data\":\"AQI=\"}");
		assertThat(this.reql.json("[43,[{'$reql_type$':'BINARY','data':'AQID\\n'}]]")).isEqualTo("3");
	}

	@Test
	void timeShouldNeedANumberEpochTimeAndAValidTimezone() {
		assertThat(message("{'$reql_type$':'TIME','timezone':'+00:00'}")).isEqualTo(
				"Invalid time object constructed (no field `epoch_time`):\n{\"$reql_type$\":\"TIME\",\"timezone\":\"+00:00\"}");
		assertThat(message("{'$reql_type$':'TIME','epoch_time':1}")).isEqualTo(
				"Invalid time object constructed (no field `timezone`):\n{\"$reql_type$\":\"TIME\",\"epoch_time\":1}");
		assertThat(message("{'$reql_type$':'TIME','epoch_time':'1','timezone':'+00:00'}")).startsWith(
				"Invalid time object constructed (field `epoch_time` must be a number (got `\"1\"` of type STRING)):");
		assertThat(message("{'$reql_type$':'TIME','epoch_time':1,'timezone':'bad'}"))
			.startsWith("Invalid time object constructed (invalid timezone string `\"bad\"`):");
		assertThat(message("{'$reql_type$':'TIME','epoch_time':1,'timezone':'+00:00','x':1}"))
			.startsWith("Invalid time object constructed (unrecognized field `x`):");
	}

	@Test
	void timeShouldBeKeptToTheMillisecondInItsCanonicalZone() {
		assertThat(this.reql.json("{'$reql_type$':'TIME','epoch_time':1.23456,'timezone':'Z'}"))
			.isEqualTo("{\"$reql_type$\":\"TIME\",\"epoch_time\":1.235,\"timezone\":\"+00:00\"}");
		assertThat(this.reql.json("[1,{'$reql_type$':'TIME','epoch_time':0,'timezone':'-0700'}]"))
			.isEqualTo("{\"$reql_type$\":\"TIME\",\"epoch_time\":0,\"timezone\":\"-07:00\"}");
	}

	@Test
	void geometryShouldHaveATypeAndCoordinates() {
		QueryException missing = this.reql.error("{'$reql_type$':'GEOMETRY','coordinates':[2,[0,0]]}");
		assertThat(missing.getMessage()).isEqualTo("Field `type` not found in geometry object.");
		assertThat(missing.errorType()).isEqualTo(ErrorType.NON_EXISTENCE);
		assertThat(message("{'$reql_type$':'GEOMETRY','type':'Point'}"))
			.isEqualTo("Field `coordinates` not found in geometry object.");
		assertThat(message("{'$reql_type$':'GEOMETRY','type':'Point','coordinates':1}"))
			.isEqualTo("Expected type ARRAY but found NUMBER.");
		assertThat(message("{'$reql_type$':'GEOMETRY','type':'Point','coordinates':[2,[0,0]],'foo':1}"))
			.isEqualTo("Unrecognized field `foo` found in geometry object.");
	}

	@Test
	void unknownOrNonStringReqlTypesShouldBeRefused() {
		assertThat(message("{'$reql_type$':'FOO'}")).isEqualTo("Unknown $reql_type$ `PTYPE<FOO>`.");
		assertThat(message("[143,['$reql_type$','FOO']]")).isEqualTo("Unknown $reql_type$ `PTYPE<FOO>`.");
		assertThat(message("[98,['{\\\"$reql_type$\\\":\\\"FOO\\\"}']]"))
			.isEqualTo("Unknown $reql_type$ `PTYPE<FOO>`.");
		assertThat(message("{'$reql_type$':1}"))
			.isEqualTo("Error: Field `$reql_type$` must be a string (got `1` of type NUMBER):\n{\"$reql_type$\":1}");
	}

}
