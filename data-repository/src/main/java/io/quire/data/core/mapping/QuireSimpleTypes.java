package io.quire.data.core.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Date;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.geo.Point;
import org.springframework.data.mapping.model.SimpleTypeHolder;

/**
 * The types Quire stores as single values rather than as nested documents.
 */
public final class QuireSimpleTypes {

	/** Types written as a Quire TIME. */
	public static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
			LocalDateTime.class, LocalDate.class, Date.class);

	/** Types written as their string form. */
	public static final Set<Class<?>> STRING_TYPES = Set.of(UUID.class, BigDecimal.class, BigInteger.class,
			LocalTime.class, Duration.class, Period.class, Locale.class, Currency.class, Pattern.class);

	/** Types written as a Quire GEOMETRY. */
	public static final Set<Class<?>> GEOMETRY_TYPES = Set.of(Point.class);

	/** The simple type holder of the Quire mapping context. */
	public static final SimpleTypeHolder HOLDER = new SimpleTypeHolder(simpleTypes(), true);

	private QuireSimpleTypes() {
	}

	/** Whether values of the type are written as a Quire TIME. */
	public static boolean isTime(Class<?> type) {
		return TIME_TYPES.contains(type) || Date.class.isAssignableFrom(type);
	}

	/** Whether values of the type are written as a Quire GEOMETRY. */
	public static boolean isGeometry(Class<?> type) {
		return GEOMETRY_TYPES.contains(type);
	}

	private static Set<Class<?>> simpleTypes() {
		HashSet<Class<?>> types = new HashSet<>(TIME_TYPES);
		types.addAll(STRING_TYPES);
		types.addAll(GEOMETRY_TYPES);
		types.add(byte[].class);
		return types;
	}

}
