package id.pantau.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Names this node in the engine's tables when {@code pantau.operations.node-name} is set:
 * the job executor locks jobs under that name ({@code ACT_RU_JOB.LOCK_OWNER_}) and the
 * job log says which node ran each job ({@code ACT_HI_JOB_LOG.HOSTNAME_}). Without it
 * Camunda uses the host's name and a random lock owner.
 */
@Component
class NodeName extends AbstractProcessEnginePlugin {

	private final String name;

	NodeName(OperationsProperties properties) {
		this.name = properties.nodeName();
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (StringUtils.hasText(this.name)) {
			configuration.setHostname(this.name);
		}
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (StringUtils.hasText(this.name) && configuration.getJobExecutor() != null) {
			configuration.getJobExecutor().setLockOwner(this.name);
		}
	}

}
