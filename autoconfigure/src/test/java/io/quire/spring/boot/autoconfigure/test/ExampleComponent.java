package io.quire.spring.boot.autoconfigure.test;

import org.springframework.stereotype.Component;

/**
 * A component of the application that a data slice must leave out.
 */
@Component
public class ExampleComponent {

}
