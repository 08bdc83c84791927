package id.pantau.shared;

/**
 * Base of a {@link TaskStep}: holds the step's declaration.
 *
 * @param <P> the payload
 */
public abstract class StepSupport<P> implements TaskStep<P> {

	private final StepDefinition<P> definition;

	protected StepSupport(StepDefinition<P> definition) {
		this.definition = definition;
	}

	@Override
	public StepDefinition<P> definition() {
		return this.definition;
	}

}
