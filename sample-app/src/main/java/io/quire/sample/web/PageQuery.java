package io.quire.sample.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page}, {@code size} and {@code sort} query parameters of a paged request,
 * already checked for range; {@link PageQueryArgumentResolver} reads them from the
 * request.
 *
 * @param page the zero-based page number
 * @param size the number of elements per page, from 1 to {@link #MAX_SIZE}
 * @param sort the {@code property[,asc|desc]} entries, in order of precedence
 */
public record PageQuery(int page, int size, List<String> sort) {

	/** Page size when the request names none. */
	public static final int DEFAULT_SIZE = 20;

	/** Largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	public PageQuery {
		if (page < 0) {
			throw new InvalidPageQueryException("page", "page must be 0 or greater, was " + page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidPageQueryException("size", "size must be between 1 and " + MAX_SIZE + ", was " + size);
		}
		sort = List.copyOf(sort);
	}

	/**
	 * The page request, sorted by the given entries.
	 * @param sortable the properties a client may sort on
	 * @return the page request
	 * @throws InvalidPageQueryException if an entry names another property or a direction
	 * other than {@code asc} or {@code desc}
	 */
	public Pageable toPageable(Set<String> sortable) {
		List<Sort.Order> orders = new ArrayList<>();
		for (String entry : this.sort) {
			orders.add(order(entry, sortable));
		}
		return PageRequest.of(this.page, this.size, Sort.by(orders));
	}

	private static Sort.Order order(String entry, Set<String> sortable) {
		String[] parts = entry.split(",", -1);
		String property = parts[0].trim();
		if (!sortable.contains(property)) {
			String known = String.join(", ", sortable.stream().sorted().toList());
			throw new InvalidPageQueryException("sort",
					"cannot sort on '" + property + "'; sortable properties are " + known);
		}
		if (parts.length == 1) {
			return Sort.Order.asc(property);
		}
		if (parts.length > 2) {
			throw new InvalidPageQueryException("sort",
					"sort must look like 'property' or 'property,desc', was '" + entry + "'");
		}
		return new Sort.Order(direction(parts[1].trim(), entry), property);
	}

	private static Sort.Direction direction(String direction, String entry) {
		return switch (direction.toLowerCase(Locale.ROOT)) {
			case "asc" -> Sort.Direction.ASC;
			case "desc" -> Sort.Direction.DESC;
			default -> throw new InvalidPageQueryException("sort",
					"sort direction must be 'asc' or 'desc', was '" + direction + "' in '" + entry + "'");
		};
	}

}
