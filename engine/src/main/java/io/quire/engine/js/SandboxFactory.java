package io.quire.engine.js;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Makes {@link SandboxContext}s and runs their budget checks. Created on the first use of
 * {@code r.js}, so a server that never runs JavaScript never loads the engine.
 */
final class SandboxFactory extends ContextFactory {

	private static final class Holder {

		static final SandboxFactory INSTANCE = new SandboxFactory();

	}

	private SandboxFactory() {
		seal();
	}

	static SandboxFactory get() {
		return Holder.INSTANCE;
	}

	/** Enters a fresh sandbox context on this thread for one evaluation or call. */
	SandboxContext enter(String source, JsLimits limits) {
		SandboxContext context = (SandboxContext) enterContext();
		context.begin(source, limits);
		return context;
	}

	@Override
	protected Context makeContext() {
		return new SandboxContext(this);
	}

	@Override
	protected boolean hasFeature(Context context, int featureIndex) {
		if (featureIndex == Context.FEATURE_ENHANCED_JAVA_ACCESS || featureIndex == Context.FEATURE_E4X
				|| featureIndex == Context.FEATURE_ENABLE_JAVA_MAP_ACCESS
				|| featureIndex == Context.FEATURE_JAVA_SERIALIZATION) {
			return false;
		}
		return super.hasFeature(context, featureIndex);
	}

	@Override
	protected void observeInstructionCount(Context context, int instructionCount) {
		((SandboxContext) context).check();
	}

}
