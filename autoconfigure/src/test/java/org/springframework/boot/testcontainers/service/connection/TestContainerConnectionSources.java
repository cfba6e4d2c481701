package org.springframework.boot.testcontainers.service.connection;

import java.util.List;
import java.util.function.Supplier;

import org.testcontainers.containers.Container;

import org.springframework.boot.origin.Origin;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Test helper that builds a {@link ContainerConnectionSource}, whose constructor is
 * package-private, so that connection details factories can be tested without Docker.
 */
public final class TestContainerConnectionSources {

	private TestContainerConnectionSources() {
	}

	/**
	 * A source for a container as a plain {@code @ServiceConnection} field would give.
	 * @param <C> the container type
	 * @param containerType the container type
	 * @param imageName the container's image name
	 * @param container supplies the container
	 * @return the source
	 */
	public static <C extends Container<?>> ContainerConnectionSource<C> of(Class<C> containerType, String imageName,
			Supplier<C> container) {
		MergedAnnotation<ServiceConnection> annotation = MergedAnnotation.of(ServiceConnection.class);
		return new ContainerConnectionSource<>("test", Origin.from("test"), containerType, imageName, annotation,
				container, null, MergedAnnotations.of(List.of()));
	}

}
