package io.quire.data.test;

import io.quire.data.core.mapping.Indexed;

public record Address(String street, @Indexed String city, int zip) {
}
