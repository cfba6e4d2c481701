package io.quire.data.core.convert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.springframework.data.mapping.MappingException;

/**
 * Conversion of {@code java.time} values to and from Quire TIME values.
 *
 * <p>
 * A TIME is a point in time with a UTC offset, so it is written as an
 * {@code OffsetDateTime}. Local date-times and dates are taken to be in UTC.
 */
final class TimeValues {

	static final String REQL_TYPE = "$reql_type$";

	private TimeValues() {
	}

	/** Whether the value is a TIME pseudo-type document as the server sends it raw. */
	static boolean isTimeDocument(Object value) {
		return value instanceof Map<?, ?> map && "TIME".equals(map.get(REQL_TYPE));
	}

	static OffsetDateTime toTime(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time;
		}
		if (value instanceof Instant instant) {
			return instant.atOffset(ZoneOffset.UTC);
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		if (value instanceof LocalDateTime local) {
			return local.atOffset(ZoneOffset.UTC);
		}
		if (value instanceof LocalDate date) {
			return date.atStartOfDay().atOffset(ZoneOffset.UTC);
		}
		if (value instanceof Date date) {
			return date.toInstant().atOffset(ZoneOffset.UTC);
		}
		throw new MappingException("Cannot write " + value.getClass().getName() + " as a TIME");
	}

	static Object fromTime(Object stored, Class<?> target) {
		OffsetDateTime time = readTime(stored);
		if (target == OffsetDateTime.class || target == Object.class) {
			return time;
		}
		if (target == Instant.class) {
			return time.toInstant();
		}
		if (target == ZonedDateTime.class) {
			return time.toZonedDateTime();
		}
		if (target == Date.class) {
			return Date.from(time.toInstant());
		}
		LocalDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
		if (target == LocalDateTime.class) {
			return utc;
		}
		if (target == LocalDate.class) {
			return utc.toLocalDate();
		}
		throw new MappingException("Cannot read a TIME as " + target.getName());
	}

	private static OffsetDateTime readTime(Object stored) {
		if (stored instanceof Map<?, ?> map && isTimeDocument(map)) {
			return fromPseudoType(map);
		}
		if (stored instanceof Number seconds) {
			return fromEpochSeconds(seconds.doubleValue(), ZoneOffset.UTC);
		}
		if (stored instanceof CharSequence text) {
			return OffsetDateTime.parse(text);
		}
		return toTime(stored);
	}

	private static OffsetDateTime fromPseudoType(Map<?, ?> map) {
		Object epoch = map.get("epoch_time");
		Object zone = map.get("timezone");
		if (!(epoch instanceof Number seconds)) {
			throw new MappingException("A TIME without epoch_time: " + map);
		}
		ZoneOffset offset = (zone != null) ? ZoneOffset.of(zone.toString()) : ZoneOffset.UTC;
		return fromEpochSeconds(seconds.doubleValue(), offset);
	}

	private static OffsetDateTime fromEpochSeconds(double seconds, ZoneOffset offset) {
		long millis = Math.round(seconds * 1000.0);
		return Instant.ofEpochMilli(millis).atOffset(offset);
	}

}
