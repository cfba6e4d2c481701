package io.quire.driver.internal;

/**
 * Loads the {@code document_class} of a URI by its name, with the context class loader of
 * the calling thread (an application's classes) and then the driver's own.
 */
final class DocumentClasses {

	private DocumentClasses() {
	}

	/**
	 * The class named.
	 * @throws IllegalArgumentException naming the option when no such class is found
	 */
	static Class<?> load(String name) {
		String className = name.strip();
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		try {
			return Class.forName(className, false,
					(context != null) ? context : DocumentClasses.class.getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			try {
				return Class.forName(className, false, DocumentClasses.class.getClassLoader());
			}
			catch (ClassNotFoundException | LinkageError again) {
				throw new IllegalArgumentException(
						"Invalid connection option 'document_class': no class named '" + name + "'", ex);
			}
		}
	}

}
