package id.pantau.shared;

/**
 * Base of a {@link TaskStep}: names the task it completes and the payload it takes.
 *
 * @param <P> the payload
 */
public abstract class StepSupport<P> implements TaskStep<P> {

	private final String taskKey;

	private final Class<P> payloadType;

	protected StepSupport(String taskKey, Class<P> payloadType) {
		this.taskKey = taskKey;
		this.payloadType = payloadType;
	}

	@Override
	public String taskKey() {
		return this.taskKey;
	}

	@Override
	public Class<P> payloadType() {
		return this.payloadType;
	}

}
