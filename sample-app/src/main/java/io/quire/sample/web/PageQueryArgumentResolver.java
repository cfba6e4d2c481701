package io.quire.sample.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a {@link PageQuery} from the raw {@code page}, {@code size} and {@code sort}
 * request parameters. Unlike a {@code List<String>} request parameter, a single
 * {@code sort=title,desc} stays one entry. Values that are not numbers or out of range
 * are rejected rather than silently replaced by defaults.
 */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageQuery.class.equals(parameter.getParameterType());
	}

	@Override
	public PageQuery resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		int page = integer(request, "page", 0);
		int size = integer(request, "size", PageQuery.DEFAULT_SIZE);
		String[] sort = request.getParameterValues("sort");
		return new PageQuery(page, size, (sort != null) ? List.of(sort) : List.of());
	}

	private static int integer(NativeWebRequest request, String name, int defaultValue) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidPageQueryException(name, name + " must be a whole number, was '" + value + "'");
		}
	}

}
