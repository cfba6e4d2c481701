package io.quire.console;

import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import org.jspecify.annotations.Nullable;

/**
 * Watches the current issues for one dashboard stream: each look answers what changed
 * since the last one, {@code {"issues": [..]}} or {@code {"error": message}} when the
 * user may not read them, and nothing when all is as before. Used from one thread at a
 * time.
 */
final class IssuesWatch {

	private final CurrentIssues issues;

	private final QuerySession session;

	private @Nullable Map<String, Object> last;

	IssuesWatch(CurrentIssues issues, QuerySession session) {
		this.issues = issues;
		this.session = session;
	}

	/** The issues if they changed since the last look (always at the first). */
	@Nullable Map<String, Object> changed() throws InterruptedException {
		Map<String, Object> now = look();
		if (now.equals(this.last)) {
			return null;
		}
		this.last = now;
		return now;
	}

	private Map<String, Object> look() throws InterruptedException {
		try {
			return Map.of("issues", this.issues.read(this.session));
		}
		catch (QueryException ex) {
			return Map.of("error", String.valueOf(ex.getMessage()));
		}
	}

}
