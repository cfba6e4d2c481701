package io.quire.protocol;

import org.jspecify.annotations.Nullable;

/**
 * The type of a ReQL term, the first element of a term array ({@code [TermType, [args],
 * {optargs}]}). Numbers as in RethinkDB 2.4.4's {@code ql2.proto}.
 */
public enum TermType {

	DATUM(1), MAKE_ARRAY(2), MAKE_OBJ(3), VAR(10), JAVASCRIPT(11), ERROR(12), IMPLICIT_VAR(13), DB(14), TABLE(15),
	GET(16), EQ(17), NE(18), LT(19), LE(20), GT(21), GE(22), NOT(23), ADD(24), SUB(25), MUL(26), DIV(27), MOD(28),
	APPEND(29), SLICE(30), GET_FIELD(31), HAS_FIELDS(32), PLUCK(33), WITHOUT(34), MERGE(35), BETWEEN_DEPRECATED(36),
	REDUCE(37), MAP(38), FILTER(39), CONCAT_MAP(40), ORDER_BY(41), DISTINCT(42), COUNT(43), UNION(44), NTH(45),
	INNER_JOIN(48), OUTER_JOIN(49), EQ_JOIN(50), COERCE_TO(51), TYPE_OF(52), UPDATE(53), DELETE(54), REPLACE(55),
	INSERT(56), DB_CREATE(57), DB_DROP(58), DB_LIST(59), TABLE_CREATE(60), TABLE_DROP(61), TABLE_LIST(62), FUNCALL(64),
	BRANCH(65), OR(66), AND(67), FOR_EACH(68), FUNC(69), SKIP(70), LIMIT(71), ZIP(72), ASC(73), DESC(74),
	INDEX_CREATE(75), INDEX_DROP(76), INDEX_LIST(77), GET_ALL(78), INFO(79), PREPEND(80), SAMPLE(81), INSERT_AT(82),
	DELETE_AT(83), CHANGE_AT(84), SPLICE_AT(85), IS_EMPTY(86), OFFSETS_OF(87), SET_INSERT(88), SET_INTERSECTION(89),
	SET_UNION(90), SET_DIFFERENCE(91), DEFAULT(92), CONTAINS(93), KEYS(94), DIFFERENCE(95), WITH_FIELDS(96), MATCH(97),
	JSON(98), ISO8601(99), TO_ISO8601(100), EPOCH_TIME(101), TO_EPOCH_TIME(102), NOW(103), IN_TIMEZONE(104),
	DURING(105), DATE(106), MONDAY(107), TUESDAY(108), WEDNESDAY(109), THURSDAY(110), FRIDAY(111), SATURDAY(112),
	SUNDAY(113), JANUARY(114), FEBRUARY(115), MARCH(116), APRIL(117), MAY(118), JUNE(119), JULY(120), AUGUST(121),
	SEPTEMBER(122), OCTOBER(123), NOVEMBER(124), DECEMBER(125), TIME_OF_DAY(126), TIMEZONE(127), YEAR(128), MONTH(129),
	DAY(130), DAY_OF_WEEK(131), DAY_OF_YEAR(132), HOURS(133), MINUTES(134), SECONDS(135), TIME(136), LITERAL(137),
	SYNC(138), INDEX_STATUS(139), INDEX_WAIT(140), UPCASE(141), DOWNCASE(142), OBJECT(143), GROUP(144), SUM(145),
	AVG(146), MIN(147), MAX(148), SPLIT(149), UNGROUP(150), RANDOM(151), CHANGES(152), HTTP(153), ARGS(154),
	BINARY(155), INDEX_RENAME(156), GEOJSON(157), TO_GEOJSON(158), POINT(159), LINE(160), POLYGON(161), DISTANCE(162),
	INTERSECTS(163), INCLUDES(164), CIRCLE(165), GET_INTERSECTING(166), FILL(167), GET_NEAREST(168), UUID(169),
	BRACKET(170), POLYGON_SUB(171), TO_JSON_STRING(172), RANGE(173), CONFIG(174), STATUS(175), RECONFIGURE(176),
	WAIT(177), REBALANCE(179), MINVAL(180), MAXVAL(181), BETWEEN(182), FLOOR(183), CEIL(184), ROUND(185), VALUES(186),
	FOLD(187), GRANT(188), SET_WRITE_HOOK(189), GET_WRITE_HOOK(190), BIT_AND(191), BIT_OR(192), BIT_XOR(193),
	BIT_NOT(194), BIT_SAL(195), BIT_SAR(196);

	private static final @Nullable TermType[] BY_VALUE = indexByValue();

	private final int value;

	TermType(int value) {
		this.value = value;
	}

	/** The number of this term type on the wire. */
	public int value() {
		return this.value;
	}

	/**
	 * The term type with the given wire number.
	 * @throws IllegalArgumentException if the number is not a term type
	 */
	public static TermType of(int value) {
		@Nullable TermType type = (value >= 0 && value < BY_VALUE.length) ? BY_VALUE[value] : null;
		if (type == null) {
			throw new IllegalArgumentException("Unrecognized TermType: " + value + ".");
		}
		return type;
	}

	private static @Nullable TermType[] indexByValue() {
		int max = 0;
		for (TermType type : values()) {
			max = Math.max(max, type.value);
		}
		@Nullable TermType[] byValue = new TermType[max + 1];
		for (TermType type : values()) {
			byValue[type.value] = type;
		}
		return byValue;
	}

}
