package io.quire.engine.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Collects a response body of at most {@code limit} bytes, cancelling the exchange past
 * it, and undoes gzip or deflate content encoding within the same bound.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

	private final long limit;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private Flow.Subscription subscription;

	LimitedBody(long limit) {
		this.limit = limit;
	}

	static HttpResponse.BodyHandler<byte[]> handler(long limit) {
		return (info) -> new LimitedBody(limit);
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.result;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			if (this.bytes.size() + (long) buffer.remaining() > this.limit) {
				this.subscription.cancel();
				this.result.completeExceptionally(tooLarge(this.limit));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			this.bytes.write(chunk, 0, chunk.length);
		}
	}

	@Override
	public void onError(Throwable error) {
		this.result.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		this.result.complete(this.bytes.toByteArray());
	}

	/**
	 * The body without its content encoding (gzip, deflate), at most {@code limit} bytes.
	 */
	static byte[] decode(byte[] body, String encoding, long limit) {
		String name = encoding.trim().toLowerCase(java.util.Locale.ROOT);
		if (body.length == 0 || !(name.equals("gzip") || name.equals("x-gzip") || name.equals("deflate"))) {
			return body;
		}
		try (InputStream in = name.equals("deflate") ? new InflaterInputStream(new java.io.ByteArrayInputStream(body))
				: new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
			byte[] decoded = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
			if (decoded.length > limit) {
				throw tooLarge(limit);
			}
			return decoded;
		}
		catch (IOException ex) {
			throw new HttpFailure("Unrecognized or bad HTTP Content or Transfer-Encoding");
		}
	}

	private static HttpFailure tooLarge(long limit) {
		return new HttpFailure("response body over " + limit
				+ " bytes, the memory the server allows per query (setting `max-query-memory`)");
	}

}
