package id.pantau.pledges;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask the pledge registry: which pacts and pledges an employee
 * signed (at registration and verification of a case against him, and for the sanction
 * table's aggravating factor "signed an integrity pact"). The caller answers for who
 * reads it.
 */
@Component
@Transactional(readOnly = true)
public class PledgeRegistry {

	private final JdbcClient jdbc;

	PledgeRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One signature of an employee.
	 *
	 * @param unit the unit (OPD) he signed in, as the registry knows it
	 * @param documentSha256 the SHA-256 of the campaign's scanned document shown now (the
	 * signed sheets), if it has one
	 */
	public record Signature(long campaignId, String region, PledgeKind kind, String title, LocalDate heldOn,
			LocalDate signedOn, String unit, String position, String documentSha256) {
	}

	/** Every campaign the employee signed, newest first. */
	public List<Signature> signaturesOf(String nip) {
		return this.jdbc.sql("""
				select c.id, c.region_code, c.kind, c.title, c.held_on, s.signed_on,
				       coalesce(u.name, s.unit_key) unit, s.position,
				       (select d.sha256 from pledge_campaign_document d where d.id =
				           (select max(x.id) from pledge_campaign_document x where x.campaign_id = c.id)) document
				from pledge_signatory s join pledge_campaign c on c.id = s.campaign_id
				left join org_unit u on u.region_code = s.region_code and u.unit_key = s.unit_key
				where s.nip = ? order by s.signed_on desc, c.id desc""")
			.param(nip)
			.query((rs, n) -> new Signature(rs.getLong(1), rs.getString(2), PledgeKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
					rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
	}

	/** Whether the employee signed an integrity pact (an aggravating factor). */
	public boolean signedIntegrityPact(String nip) {
		return signaturesOf(nip).stream().anyMatch((s) -> s.kind() == PledgeKind.INTEGRITY_PACT);
	}

}
