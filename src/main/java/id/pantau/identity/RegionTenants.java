package id.pantau.identity;

import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

import org.springframework.stereotype.Component;

/**
 * Regions are Camunda tenants: the process models are deployed once, without a tenant,
 * and every case's instances (and sub-instances) carry the region of the case as tenant
 * id. The engine's own tenant check stays off: regions are enforced by
 * {@link AccessPolicy}, which answers 403 where the engine would only hide data.
 */
@Component
class RegionTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setTenantIdProvider(this);
		configuration.setTenantCheckEnabled(false);
	}

	@Override
	public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
		if (ctx.getSuperExecution() != null) {
			return ctx.getSuperExecution().getTenantId();
		}
		Object region = ctx.getVariables().get(Variables.REGION);
		return (region != null) ? region.toString() : null;
	}

	@Override
	public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
		return null;
	}

	@Override
	public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
		return (ctx.getExecution() != null) ? ctx.getExecution().getTenantId() : null;
	}

}
