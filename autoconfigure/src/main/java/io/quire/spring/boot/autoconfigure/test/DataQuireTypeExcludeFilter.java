package io.quire.spring.boot.autoconfigure.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Type exclude filter of {@link DataQuireTest @DataQuireTest}: no component of the
 * application is scanned unless an include filter asks for it.
 */
final class DataQuireTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DataQuireTest> {

	DataQuireTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
