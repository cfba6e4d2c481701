package io.quire.engine.http;

/**
 * Credentials for a request ({@code auth}).
 *
 * @param digest digest authentication, answering the server's challenge; basic
 * authentication, sent with the first request, when false
 * @param user the user name
 * @param password the password
 */
public record HttpAuth(boolean digest, String user, String password) {

	@Override
	public String toString() {
		return "HttpAuth[digest=" + this.digest + ", user=" + this.user + ", password=******]";
	}

}
