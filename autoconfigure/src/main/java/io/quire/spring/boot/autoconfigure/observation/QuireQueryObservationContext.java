package io.quire.spring.boot.autoconfigure.observation;

import java.net.URI;
import java.net.URISyntaxException;

import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import io.quire.driver.HostAndPort;
import io.quire.driver.QueryEvent;

/**
 * The {@link io.micrometer.observation.Observation.Context} of one Quire query: a client
 * call to the server, described by the driver's {@link QueryEvent}.
 */
public class QuireQueryObservationContext extends SenderContext<Object> {

	private final QueryEvent event;

	/**
	 * Create a context.
	 * @param event the query as the driver describes it
	 */
	public QuireQueryObservationContext(QueryEvent event) {
		super((carrier, key, value) -> {
		}, Kind.CLIENT);
		this.event = event;
		setRemoteServiceName("quire");
		setRemoteServiceAddress(address(event.serverAddress()));
	}

	private static String address(HostAndPort server) {
		try {
			return new URI("rethinkdb", null, server.host(), server.port(), null, null, null).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Not a server address: " + server, ex);
		}
	}

	/** The query. */
	public QueryEvent getEvent() {
		return this.event;
	}

}
