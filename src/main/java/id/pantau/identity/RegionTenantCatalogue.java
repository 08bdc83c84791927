package id.pantau.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Tenant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers every region as a Camunda tenant, so administrators see regions by name in
 * Cockpit.
 */
@Component
class RegionTenantCatalogue {

	private final Regions regions;

	private final IdentityService identity;

	RegionTenantCatalogue(Regions regions, IdentityService identity) {
		this.regions = regions;
		this.identity = identity;
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerTenants() {
		for (Region region : this.regions.all()) {
			if (this.identity.createTenantQuery().tenantId(region.code()).count() == 0) {
				Tenant tenant = this.identity.newTenant(region.code());
				tenant.setName(region.name());
				try {
					this.identity.saveTenant(tenant);
				}
				catch (ProcessEngineException ex) {
					// another node starting at the same moment registered it first
					// (issue 13, several nodes): fine, unless it is still missing
					if (this.identity.createTenantQuery().tenantId(region.code()).count() == 0) {
						throw ex;
					}
				}
			}
		}
	}

}
