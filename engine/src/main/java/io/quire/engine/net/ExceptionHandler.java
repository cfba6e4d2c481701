package io.quire.engine.net;

import java.io.IOException;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.quire.engine.FatalErrorHandler;
import io.quire.engine.QueryException;
import io.quire.protocol.codec.FrameTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler: closes the socket on codec faults (after answering an oversized frame
 * with a CLIENT_ERROR on its token) and on I/O errors, and only logs anything else, so a
 * bug in one query never takes a connection down. An error the JVM cannot recover from
 * goes to the server's {@link FatalErrorHandler}. Stateless.
 */
@Sharable
final class ExceptionHandler extends ChannelInboundHandlerAdapter {

	private static final Logger logger = LoggerFactory.getLogger(ExceptionHandler.class);

	private final FatalErrorHandler fatalErrors;

	ExceptionHandler(FatalErrorHandler fatalErrors) {
		this.fatalErrors = fatalErrors;
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		if (cause instanceof FrameTooLargeException tooLarge) {
			QueryException error = QueryException.client(tooLarge.getMessage());
			ctx.channel()
				.writeAndFlush(Response.error(tooLarge.token(), error))
				.addListener(ChannelFutureListener.CLOSE);
		}
		else if (cause instanceof DecoderException) {
			logger.debug("Closing {} after a codec fault", ctx.channel().remoteAddress(), cause);
			ctx.close();
		}
		else if (cause instanceof IOException) {
			logger.debug("Closing {} after an I/O error", ctx.channel().remoteAddress(), cause);
			ctx.close();
		}
		else if (FatalErrorHandler.isFatal(cause)) {
			this.fatalErrors.onFatalError(cause);
		}
		else {
			logger.warn("Unexpected error on {}", ctx.channel().remoteAddress(), cause);
		}
	}

}
