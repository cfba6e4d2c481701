package io.quire.spring.boot.autoconfigure.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;
import org.springframework.test.context.TestContextBootstrapper;

/**
 * {@link TestContextBootstrapper} for {@link DataQuireTest @DataQuireTest}.
 */
class DataQuireTestContextBootstrapper extends TestSliceTestContextBootstrapper<DataQuireTest> {

}
