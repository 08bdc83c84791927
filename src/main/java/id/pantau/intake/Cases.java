package id.pantau.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All registered cases. */
interface Cases extends JpaRepository<NeutralityCase, Long>, JpaSpecificationExecutor<NeutralityCase> {

	Optional<NeutralityCase> findByCaseNumber(String caseNumber);

	Optional<NeutralityCase> findBySourceAndReferenceKey(CaseSource source, String referenceKey);

	/** The other cases of an employee in a region, oldest first. */
	@Query("""
			select c from NeutralityCase c where c.regionCode = :region and c.employee.nip = :nip and c.id <> :id
			order by c.receivedOn, c.id""")
	List<NeutralityCase> othersOfEmployee(String region, String nip, long id);

	/**
	 * Gives a case registered under a provisional number its number; a statement, not a
	 * change of the entity, so no change is recorded (the registration is).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update NeutralityCase c set c.caseNumber = :caseNumber where c.id = :id")
	int renumber(long id, String caseNumber);

}
